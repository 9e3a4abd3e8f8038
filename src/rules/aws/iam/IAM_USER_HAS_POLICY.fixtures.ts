import { created } from '../../plan-fixtures.js';
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
  {
    name: 'policy ARNs and groups read with Fn::GetAtt: a managed policy of the template is followed, a nested stack output is known at deployment',
    template: `
Resources:
  ReadOnlyPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      ManagedPolicyName: team-read-only
      PolicyDocument:
        Version: '2012-10-17'
        Statement: [{ Effect: Allow, Action: ['s3:GetObject', 's3:ListBucket'], Resource: '*' }]
  IdentityBaseline:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://platform-templates.s3.eu-west-1.amazonaws.com/identity-baseline.yaml
  Alice:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns: [!GetAtt ReadOnlyPolicy.PolicyArn]
  Bob:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns:
        - Fn::GetAtt: [IdentityBaseline, Outputs.BaselinePolicyArn]
  Carol:
    Type: AWS::IAM::User
    Properties:
      Groups: [!GetAtt IdentityBaseline.Outputs.DevelopersGroupName]
`,
    expect: {
      Alice: { status: 'COMPLIANT', messageId: 'hasPolicy', path: ['ManagedPolicyArns', 0], messageIncludes: 'ReadOnlyPolicy' },
      Bob: { status: 'COMPLIANT', messageId: 'policyAtDeployment', path: ['ManagedPolicyArns', 0], messageIncludes: 'IdentityBaseline.Outputs.BaselinePolicyArn' },
      Carol: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', path: ['Groups', 0], messageIncludes: 'IdentityBaseline.Outputs.DevelopersGroupName' },
    },
  },
  // Terraform (HCL): attachments, inline policies and group memberships are separate resources merged into the user.
  {
    name: 'hcl: users with an attachment, an aws_iam_user_policy, a group with a policy, and none',
    hcl: `
resource "aws_iam_user" "attached" {
  name = "attached"
}

resource "aws_iam_user_policy_attachment" "attached" {
  user       = aws_iam_user.attached.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_user" "inline" {
  name = "inline"
}

resource "aws_iam_user_policy" "inline" {
  name = "s3-read"
  user = aws_iam_user.inline.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "arn:aws:s3:::example-bucket/*" }]
  })
}

resource "aws_iam_group" "developers" {
  name = "developers"
}

resource "aws_iam_group_policy_attachment" "developers" {
  group      = aws_iam_group.developers.name
  policy_arn = "arn:aws:iam::aws:policy/PowerUserAccess"
}

resource "aws_iam_user" "member" {
  name = "member"
}

resource "aws_iam_user_group_membership" "member" {
  user   = aws_iam_user.member.name
  groups = [aws_iam_group.developers.name]
}

resource "aws_iam_user" "idle" {
  name = "idle"
}
`,
    expect: {
      'aws_iam_user.attached': { status: 'COMPLIANT', messageId: 'hasPolicy', messageIncludes: 'ReadOnlyAccess' },
      'aws_iam_user.inline': { status: 'COMPLIANT', messageId: 'hasPolicy', messageIncludes: 's3-read' },
      'aws_iam_user.member': { status: 'COMPLIANT', messageId: 'viaGroup', messageIncludes: 'aws_iam_group.developers' },
      'aws_iam_user.idle': { status: 'NON_COMPLIANT', messageId: 'noPolicy' },
    },
  },
  {
    name: 'hcl: for_each users, an aws_iam_group_membership, and a user in a local module',
    hcl: {
      'main.tf': `
variable "people" { default = { ann = true, ben = false } }

resource "aws_iam_user" "people" {
  for_each = var.people
  name     = each.key
}

resource "aws_iam_group" "readers" {
  name = "readers"
}

resource "aws_iam_group_policy" "readers" {
  name  = "read"
  group = aws_iam_group.readers.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }]
  })
}

resource "aws_iam_group_membership" "readers" {
  name  = "readers"
  group = aws_iam_group.readers.name
  users = [for name, member in var.people : aws_iam_user.people[name].name if member]
}

module "service" {
  source = "./modules/user"
}
`,
      'modules/user/main.tf': `
resource "aws_iam_user" "this" {
  name = "service"
}
`,
    },
    expect: {
      'aws_iam_user.people["ann"]': { status: 'COMPLIANT', messageId: 'viaGroup' },
      'aws_iam_user.people["ben"]': { status: 'NON_COMPLIANT', messageId: 'noPolicy' },
      'module.service.aws_iam_user.this': { status: 'NON_COMPLIANT', messageId: 'noPolicy' },
    },
  },
  {
    name: 'hcl: a group from a variable without default is not known',
    hcl: `
variable "group_name" { type = string }

resource "aws_iam_user" "ops" {
  name = "ops"
}

resource "aws_iam_user_group_membership" "ops" {
  user   = aws_iam_user.ops.name
  groups = [var.group_name]
}
`,
    expect: { 'aws_iam_user.ops': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy' } },
  },
  {
    name: 'hcl: awscc_iam_user with managed policies, and without',
    hcl: `
resource "awscc_iam_user" "auditor" {
  user_name           = "auditor"
  managed_policy_arns = ["arn:aws:iam::aws:policy/SecurityAudit"]
}

resource "awscc_iam_user" "idle" {
  user_name = "idle"
}
`,
    expect: {
      'awscc_iam_user.auditor': { status: 'COMPLIANT', messageId: 'hasPolicy' },
      'awscc_iam_user.idle': { status: 'NON_COMPLIANT', messageId: 'noPolicy' },
    },
  },
  // Terraform plan JSON: new users' names are known, but attachments name them through references.
  {
    name: 'plan: a user with an attachment by reference, a user without',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_iam_user.attached', mode: 'managed', type: 'aws_iam_user', name: 'attached', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { force_destroy: false, name: 'attached', path: '/', permissions_boundary: null, tags: null },
            after_unknown: { arn: true, id: true, tags_all: true, unique_id: true },
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
        {
          address: 'aws_iam_user_policy_attachment.attached', mode: 'managed', type: 'aws_iam_user_policy_attachment', name: 'attached', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', user: 'attached' },
            after_unknown: { id: true },
            before_sensitive: false, after_sensitive: {},
          },
        },
        {
          address: 'aws_iam_user.idle', mode: 'managed', type: 'aws_iam_user', name: 'idle', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { force_destroy: false, name: 'idle', path: '/', permissions_boundary: null, tags: null },
            after_unknown: { arn: true, id: true, tags_all: true, unique_id: true },
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_iam_user.attached', mode: 'managed', type: 'aws_iam_user', name: 'attached', expressions: { name: { constant_value: 'attached' } } },
            {
              address: 'aws_iam_user_policy_attachment.attached', mode: 'managed', type: 'aws_iam_user_policy_attachment', name: 'attached',
              expressions: { policy_arn: { constant_value: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }, user: { references: ['aws_iam_user.attached.name', 'aws_iam_user.attached'] } },
            },
            { address: 'aws_iam_user.idle', mode: 'managed', type: 'aws_iam_user', name: 'idle', expressions: { name: { constant_value: 'idle' } } },
          ],
        },
      },
    },
    expect: {
      'aws_iam_user.attached': { status: 'COMPLIANT', messageId: 'hasPolicy' },
      'aws_iam_user.idle': { status: 'NON_COMPLIANT', messageId: 'noPolicy' },
    },
  },
  {
    name: 'plan: a user in a group known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_iam_user.ops', mode: 'managed', type: 'aws_iam_user', name: 'ops', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { force_destroy: false, name: 'ops', path: '/', permissions_boundary: null, tags: null },
            after_unknown: { arn: true, id: true, tags_all: true, unique_id: true },
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
        {
          address: 'aws_iam_user_group_membership.ops', mode: 'managed', type: 'aws_iam_user_group_membership', name: 'ops', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { user: 'ops' },
            after_unknown: { groups: true, id: true },
            before_sensitive: false, after_sensitive: { groups: [] },
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_iam_user.ops', mode: 'managed', type: 'aws_iam_user', name: 'ops', expressions: { name: { constant_value: 'ops' } } },
            {
              address: 'aws_iam_user_group_membership.ops', mode: 'managed', type: 'aws_iam_user_group_membership', name: 'ops',
              expressions: { user: { references: ['aws_iam_user.ops.name', 'aws_iam_user.ops'] }, groups: { references: ['data.aws_iam_group.shared.group_name', 'data.aws_iam_group.shared'] } },
            },
          ],
        },
      },
    },
    expect: { 'aws_iam_user.ops': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy' } },
  },
  // A policy attached to a user the input does not declare: the user has at least that one.
  {
    name: 'a policy and a group membership naming users the template does not declare',
    template: `
Resources:
  Readers:
    Type: AWS::IAM::Group
    Properties:
      ManagedPolicyArns: [arn:aws:iam::aws:policy/ReadOnlyAccess]
  ContractorAccess:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Users: [existing-contractor]
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 's3:GetObject', Resource: '*' }] }
  AddAuditor:
    Type: AWS::IAM::UserToGroupAddition
    Properties:
      GroupName: !Ref Readers
      Users: [existing-auditor]
`,
    expect: {
      'ContractorAccess#Users[0]': { status: 'COMPLIANT', messageId: 'hasPolicy', messageIncludes: 'ContractorAccess' },
      'AddAuditor#Users[0]': { status: 'COMPLIANT', messageId: 'viaGroup', messageIncludes: 'group Readers' },
    },
  },
  {
    name: 'hcl: an attachment and a group membership on users the configuration does not declare',
    hcl: `
resource "aws_iam_group" "readers" {
  name = "readers"
}

resource "aws_iam_group_policy_attachment" "readers" {
  group      = aws_iam_group.readers.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_user_policy_attachment" "alice" {
  user       = "alice"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_user_group_membership" "bob" {
  user   = "bob"
  groups = [aws_iam_group.readers.name]
}
`,
    expect: {
      'aws_iam_user_policy_attachment.alice': { status: 'COMPLIANT', messageId: 'hasPolicy' },
      'aws_iam_user_group_membership.bob': { status: 'COMPLIANT', messageId: 'viaGroup', messageIncludes: 'aws_iam_group.readers' },
    },
  },
  {
    name: 'plan: an inline policy on an existing user',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_iam_user_policy.alice', { user: 'alice', name: 'reads', policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}' }, { id: true }),
      ],
    },
    expect: { 'aws_iam_user_policy.alice': { status: 'COMPLIANT', messageId: 'hasPolicy', messageIncludes: 'reads' } },
  },
] satisfies RuleCase[];
