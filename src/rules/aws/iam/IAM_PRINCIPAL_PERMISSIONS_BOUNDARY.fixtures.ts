import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'role and user without a permissions boundary',
    template: `
Resources:
  BuildRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: codebuild.amazonaws.com }
            Action: sts:AssumeRole
  Operator:
    Type: AWS::IAM::User
    Properties:
      UserName: operator
`,
    expect: {
      BuildRole: { status: 'NON_COMPLIANT', messageId: 'missing' },
      Operator: { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
  {
    name: 'literal boundary ARN and a boundary policy declared in the template (Ref, GetAtt)',
    template: `
Resources:
  Boundary:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: ['s3:*', 'logs:*']
            Resource: '*'
  BuildRole:
    Type: AWS::IAM::Role
    Properties:
      PermissionsBoundary: arn:aws:iam::123456789012:policy/DeveloperBoundary
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: codebuild.amazonaws.com }
            Action: sts:AssumeRole
  Operator:
    Type: AWS::IAM::User
    Properties:
      PermissionsBoundary: !Ref Boundary
  Deployer:
    Type: AWS::IAM::User
    Properties:
      PermissionsBoundary: !GetAtt Boundary.PolicyArn
`,
    expect: {
      BuildRole: { status: 'COMPLIANT', path: ['PermissionsBoundary'] },
      Operator: 'COMPLIANT',
      Deployer: 'COMPLIANT',
    },
  },
  {
    name: 'approved boundaries: literal, wrong, Sub with a given account id, ImportValue',
    params: { permissionsBoundaryArns: 'arn:aws:iam::123456789012:policy/DeveloperBoundary,arn:aws:iam::123456789012:policy/OpsBoundary' },
    inputs: { accountId: '123456789012', region: 'eu-west-1' },
    template: `
Resources:
  Approved:
    Type: AWS::IAM::Role
    Properties:
      PermissionsBoundary: arn:aws:iam::123456789012:policy/OpsBoundary
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: ec2.amazonaws.com }
            Action: sts:AssumeRole
  Other:
    Type: AWS::IAM::Role
    Properties:
      PermissionsBoundary: arn:aws:iam::123456789012:policy/LegacyBoundary
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: ec2.amazonaws.com }
            Action: sts:AssumeRole
  Developer:
    Type: AWS::IAM::User
    Properties:
      PermissionsBoundary: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy/DeveloperBoundary'
  Imported:
    Type: AWS::IAM::User
    Properties:
      PermissionsBoundary: !ImportValue org-boundary-arn
`,
    expect: {
      Approved: 'COMPLIANT',
      Other: { status: 'NON_COMPLIANT', messageId: 'notApproved', path: ['PermissionsBoundary'], messageIncludes: 'LegacyBoundary' },
      Developer: 'COMPLIANT',
      Imported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownBoundary' },
    },
  },
  {
    name: 'approved boundaries: a boundary policy in the template has no ARN before deployment',
    params: { permissionsBoundaryArns: ['arn:aws:iam::123456789012:policy/DeveloperBoundary'] },
    template: `
Resources:
  Boundary:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: 's3:*'
            Resource: '*'
  Operator:
    Type: AWS::IAM::User
    Properties:
      PermissionsBoundary: !Ref Boundary
`,
    expect: { Operator: { status: 'INSUFFICIENT_DATA', messageId: 'unknownBoundary' } },
  },
  {
    name: 'boundary built with Sub from the account id, which is not given: set, whatever the account',
    template: `
Resources:
  Operator:
    Type: AWS::IAM::User
    Properties:
      PermissionsBoundary: !Sub 'arn:aws:iam::\${AWS::AccountId}:policy/DeveloperBoundary'
`,
    expect: { Operator: { status: 'COMPLIANT', messageId: 'setAtDeployment', path: ['PermissionsBoundary'], messageIncludes: 'AWS::AccountId' } },
  },
  {
    name: 'boundary built with Sub from the account id, which is not given, against approved boundaries',
    params: { permissionsBoundaryArns: 'arn:aws:iam::123456789012:policy/DeveloperBoundary' },
    template: `
Resources:
  Operator:
    Type: AWS::IAM::User
    Properties:
      PermissionsBoundary: !Sub 'arn:aws:iam::\${AWS::AccountId}:policy/DeveloperBoundary'
`,
    expect: { Operator: { status: 'INSUFFICIENT_DATA', messageId: 'unknownBoundary', messageIncludes: 'AWS::AccountId' } },
  },
  {
    name: 'present but unknown boundaries (ImportValue, a choice between two policies) are set; one that may be AWS::NoValue is not known',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Imported:
    Type: AWS::IAM::User
    Properties:
      PermissionsBoundary: !ImportValue org-boundary-arn
  Regional:
    Type: AWS::IAM::User
    Properties:
      PermissionsBoundary: !If [InUsEast1, arn:aws:iam::123456789012:policy/EastBoundary, arn:aws:iam::123456789012:policy/WestBoundary]
  MaybeBounded:
    Type: AWS::IAM::User
    Properties:
      PermissionsBoundary: !If [InUsEast1, !ImportValue org-boundary-arn, !Ref AWS::NoValue]
`,
    expect: {
      Imported: { status: 'COMPLIANT', messageId: 'setAtDeployment', messageIncludes: 'ImportValue' },
      Regional: { status: 'COMPLIANT', messageId: 'setAtDeployment', messageIncludes: 'InUsEast1' },
      MaybeBounded: { status: 'INSUFFICIENT_DATA', messageId: 'unknownBoundary', path: ['PermissionsBoundary'], messageIncludes: 'InUsEast1' },
    },
  },
  {
    name: 'boundary from a parameter default and from a mapping',
    params: { permissionsBoundaryArns: ['arn:aws:iam::123456789012:policy/DeveloperBoundary', 'arn:aws:iam::123456789012:policy/ProdBoundary'] },
    inputs: { parameters: { Stage: 'prod' } },
    template: `
Parameters:
  BoundaryArn:
    Type: String
    Default: arn:aws:iam::123456789012:policy/DeveloperBoundary
  Stage:
    Type: String
    Default: dev
Mappings:
  Boundaries:
    prod: { Arn: arn:aws:iam::123456789012:policy/ProdBoundary }
    dev: { Arn: arn:aws:iam::123456789012:policy/SandboxBoundary }
Resources:
  FromParameter:
    Type: AWS::IAM::User
    Properties:
      PermissionsBoundary: !Ref BoundaryArn
  FromMapping:
    Type: AWS::IAM::Role
    Properties:
      PermissionsBoundary: !FindInMap [Boundaries, !Ref Stage, Arn]
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: ecs-tasks.amazonaws.com }
            Action: sts:AssumeRole
`,
    expect: { FromParameter: 'COMPLIANT', FromMapping: 'COMPLIANT' },
  },
  {
    name: 'mapping picks an unapproved boundary for the default stage',
    params: { permissionsBoundaryArns: ['arn:aws:iam::123456789012:policy/ProdBoundary'] },
    template: `
Parameters:
  Stage:
    Type: String
    Default: dev
Mappings:
  Boundaries:
    prod: { Arn: arn:aws:iam::123456789012:policy/ProdBoundary }
    dev: { Arn: arn:aws:iam::123456789012:policy/SandboxBoundary }
Resources:
  FromMapping:
    Type: AWS::IAM::User
    Properties:
      PermissionsBoundary: !FindInMap [Boundaries, !Ref Stage, Arn]
`,
    expect: { FromMapping: { status: 'NON_COMPLIANT', messageId: 'notApproved', messageIncludes: 'SandboxBoundary' } },
  },
  {
    name: 'boundary set only in production (decidable Fn::If)',
    inputs: { parameters: { Env: 'prod' } },
    template: `
Parameters:
  Env: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Operator:
    Type: AWS::IAM::User
    Properties:
      PermissionsBoundary: !If [IsProd, arn:aws:iam::123456789012:policy/ProdBoundary, !Ref AWS::NoValue]
`,
    expect: { Operator: 'COMPLIANT' },
  },
  {
    name: 'boundary removed by Fn::If in the default environment',
    template: `
Parameters:
  Env: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Operator:
    Type: AWS::IAM::User
    Properties:
      PermissionsBoundary: !If [IsProd, arn:aws:iam::123456789012:policy/ProdBoundary, !Ref AWS::NoValue]
`,
    expect: { Operator: { status: 'NON_COMPLIANT', messageId: 'missing' } },
  },
  {
    name: 'boundary behind an undecidable condition',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      PermissionsBoundary: !If [InUsEast1, arn:aws:iam::123456789012:policy/ProdBoundary, !Ref AWS::NoValue]
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
`,
    expect: { AppRole: { status: 'INSUFFICIENT_DATA', messageId: 'unknownBoundary' } },
  },
] satisfies RuleCase[];
