import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'inline policy and managed policy ARN on the user',
    template: `
Resources:
  Alice:
    Type: AWS::IAM::User
    Properties:
      UserName: alice
      Policies:
        - PolicyName: read-reports
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: 's3:GetObject'
                Resource: arn:aws:s3:::reports/*
  Bob:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/ReadOnlyAccess
`,
    expect: {
      Alice: { status: 'NON_COMPLIANT', messageId: 'inlinePolicy', path: ['Policies', 0], messageIncludes: 'read-reports' },
      Bob: { status: 'NON_COMPLIANT', messageId: 'managedPolicy', path: ['ManagedPolicyArns', 0], messageIncludes: 'ReadOnlyAccess' },
    },
  },
  {
    name: 'permissions through groups only',
    template: `
Resources:
  Readers:
    Type: AWS::IAM::Group
    Properties:
      ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
  ReaderPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Groups: [!Ref Readers]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: 'athena:StartQueryExecution'
            Resource: '*'
  Alice:
    Type: AWS::IAM::User
    Properties:
      UserName: alice
      Groups: [!Ref Readers]
      Policies: []
  Service:
    Type: AWS::IAM::User
`,
    expect: { Alice: { status: 'COMPLIANT', messageIncludes: 'no policies attached' }, Service: 'COMPLIANT' },
  },
  {
    name: 'policy resources naming the user by Ref and by literal name',
    template: `
Resources:
  Alice:
    Type: AWS::IAM::User
  Bob:
    Type: AWS::IAM::User
    Properties:
      UserName: bob
  Carol:
    Type: AWS::IAM::User
    Properties:
      UserName: carol
  Dave:
    Type: AWS::IAM::User
    Properties:
      UserName: dave
  SharedPolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: shared
      Users: [!Ref Alice]
      PolicyDocument:
        Version: '2012-10-17'
        Statement: [{ Effect: Allow, Action: 'sqs:SendMessage', Resource: '*' }]
  NamedPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      ManagedPolicyName: bob-access
      Users: [someone-else, bob]
      PolicyDocument:
        Version: '2012-10-17'
        Statement: [{ Effect: Allow, Action: 'sns:Publish', Resource: '*' }]
  CarolPolicy:
    Type: AWS::IAM::UserPolicy
    Properties:
      UserName: !Ref Carol
      PolicyName: carol-inline
      PolicyDocument:
        Version: '2012-10-17'
        Statement: [{ Effect: Allow, Action: 'logs:GetLogEvents', Resource: '*' }]
`,
    expect: {
      Alice: { status: 'NON_COMPLIANT', messageId: 'policyResource', messageIncludes: 'SharedPolicy' },
      Bob: { status: 'NON_COMPLIANT', messageId: 'policyResource', messageIncludes: 'bob-access' },
      Carol: { status: 'NON_COMPLIANT', messageId: 'policyResource', messageIncludes: 'carol-inline' },
      Dave: 'COMPLIANT',
    },
  },
  {
    name: 'an imported managed policy ARN is attached; an inline policy list and policy users behind undecidable conditions are not known',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Imported:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns: [!ImportValue team-policy-arn]
  Regional:
    Type: AWS::IAM::User
    Properties:
      Policies: !If
        - InUsEast1
        - - PolicyName: regional
            PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 's3:ListBucket', Resource: '*' }] }
        - !Ref AWS::NoValue
  Maybe:
    Type: AWS::IAM::User
  MaybePolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: maybe
      Users: !If [InUsEast1, [!Ref Maybe], []]
      PolicyDocument:
        Version: '2012-10-17'
        Statement: [{ Effect: Allow, Action: 'ec2:DescribeInstances', Resource: '*' }]
`,
    expect: {
      Imported: { status: 'NON_COMPLIANT', messageId: 'managedPolicy', path: ['ManagedPolicyArns', 0], messageIncludes: 'ImportValue' },
      Regional: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', path: ['Policies'] },
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy' },
    },
  },
  {
    name: 'a known attachment outweighs an unknown one',
    template: `
Resources:
  Mixed:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns:
        - !GetAtt Policies.Outputs.TeamPolicyArn
        - arn:aws:iam::aws:policy/job-function/ViewOnlyAccess
  Policies:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://example-bucket.s3.amazonaws.com/policies.yaml
`,
    expect: { Mixed: { status: 'NON_COMPLIANT', messageId: 'managedPolicy', path: ['ManagedPolicyArns', 1] } },
  },
  {
    name: 'attachments decided by parameters, a mapping and Fn::If',
    inputs: { parameters: { Env: 'prod' } },
    template: `
Parameters:
  Env: { Type: String, Default: dev }
  ExtraPolicies:
    Type: CommaDelimitedList
    Default: ''
  AuditorName:
    Type: String
    Default: auditor
Mappings:
  Users:
    prod: { Name: release-bot }
    dev: { Name: dev-bot }
Conditions:
  IsDev: !Equals [!Ref Env, dev]
Resources:
  FromParameter:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns: !Ref ExtraPolicies
  DevOnly:
    Type: AWS::IAM::User
    Properties:
      Policies: !If
        - IsDev
        - - PolicyName: dev-sandbox
            PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 's3:*', Resource: '*' }] }
        - !Ref AWS::NoValue
  Bot:
    Type: AWS::IAM::User
    Properties:
      UserName: !FindInMap [Users, !Ref Env, Name]
  Auditor:
    Type: AWS::IAM::User
    Properties:
      UserName: !Ref AuditorName
  ReleasePolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Users: [!FindInMap [Users, prod, Name]]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: 'codepipeline:StartPipelineExecution'
            Resource: !Sub 'arn:aws:codepipeline:eu-west-1:123456789012:\${Env}-release'
`,
    expect: {
      FromParameter: 'COMPLIANT',
      DevOnly: 'COMPLIANT',
      Bot: { status: 'NON_COMPLIANT', messageId: 'policyResource', messageIncludes: 'ReleasePolicy' },
      Auditor: 'COMPLIANT',
    },
  },
  {
    name: 'policy entries behind an undecidable Fn::If: a choice between two policies is attached, a policy or AWS::NoValue is not known',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Chosen:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns:
        - !If [InUsEast1, arn:aws:iam::aws:policy/ReadOnlyAccess, arn:aws:iam::aws:policy/job-function/ViewOnlyAccess]
  MaybeManaged:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns:
        - !If [InUsEast1, arn:aws:iam::aws:policy/ReadOnlyAccess, !Ref AWS::NoValue]
  Described:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns:
        - !Sub 'arn:\${AWS::Partition}:iam::aws:policy/SecurityAudit'
`,
    expect: {
      Chosen: { status: 'NON_COMPLIANT', messageId: 'managedPolicy', path: ['ManagedPolicyArns', 0], messageIncludes: 'InUsEast1' },
      MaybeManaged: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', path: ['ManagedPolicyArns', 0] },
      Described: { status: 'NON_COMPLIANT', messageId: 'managedPolicy', messageIncludes: 'AWS::Partition' },
    },
  },
  {
    name: 'policy resources created only under an undecidable condition are not certain; an unconditional one still fails',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Alice:
    Type: AWS::IAM::User
  AlicePolicy:
    Type: AWS::IAM::ManagedPolicy
    Condition: InUsEast1
    Properties:
      Users: [!Ref Alice]
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 's3:ListBucket', Resource: '*' }] }
  Bob:
    Type: AWS::IAM::User
    Properties:
      UserName: bob
  BobPolicy:
    Type: AWS::IAM::UserPolicy
    Condition: InUsEast1
    Properties:
      UserName: bob
      PolicyName: bob-regional
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 's3:ListBucket', Resource: '*' }] }
  BobAlways:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: bob-always
      Users: [bob]
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 's3:ListBucket', Resource: '*' }] }
`,
    expect: {
      Alice: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', messageIncludes: 'AlicePolicy is created only when condition InUsEast1 holds' },
      Bob: { status: 'NON_COMPLIANT', messageId: 'policyResource', messageIncludes: 'bob-always' },
    },
  },
] satisfies RuleCase[];
