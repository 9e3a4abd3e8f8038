import { created } from '../../plan-fixtures.js';
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
      // someone-else lives elsewhere; the policy is attached to that user directly all the same.
      'NamedPolicy#Users[0]': { status: 'NON_COMPLIANT', messageId: 'policyResource', messageIncludes: 'bob-access' },
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
  // Terraform (HCL): attachments and inline policies are separate resources merged into the user.
  {
    name: 'hcl: users with an attachment, an aws_iam_user_policy, an aws_iam_policy_attachment, and one only in a group',
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

resource "aws_iam_policy" "deploy" {
  name   = "deploy"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "cloudformation:*", Resource = "*" }] })
}

resource "aws_iam_user" "deployer" {
  name = "deployer"
}

resource "aws_iam_policy_attachment" "deploy" {
  name       = "deploy"
  users      = [aws_iam_user.deployer.name]
  policy_arn = aws_iam_policy.deploy.arn
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
`,
    expect: {
      'aws_iam_user.attached': { status: 'NON_COMPLIANT', messageId: 'managedPolicy', messageIncludes: 'ReadOnlyAccess' },
      'aws_iam_user.inline': { status: 'NON_COMPLIANT', messageId: 'inlinePolicy', messageIncludes: 's3-read' },
      'aws_iam_user.deployer': { status: 'NON_COMPLIANT', messageId: 'managedPolicy', messageIncludes: 'aws_iam_policy.deploy' },
      'aws_iam_user.member': { status: 'COMPLIANT', messageId: 'noPolicies' },
    },
  },
  {
    name: 'hcl: counted users with for_each attachments, and a user in a local module',
    hcl: {
      'main.tf': `
variable "names" { default = ["ann", "ben"] }

resource "aws_iam_user" "team" {
  count = length(var.names)
  name  = var.names[count.index]
}

resource "aws_iam_user_policy_attachment" "team" {
  for_each   = { ben = "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess" }
  user       = aws_iam_user.team[index(var.names, each.key)].name
  policy_arn = each.value
}

module "service" {
  source = "./modules/user"
}
`,
      'modules/user/main.tf': `
resource "aws_iam_user" "this" {
  name = "service"
}

resource "aws_iam_user_policy" "this" {
  name   = "queue"
  user   = aws_iam_user.this.name
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sqs:SendMessage", Resource = "*" }] })
}
`,
    },
    expect: {
      'aws_iam_user.team[0]': 'COMPLIANT',
      'aws_iam_user.team[1]': { status: 'NON_COMPLIANT', messageId: 'managedPolicy', messageIncludes: 'ViewOnlyAccess' },
      'module.service.aws_iam_user.this': { status: 'NON_COMPLIANT', messageId: 'inlinePolicy' },
    },
  },
  {
    name: 'hcl: awscc_iam_user with managed policy ARNs from a variable without default, and without policies',
    hcl: `
variable "policy_arns" { type = list(string) }

resource "awscc_iam_user" "maybe" {
  user_name           = "maybe"
  managed_policy_arns = var.policy_arns
}

resource "awscc_iam_user" "grouped" {
  user_name = "grouped"
  groups    = ["developers"]
}

resource "awscc_iam_user" "direct" {
  user_name           = "direct"
  managed_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]
}
`,
    expect: {
      'awscc_iam_user.maybe': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy' },
      'awscc_iam_user.grouped': 'COMPLIANT',
      'awscc_iam_user.direct': { status: 'NON_COMPLIANT', messageId: 'managedPolicy' },
    },
  },
  // Terraform plan JSON.
  {
    name: 'plan: an inline policy linked by reference, and a user only in a group',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_iam_user.inline', mode: 'managed', type: 'aws_iam_user', name: 'inline', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { force_destroy: false, name: 'inline', path: '/', permissions_boundary: null, tags: null },
            after_unknown: { arn: true, id: true, tags_all: true, unique_id: true },
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
        {
          address: 'aws_iam_user_policy.inline', mode: 'managed', type: 'aws_iam_user_policy', name: 'inline', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { name: 's3-read', name_prefix: null, policy: '{"Statement":[{"Action":["s3:GetObject"],"Effect":"Allow","Resource":"arn:aws:s3:::example-bucket/*"}],"Version":"2012-10-17"}', user: 'inline' },
            after_unknown: { id: true },
            before_sensitive: false, after_sensitive: {},
          },
        },
        {
          address: 'aws_iam_user.member', mode: 'managed', type: 'aws_iam_user', name: 'member', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { force_destroy: false, name: 'member', path: '/', permissions_boundary: null, tags: null },
            after_unknown: { arn: true, id: true, tags_all: true, unique_id: true },
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
        {
          address: 'aws_iam_user_group_membership.member', mode: 'managed', type: 'aws_iam_user_group_membership', name: 'member', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { groups: ['developers'], user: 'member' },
            after_unknown: { groups: [false], id: true },
            before_sensitive: false, after_sensitive: { groups: [false] },
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_iam_user.inline', mode: 'managed', type: 'aws_iam_user', name: 'inline', expressions: { name: { constant_value: 'inline' } } },
            { address: 'aws_iam_user_policy.inline', mode: 'managed', type: 'aws_iam_user_policy', name: 'inline', expressions: { name: { constant_value: 's3-read' }, policy: {}, user: { references: ['aws_iam_user.inline.name', 'aws_iam_user.inline'] } } },
            { address: 'aws_iam_user.member', mode: 'managed', type: 'aws_iam_user', name: 'member', expressions: { name: { constant_value: 'member' } } },
            {
              address: 'aws_iam_user_group_membership.member', mode: 'managed', type: 'aws_iam_user_group_membership', name: 'member',
              expressions: { user: { references: ['aws_iam_user.member.name', 'aws_iam_user.member'] }, groups: { constant_value: ['developers'] } },
            },
          ],
        },
      },
    },
    expect: {
      'aws_iam_user.inline': { status: 'NON_COMPLIANT', messageId: 'inlinePolicy', messageIncludes: 's3-read' },
      'aws_iam_user.member': { status: 'COMPLIANT', messageId: 'noPolicies' },
    },
  },
  {
    name: 'plan: an awscc_iam_user whose managed policy ARNs are known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'awscc_iam_user.svc', mode: 'managed', type: 'awscc_iam_user', name: 'svc', provider_name: 'registry.terraform.io/hashicorp/awscc',
          change: {
            actions: ['create'], before: null,
            // awscc marks every optional, computed attribute the configuration leaves null as unknown.
            after: { user_name: 'svc' },
            after_unknown: { arn: true, groups: true, id: true, login_profile: true, managed_policy_arns: true, path: true, permissions_boundary: true, policies: true, tags: true },
            before_sensitive: false, after_sensitive: {},
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'awscc_iam_user.svc', mode: 'managed', type: 'awscc_iam_user', name: 'svc', provider_config_key: 'awscc', expressions: { user_name: { constant_value: 'svc' }, managed_policy_arns: { references: ['data.aws_iam_policy.job.arn', 'data.aws_iam_policy.job'] } } },
          ],
        },
      },
    },
    expect: { 'awscc_iam_user.svc': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy' } },
  },
  // Policies attached to users the input does not declare: the attachment alone is a policy on a user.
  {
    name: 'policies naming users the template does not declare (a literal name, an import)',
    template: `
Resources:
  ContractorAccess:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Users: [existing-contractor]
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 's3:GetObject', Resource: '*' }] }
  ImportedUserInline:
    Type: AWS::IAM::UserPolicy
    Properties:
      UserName: !ImportValue shared-ci-user
      PolicyName: ci
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 'codebuild:StartBuild', Resource: '*' }] }
`,
    expect: {
      'ContractorAccess#Users[0]': { status: 'NON_COMPLIANT', messageId: 'policyResource', path: [], messageIncludes: 'ContractorAccess' },
      'ImportedUserInline#UserName': { status: 'NON_COMPLIANT', messageId: 'policyResource', messageIncludes: 'ci (ImportedUserInline)' },
    },
  },
  {
    name: 'hcl: inline policies and attachments on users the configuration does not declare',
    hcl: `
variable "ci_user" { type = string }

resource "aws_iam_user_policy" "alice" {
  user   = "alice"
  name   = "reads"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })
}

resource "aws_iam_user_policy_attachment" "ci" {
  user       = var.ci_user
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "auditors" {
  name       = "auditors"
  users      = ["carol"]
  policy_arn = "arn:aws:iam::aws:policy/SecurityAudit"
}
`,
    expect: {
      'aws_iam_user_policy.alice': { status: 'NON_COMPLIANT', messageId: 'inlinePolicy', messageIncludes: 'reads' },
      'aws_iam_user_policy_attachment.ci': { status: 'NON_COMPLIANT', messageId: 'managedPolicy', messageIncludes: 'ReadOnlyAccess' },
      'aws_iam_policy_attachment.auditors#users[0]': { status: 'NON_COMPLIANT', messageId: 'managedPolicy', messageIncludes: 'SecurityAudit' },
    },
  },
  {
    name: 'plan: a managed policy attached to an existing user',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [created('aws_iam_user_policy_attachment.alice', { user: 'alice', policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }, { id: true })],
    },
    expect: { 'aws_iam_user_policy_attachment.alice': { status: 'NON_COMPLIANT', messageId: 'managedPolicy' } },
  },
] satisfies RuleCase[];
