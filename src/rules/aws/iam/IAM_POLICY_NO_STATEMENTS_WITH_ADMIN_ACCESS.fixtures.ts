import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'managed and standalone policies granting "*" on "*"',
    template: `
Resources:
  BreakGlass:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      ManagedPolicyName: break-glass
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Sid: Everything
            Effect: Allow
            Action: '*'
            Resource: '*'
  LegacyAdmin:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: legacy-admin
      Roles: [legacy-ops]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: ['s3:GetObject']
            Resource: arn:aws:s3:::legacy/*
          - Effect: Allow
            Action: ['ec2:*', '*']
            Resource: ['arn:aws:s3:::legacy', '*']
`,
    expect: {
      BreakGlass: { status: 'NON_COMPLIANT', messageId: 'adminStatement', path: ['PolicyDocument', 'Statement', 0], messageIncludes: 'Everything' },
      LegacyAdmin: { status: 'NON_COMPLIANT', messageId: 'adminStatement', path: ['PolicyDocument', 'Statement', 1] },
    },
  },
  {
    name: 'broad but not full access, Deny and NotAction statements',
    template: `
Resources:
  ServiceWide:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: 's3:*'
            Resource: '*'
          - Effect: Allow
            Action: '*'
            Resource: arn:aws:dynamodb:eu-west-1:123456789012:table/orders
          - Effect: Deny
            Action: '*'
            Resource: '*'
            Condition:
              StringNotEquals: { 'aws:RequestedRegion': eu-west-1 }
          - Effect: Allow
            NotAction: 'iam:*'
            Resource: '*'
`,
    expect: { ServiceWide: 'COMPLIANT' },
  },
  {
    name: 'inline admin policies and the AdministratorAccess managed policy on principals',
    template: `
Resources:
  OpsRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { AWS: '*' }
            Action: '*'
      Policies:
        - PolicyName: ops
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: '*'
                Resource: '*'
  Alice:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/ReadOnlyAccess
        - arn:aws:iam::aws:policy/AdministratorAccess
  GovAdmins:
    Type: AWS::IAM::Group
    Properties:
      ManagedPolicyArns: [arn:aws-us-gov:iam::aws:policy/AdministratorAccess]
  Readers:
    Type: AWS::IAM::Group
    Properties:
      ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
  LambdaRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
`,
    expect: {
      OpsRole: { status: 'NON_COMPLIANT', messageId: 'adminStatement', path: ['Policies', 0, 'PolicyDocument', 'Statement', 0], messageIncludes: 'ops' },
      Alice: { status: 'NON_COMPLIANT', messageId: 'adminManagedPolicy', path: ['ManagedPolicyArns', 1] },
      GovAdmins: { status: 'NON_COMPLIANT', messageId: 'adminManagedPolicy' },
      Readers: 'COMPLIANT',
      LambdaRole: 'COMPLIANT',
    },
  },
  {
    name: 'AdministratorAccess through Sub with AWS::Partition, region not given',
    template: `
Resources:
  DeployRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: cloudformation.amazonaws.com }
            Action: sts:AssumeRole
      ManagedPolicyArns:
        - !Sub 'arn:\${AWS::Partition}:iam::aws:policy/AdministratorAccess'
`,
    expect: { DeployRole: { status: 'INSUFFICIENT_DATA', messageId: 'unknownManagedPolicy', path: ['ManagedPolicyArns', 0] } },
  },
  {
    name: 'AdministratorAccess through Sub with AWS::Partition, region given',
    inputs: { region: 'cn-north-1' },
    template: `
Resources:
  DeployRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: cloudformation.amazonaws.com }
            Action: sts:AssumeRole
      ManagedPolicyArns:
        - !Sub 'arn:\${AWS::Partition}:iam::aws:policy/AdministratorAccess'
`,
    expect: { DeployRole: { status: 'NON_COMPLIANT', messageId: 'adminManagedPolicy', messageIncludes: 'arn:aws-cn:iam::aws:policy/AdministratorAccess' } },
  },
  {
    name: 'a role attaching an admin managed policy of the template: the policy is the finding',
    template: `
Resources:
  AdminPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: '*'
            Resource: '*'
  AdminRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { AWS: arn:aws:iam::123456789012:root }
            Action: sts:AssumeRole
      ManagedPolicyArns: [!Ref AdminPolicy]
  InlineAdmin:
    Type: AWS::IAM::RolePolicy
    Properties:
      RoleName: !Ref AdminRole
      PolicyName: inline-admin
      PolicyDocument: '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}'
`,
    expect: {
      AdminPolicy: { status: 'NON_COMPLIANT', messageId: 'adminStatement' },
      AdminRole: 'COMPLIANT',
      InlineAdmin: { status: 'NON_COMPLIANT', messageId: 'adminStatement', path: ['PolicyDocument', 'Statement'] },
    },
  },
  {
    name: 'excludePermissionBoundaryPolicy skips boundary policies (Ref and literal ARN)',
    params: { excludePermissionBoundaryPolicy: 'true' },
    template: `
Resources:
  Boundary:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: '*'
            Resource: '*'
  NamedBoundary:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      ManagedPolicyName: team-boundary
      Path: /boundaries/
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: '*'
            Resource: '*'
  Attached:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Users: [!Ref Developer]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: '*'
            Resource: '*'
  Developer:
    Type: AWS::IAM::User
    Properties:
      PermissionsBoundary: !Ref Boundary
  TeamRole:
    Type: AWS::IAM::Role
    Properties:
      PermissionsBoundary: arn:aws:iam::123456789012:policy/boundaries/team-boundary
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: ec2.amazonaws.com }
            Action: sts:AssumeRole
`,
    expect: {
      Boundary: { status: 'NOT_APPLICABLE', messageId: 'boundary' },
      NamedBoundary: { status: 'NOT_APPLICABLE', messageId: 'boundary', messageIncludes: 'TeamRole' },
      Attached: { status: 'NON_COMPLIANT', messageId: 'adminStatement' },
      Developer: 'COMPLIANT',
      TeamRole: 'COMPLIANT',
    },
  },
  {
    name: 'boundary policies are evaluated by default',
    template: `
Resources:
  Boundary:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: '*'
            Resource: '*'
  Developer:
    Type: AWS::IAM::User
    Properties:
      PermissionsBoundary: !GetAtt Boundary.PolicyArn
`,
    expect: {
      Boundary: { status: 'NON_COMPLIANT', messageId: 'adminStatement' },
      Developer: 'COMPLIANT',
    },
  },
  {
    name: 'action, resource and effect from parameters, mappings and a decidable Fn::If',
    inputs: { parameters: { Env: 'prod' } },
    template: `
Parameters:
  Actions:
    Type: CommaDelimitedList
    Default: '*'
  Env: { Type: String, Default: dev }
Mappings:
  Scope:
    prod: { Resource: '*' }
    dev: { Resource: 'arn:aws:s3:::sandbox/*' }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  FromParameter:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: !Ref Actions
            Resource: !FindInMap [Scope, !Ref Env, Resource]
  ProdOnly:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: !If [IsProd, Deny, Allow]
            Action: '*'
            Resource: '*'
          - Effect: Allow
            Action: 'logs:*'
            Resource: !Sub 'arn:aws:logs:eu-west-1:123456789012:log-group:/app/\${Env}:*'
`,
    expect: {
      FromParameter: { status: 'NON_COMPLIANT', messageId: 'adminStatement' },
      ProdOnly: 'COMPLIANT',
    },
  },
  {
    name: 'unresolved action, resource, effect and managed policy ARN',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  ImportedActions:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: !Split [',', !ImportValue allowed-actions]
            Resource: '*'
  RegionalEffect:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: regional
      Groups: [ops]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: !If [InUsEast1, Allow, Deny]
            Action: '*'
            Resource: '*'
  ScopedByImport:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: scoped
      Groups: [ops]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: 's3:PutObject'
            Resource: !ImportValue upload-bucket-arn
  ImportedPolicyUser:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns: [!ImportValue team-policy-arn]
`,
    expect: {
      ImportedActions: { status: 'INSUFFICIENT_DATA', messageId: 'unknownStatement' },
      RegionalEffect: { status: 'INSUFFICIENT_DATA', messageId: 'unknownStatement' },
      ScopedByImport: 'COMPLIANT',
      ImportedPolicyUser: { status: 'INSUFFICIENT_DATA', messageId: 'unknownManagedPolicy' },
    },
  },
  {
    name: 'a known admin statement outweighs an unknown managed policy ARN',
    template: `
Resources:
  Ops:
    Type: AWS::IAM::Group
    Properties:
      ManagedPolicyArns: [!GetAtt SharedPolicies.Outputs.OpsPolicyArn]
      Policies:
        - PolicyName: everything
          PolicyDocument:
            Version: '2012-10-17'
            Statement: [{ Effect: Allow, Action: ['*'], Resource: ['*'] }]
  SharedPolicies:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://example-bucket.s3.amazonaws.com/policies.yaml
`,
    expect: { Ops: { status: 'NON_COMPLIANT', messageId: 'adminStatement', messageIncludes: 'everything' } },
  },
  {
    name: 'excludePermissionBoundaryPolicy: the boundary of a role created only under an undecidable condition is not certainly excluded',
    params: { excludePermissionBoundaryPolicy: true },
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Boundary:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - { Effect: Allow, Action: '*', Resource: '*' }
  RegionalRole:
    Type: AWS::IAM::Role
    Condition: InUsEast1
    Properties:
      PermissionsBoundary: !Ref Boundary
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - { Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }
  SharedBoundary:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - { Effect: Allow, Action: '*', Resource: '*' }
  SharedRegional:
    Type: AWS::IAM::Role
    Condition: InUsEast1
    Properties:
      PermissionsBoundary: !Ref SharedBoundary
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - { Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }
  SharedAlways:
    Type: AWS::IAM::Role
    Properties:
      PermissionsBoundary: !Ref SharedBoundary
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - { Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }
`,
    expect: {
      Boundary: { status: 'INSUFFICIENT_DATA', messageId: 'maybeBoundary', messageIncludes: 'RegionalRole is created only when condition InUsEast1 holds' },
      SharedBoundary: { status: 'NOT_APPLICABLE', messageId: 'boundary', messageIncludes: 'SharedAlways' },
      RegionalRole: 'COMPLIANT',
      SharedRegional: 'COMPLIANT',
      SharedAlways: 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
