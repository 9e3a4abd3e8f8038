import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'users without any policy',
    template: `
Resources:
  Alice:
    Type: AWS::IAM::User
    Properties:
      UserName: alice
  Bob:
    Type: AWS::IAM::User
    Properties:
      Policies: []
      ManagedPolicyArns: []
`,
    expect: {
      Alice: { status: 'NON_COMPLIANT', messageId: 'noPolicy' },
      Bob: { status: 'NON_COMPLIANT', messageId: 'noPolicy' },
    },
  },
  {
    name: 'inline policy or managed policy ARN on the user (the AWS sample hook cases)',
    template: `
Resources:
  UserWithPolicy:
    Type: AWS::IAM::User
    Properties:
      UserName: WithPolicy
      Policies:
        - PolicyName: deny-all
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Deny
                Action: ['*']
                Resource: '*'
  UserWithManagedPolicy:
    Type: AWS::IAM::User
    Properties:
      UserName: WithManagedPolicy
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/AWSDenyAll
`,
    expect: {
      UserWithPolicy: { status: 'COMPLIANT', path: ['Policies', 0], messageIncludes: 'deny-all' },
      UserWithManagedPolicy: { status: 'COMPLIANT', path: ['ManagedPolicyArns', 0] },
    },
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
  SharedPolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: shared
      Users: [!Ref Alice]
      PolicyDocument:
        Version: '2012-10-17'
        Statement: [{ Effect: Allow, Action: 'sqs:SendMessage', Resource: '*' }]
  BobPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Users: [bob]
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
      Alice: { status: 'COMPLIANT', messageIncludes: 'SharedPolicy' },
      Bob: { status: 'COMPLIANT', messageIncludes: 'BobPolicy' },
      Carol: { status: 'COMPLIANT', messageIncludes: 'carol-inline' },
    },
  },
  {
    name: 'permissions through groups of the template',
    template: `
Resources:
  Readers:
    Type: AWS::IAM::Group
    Properties:
      GroupName: readers
      ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
  Analysts:
    Type: AWS::IAM::Group
  AnalystPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Groups: [!Ref Analysts]
      PolicyDocument:
        Version: '2012-10-17'
        Statement: [{ Effect: Allow, Action: 'athena:*', Resource: '*' }]
  Empty:
    Type: AWS::IAM::Group
  Alice:
    Type: AWS::IAM::User
    Properties:
      Groups: [!Ref Readers]
  Bob:
    Type: AWS::IAM::User
    Properties:
      Groups: [readers]
  Carol:
    Type: AWS::IAM::User
  CarolToAnalysts:
    Type: AWS::IAM::UserToGroupAddition
    Properties:
      GroupName: !Ref Analysts
      Users: [!Ref Carol]
  Dave:
    Type: AWS::IAM::User
    Properties:
      Groups: [!Ref Empty]
`,
    expect: {
      Alice: { status: 'COMPLIANT', messageId: 'viaGroup', path: ['Groups', 0] },
      Bob: { status: 'COMPLIANT', messageId: 'viaGroup', messageIncludes: 'Readers' },
      Carol: { status: 'COMPLIANT', messageId: 'viaGroup', messageIncludes: 'AnalystPolicy' },
      Dave: { status: 'NON_COMPLIANT', messageId: 'noPolicy' },
    },
  },
  {
    name: 'group outside the template and imported group are not known; an imported policy ARN is a policy',
    template: `
Resources:
  InExternalGroup:
    Type: AWS::IAM::User
    Properties:
      Groups: [platform-engineers]
  InImportedGroup:
    Type: AWS::IAM::User
    Properties:
      Groups: [!ImportValue shared-group-name]
  WithImportedPolicy:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns: [!ImportValue team-policy-arn]
`,
    expect: {
      InExternalGroup: { status: 'INSUFFICIENT_DATA', messageId: 'groupOutside', messageIncludes: 'platform-engineers' },
      InImportedGroup: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', path: ['Groups', 0] },
      WithImportedPolicy: { status: 'COMPLIANT', messageId: 'policyAtDeployment', path: ['ManagedPolicyArns', 0], messageIncludes: 'ImportValue' },
    },
  },
  {
    name: 'policy ARN built with Sub from AWS::Partition, without the region: a policy, whatever the partition',
    template: `
Resources:
  Auditor:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns:
        - !Sub 'arn:\${AWS::Partition}:iam::aws:policy/SecurityAudit'
`,
    expect: { Auditor: { status: 'COMPLIANT', messageId: 'policyAtDeployment', path: ['ManagedPolicyArns', 0], messageIncludes: 'AWS::Partition' } },
  },
  {
    name: 'policies decided by parameters, a mapping and Fn::If',
    inputs: { region: 'eu-west-1', parameters: { Env: 'prod' } },
    template: `
Parameters:
  Env: { Type: String, Default: dev }
  BasePolicy:
    Type: String
    Default: arn:aws:iam::aws:policy/ReadOnlyAccess
Mappings:
  Access:
    prod: { Policy: arn:aws:iam::aws:policy/job-function/ViewOnlyAccess }
Conditions:
  IsDev: !Equals [!Ref Env, dev]
Resources:
  FromParameter:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns: [!Ref BasePolicy]
  FromMapping:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns: [!FindInMap [Access, !Ref Env, Policy]]
  DevOnly:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns: !If [IsDev, [arn:aws:iam::aws:policy/PowerUserAccess], !Ref AWS::NoValue]
  WithPartition:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns:
        - !Sub 'arn:\${AWS::Partition}:iam::aws:policy/SecurityAudit'
`,
    expect: {
      FromParameter: 'COMPLIANT',
      FromMapping: 'COMPLIANT',
      DevOnly: { status: 'NON_COMPLIANT', messageId: 'noPolicy' },
      WithPartition: 'COMPLIANT',
    },
  },
  {
    name: 'group membership behind an undecidable condition',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Admins:
    Type: AWS::IAM::Group
    Properties:
      ManagedPolicyArns: [arn:aws:iam::aws:policy/PowerUserAccess]
  Operator:
    Type: AWS::IAM::User
    Properties:
      Groups: !If [InUsEast1, [!Ref Admins], []]
`,
    expect: { Operator: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', path: ['Groups'] } },
  },
  {
    name: 'policy entries behind an undecidable Fn::If: a choice between two policies is a policy, a policy or AWS::NoValue is not known',
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
  MaybeInline:
    Type: AWS::IAM::User
    Properties:
      Policies:
        - !If
          - InUsEast1
          - PolicyName: regional
            PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 's3:ListBucket', Resource: '*' }] }
          - !Ref AWS::NoValue
`,
    expect: {
      Chosen: { status: 'COMPLIANT', messageId: 'policyAtDeployment', path: ['ManagedPolicyArns', 0], messageIncludes: 'InUsEast1' },
      MaybeManaged: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', path: ['ManagedPolicyArns', 0] },
      MaybeInline: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', path: ['Policies', 0] },
    },
  },
  {
    name: 'policies, group policies and group additions created only under an undecidable condition are not certain',
    template: `
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Alice:
    Type: AWS::IAM::User
  AlicePolicy:
    Type: AWS::IAM::Policy
    Condition: InUsEast1
    Properties:
      PolicyName: alice-regional
      Users: [!Ref Alice]
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 's3:ListBucket', Resource: '*' }] }
  Readers:
    Type: AWS::IAM::Group
    Properties:
      ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
  Bob:
    Type: AWS::IAM::User
  BobToReaders:
    Type: AWS::IAM::UserToGroupAddition
    Condition: InUsEast1
    Properties:
      GroupName: !Ref Readers
      Users: [!Ref Bob]
  Auditors:
    Type: AWS::IAM::Group
  AuditorsPolicy:
    Type: AWS::IAM::ManagedPolicy
    Condition: InUsEast1
    Properties:
      Groups: [!Ref Auditors]
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 'cloudtrail:LookupEvents', Resource: '*' }] }
  Carol:
    Type: AWS::IAM::User
    Properties:
      Groups: [!Ref Auditors]
  Dave:
    Type: AWS::IAM::User
  DavePolicy:
    Type: AWS::IAM::UserPolicy
    Condition: InUsEast1
    Properties:
      UserName: !Ref Dave
      PolicyName: dave-regional
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 's3:ListBucket', Resource: '*' }] }
  DaveAlways:
    Type: AWS::IAM::UserPolicy
    Properties:
      UserName: !Ref Dave
      PolicyName: dave-always
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 's3:ListBucket', Resource: '*' }] }
`,
    expect: {
      Alice: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', messageIncludes: 'AlicePolicy is created only when condition InUsEast1 holds' },
      Bob: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', messageIncludes: 'BobToReaders' },
      Carol: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', path: ['Groups', 0], messageIncludes: 'group Auditors' },
      Dave: { status: 'COMPLIANT', messageId: 'hasPolicy', messageIncludes: 'dave-always' },
    },
  },
] satisfies RuleCase[];
