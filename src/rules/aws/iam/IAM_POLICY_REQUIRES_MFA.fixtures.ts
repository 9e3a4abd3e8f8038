import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'managed policy with one statement lacking MFA',
    template: `
Resources:
  OpsPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      ManagedPolicyName: ops-access
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Sid: StopInstances
            Effect: Allow
            Action: ['ec2:StopInstances', 'ec2:StartInstances']
            Resource: '*'
            Condition:
              Bool:
                aws:MultiFactorAuthPresent: 'true'
          - Sid: ReadBuckets
            Effect: Allow
            Action: 's3:GetObject'
            Resource: arn:aws:s3:::ops-artifacts/*
`,
    expect: {
      OpsPolicy: { status: 'NON_COMPLIANT', messageId: 'noMfa', path: ['PolicyDocument', 'Statement', 1], messageIncludes: 'ReadBuckets' },
    },
  },
  {
    name: 'every accepted MFA condition, and Deny statements need none',
    template: `
Resources:
  AdminPolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: admin-with-mfa
      Groups: [admins]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: 'iam:*'
            Resource: '*'
            Condition:
              Bool: { 'aws:MultiFactorAuthPresent': true }
          - Effect: Allow
            Action: 'ec2:*'
            Resource: '*'
            Condition:
              BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' }
          - Effect: Allow
            Action: 'rds:*'
            Resource: '*'
            Condition:
              NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' }
          - Effect: Allow
            Action: 'kms:*'
            Resource: '*'
            Condition:
              'Null': { 'aws:MultiFactorAuthAge': 'false' }
          - Effect: Deny
            NotAction: ['iam:ChangePassword', 'iam:EnableMFADevice']
            Resource: '*'
            Condition:
              BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' }
`,
    expect: { AdminPolicy: 'COMPLIANT' },
  },
  {
    name: 'MFA explicitly false, or only on an unrelated key',
    template: `
Resources:
  NoMfa:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: 'sts:AssumeRole'
            Resource: arn:aws:iam::123456789012:role/Break-Glass
            Condition:
              Bool: { 'aws:MultiFactorAuthPresent': 'false' }
  OnlyTls:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          Effect: Allow
          Action: 's3:PutObject'
          Resource: arn:aws:s3:::uploads/*
          Condition:
            Bool: { 'aws:SecureTransport': 'true' }
            NumericLessThanIfExists: { 'aws:MultiFactorAuthAge': '3600' }
`,
    expect: {
      NoMfa: { status: 'NON_COMPLIANT', messageId: 'noMfa' },
      OnlyTls: { status: 'NON_COMPLIANT', messageId: 'noMfa', path: ['PolicyDocument', 'Statement'] },
    },
  },
  {
    name: 'inline policies of a role, user and group; the trust policy is not checked',
    template: `
Resources:
  ServiceRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
  OperatorRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { AWS: arn:aws:iam::123456789012:root }
            Action: sts:AssumeRole
            Condition:
              Bool: { 'aws:MultiFactorAuthPresent': 'true' }
      Policies:
        - PolicyName: restart
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: 'ecs:UpdateService'
                Resource: '*'
  Auditor:
    Type: AWS::IAM::User
    Properties:
      Policies:
        - PolicyName: audit
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: ['cloudtrail:LookupEvents']
                Resource: '*'
                Condition:
                  NumericLessThanEquals: { 'aws:MultiFactorAuthAge': 900 }
  Admins:
    Type: AWS::IAM::Group
    Properties:
      Policies:
        - PolicyName: admin
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: '*'
                Resource: '*'
                Condition:
                  Bool: { 'aws:MultiFactorAuthPresent': 'true' }
`,
    expect: {
      ServiceRole: { status: 'NOT_APPLICABLE', messageId: 'noPolicies' },
      OperatorRole: { status: 'NON_COMPLIANT', messageId: 'noMfa', path: ['Policies', 0, 'PolicyDocument', 'Statement', 0], messageIncludes: 'restart' },
      Auditor: 'COMPLIANT',
      Admins: 'COMPLIANT',
    },
  },
  {
    name: 'standalone inline policy resources, one with a JSON string document',
    template: `
Resources:
  Deployer:
    Type: AWS::IAM::User
  DeployPolicy:
    Type: AWS::IAM::UserPolicy
    Properties:
      UserName: !Ref Deployer
      PolicyName: deploy
      PolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"cloudformation:*","Resource":"*"}]}'
  BuildPolicy:
    Type: AWS::IAM::RolePolicy
    Properties:
      RoleName: build
      PolicyName: build
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: 'codebuild:StartBuild'
            Resource: '*'
            Condition:
              BoolIfExists: { 'aws:MultiFactorAuthPresent': ['true'] }
`,
    expect: {
      Deployer: { status: 'NOT_APPLICABLE', messageId: 'noPolicies' },
      DeployPolicy: { status: 'NON_COMPLIANT', messageId: 'noMfa' },
      BuildPolicy: 'COMPLIANT',
    },
  },
  {
    name: 'condition values from a parameter default, a mapping and a decidable Fn::If',
    inputs: { region: 'eu-west-1', parameters: { Env: 'prod' } },
    template: `
Parameters:
  MaxMfaAge: { Type: Number, Default: 3600 }
  Env: { Type: String, Default: dev }
Mappings:
  Mfa:
    prod: { Required: 'true' }
    dev: { Required: 'false' }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  ProdAccess:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: 'ssm:StartSession'
            Resource: !Sub 'arn:\${AWS::Partition}:ec2:\${AWS::Region}:123456789012:instance/*'
            Condition:
              NumericLessThan: { 'aws:MultiFactorAuthAge': !Ref MaxMfaAge }
          - Effect: Allow
            Action: 'ssm:SendCommand'
            Resource: '*'
            Condition:
              Bool: { 'aws:MultiFactorAuthPresent': !FindInMap [Mfa, !Ref Env, Required] }
          - Effect: Allow
            Action: 'ec2:RebootInstances'
            Resource: '*'
            Condition: !If
              - IsProd
              - Bool: { 'aws:MultiFactorAuthPresent': 'true' }
              - !Ref AWS::NoValue
`,
    expect: { ProdAccess: 'COMPLIANT' },
  },
  {
    name: 'the mapping turns MFA off and Fn::If drops the condition in the default environment',
    template: `
Parameters:
  Env: { Type: String, Default: dev }
Mappings:
  Mfa:
    prod: { Required: 'true' }
    dev: { Required: 'false' }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  FromMapping:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: 'ssm:SendCommand'
            Resource: '*'
            Condition:
              Bool: { 'aws:MultiFactorAuthPresent': !FindInMap [Mfa, !Ref Env, Required] }
  FromIf:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: 'ec2:RebootInstances'
            Resource: '*'
            Condition: !If
              - IsProd
              - Bool: { 'aws:MultiFactorAuthPresent': 'true' }
              - !Ref AWS::NoValue
`,
    expect: {
      FromMapping: { status: 'NON_COMPLIANT', messageId: 'noMfa' },
      FromIf: { status: 'NON_COMPLIANT', messageId: 'noMfa' },
    },
  },
  {
    name: 'unresolved condition value, effect and document',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  ImportedFlag:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: 'dynamodb:DeleteTable'
            Resource: '*'
            Condition:
              Bool: { 'aws:MultiFactorAuthPresent': !ImportValue mfa-required }
  RegionalEffect:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: regional
      Roles: [ops]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: !If [InUsEast1, Allow, Deny]
            Action: 'dynamodb:DeleteTable'
            Resource: '*'
  Worker:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: ec2.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - !If
          - InUsEast1
          - PolicyName: extra
            PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 's3:*', Resource: '*' }] }
          - !Ref AWS::NoValue
`,
    expect: {
      ImportedFlag: { status: 'INSUFFICIENT_DATA', messageId: 'unknownStatement' },
      RegionalEffect: { status: 'INSUFFICIENT_DATA', messageId: 'unknownStatement' },
      Worker: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', path: ['Policies', 0] },
    },
  },
  {
    name: 'a known violation outweighs an unknown statement',
    template: `
Resources:
  Mixed:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: 'sqs:SendMessage'
            Resource: '*'
            Condition: !GetAtt ConditionSource.Outputs.Condition
          - Sid: PurgeQueues
            Effect: Allow
            Action: 'sqs:PurgeQueue'
            Resource: '*'
  ConditionSource:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://example-bucket.s3.amazonaws.com/conditions.yaml
`,
    expect: { Mixed: { status: 'NON_COMPLIANT', messageId: 'noMfa', messageIncludes: 'PurgeQueues' } },
  },
  {
    name: 'a managed policy used as a permissions boundary is not checked',
    template: `
Resources:
  Boundary:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: ['s3:*', 'dynamodb:*']
            Resource: '*'
  Developer:
    Type: AWS::IAM::User
    Properties:
      PermissionsBoundary: !Ref Boundary
`,
    expect: {
      Boundary: { status: 'NOT_APPLICABLE', messageId: 'boundary', messageIncludes: 'Developer' },
      Developer: { status: 'NOT_APPLICABLE', messageId: 'noPolicies' },
    },
  },
  {
    name: 'the boundary of a user created only under an undecidable condition may be checked: a violation is not known',
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
          - Effect: Allow
            Action: ['s3:*', 'dynamodb:*']
            Resource: '*'
  Developer:
    Type: AWS::IAM::User
    Condition: InUsEast1
    Properties:
      PermissionsBoundary: !Ref Boundary
`,
    expect: {
      Boundary: { status: 'INSUFFICIENT_DATA', messageId: 'maybeBoundary', path: ['PolicyDocument', 'Statement', 0], messageIncludes: 'Developer is created only when condition InUsEast1 holds' },
      Developer: { status: 'NOT_APPLICABLE', messageId: 'noPolicies' },
    },
  },
] satisfies RuleCase[];
