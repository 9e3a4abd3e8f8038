import { created } from '../../plan-fixtures.js';
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
    expect: {
      AdminPolicy: 'COMPLIANT',
      // The group admins lives elsewhere: whether its own inline policies require MFA is not known.
      'AdminPolicy#Groups[0]': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', messageIncludes: 'group admins is not declared in this input' },
    },
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
      'BuildPolicy#RoleName': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy' },
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
      'RegionalEffect#Roles[0]': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy' },
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
  // Terraform (HCL): jsonencode policies; inline policies merged into their principal; a boundary is not checked.
  {
    name: 'hcl: policies with and without an MFA condition, an aws_iam_user_policy, a boundary policy',
    hcl: `
resource "aws_iam_policy" "mfa" {
  name = "mfa-admin"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "ec2:*"
      Resource  = "*"
      Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }
    }]
  })
}

resource "aws_iam_policy" "plain" {
  name = "plain"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Sid = "Terminate", Effect = "Allow", Action = "ec2:TerminateInstances", Resource = "*" }]
  })
}

resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_user_policy" "alice" {
  name = "s3"
  user = aws_iam_user.alice.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "*" }]
  })
}

resource "aws_iam_policy" "boundary" {
  name = "boundary"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}

resource "aws_iam_role" "bounded" {
  name                 = "bounded"
  permissions_boundary = aws_iam_policy.boundary.arn
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "sts:AssumeRole" }]
  })
}
`,
    expect: {
      'aws_iam_policy.mfa': { status: 'COMPLIANT', messageId: 'requiresMfa' },
      'aws_iam_policy.plain': { status: 'NON_COMPLIANT', messageId: 'noMfa', path: ['PolicyDocument', 'Statement', 0], messageIncludes: 'Terminate' },
      'aws_iam_user.alice': { status: 'NON_COMPLIANT', messageId: 'noMfa', messageIncludes: 'inline policy s3 of aws_iam_user.alice' },
      'aws_iam_policy.boundary': { status: 'NOT_APPLICABLE', messageId: 'boundary' },
      'aws_iam_role.bounded': { status: 'NOT_APPLICABLE', messageId: 'noPolicies' },
    },
  },
  {
    name: 'hcl: for_each group policies, counted policies and an inline_policy in a local module',
    hcl: {
      'main.tf': `
variable "max_mfa_age" { default = [3600, 0] }

resource "aws_iam_group" "ops" {
  name = "ops"
}

resource "aws_iam_group_policy" "ops" {
  for_each = { ec2 = true, logs = false }
  name     = each.key
  group    = aws_iam_group.ops.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [merge(
      { Effect = "Allow", Action = "\${each.key}:*", Resource = "*" },
      each.value ? { Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "true" } } } : {}
    )]
  })
}

resource "aws_iam_policy" "aged" {
  count = length(var.max_mfa_age)
  name  = "aged-\${count.index}"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [merge(
      { Effect = "Allow", Action = "rds:*", Resource = "*" },
      var.max_mfa_age[count.index] > 0 ? { Condition = { NumericLessThan = { "aws:MultiFactorAuthAge" = var.max_mfa_age[count.index] } } } : {}
    )]
  })
}

module "breakglass" {
  source = "./modules/role"
}
`,
      'modules/role/main.tf': `
resource "aws_iam_role" "this" {
  name = "breakglass"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "sts:AssumeRole" }]
  })

  inline_policy {
    name = "mfa-only"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [{
        Effect    = "Allow"
        Action    = "*"
        Resource  = "*"
        Condition = { Null = { "aws:MultiFactorAuthAge" = "false" } }
      }]
    })
  }
}
`,
    },
    expect: {
      'aws_iam_group.ops': { status: 'NON_COMPLIANT', messageId: 'noMfa', messageIncludes: 'inline policy logs' },
      'aws_iam_policy.aged[0]': 'COMPLIANT',
      'aws_iam_policy.aged[1]': { status: 'NON_COMPLIANT', messageId: 'noMfa' },
      'module.breakglass.aws_iam_role.this': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a policy from a data source is computed locally; a condition value from a variable without default is not known',
    hcl: `
variable "require_mfa" { type = string }

data "aws_iam_policy_document" "generated" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "generated" {
  name   = "generated"
  policy = data.aws_iam_policy_document.generated.json
}

resource "aws_iam_policy" "by_var" {
  name = "by-var"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "ec2:*", Resource = "*", Condition = { Bool = { "aws:MultiFactorAuthPresent" = var.require_mfa } } }]
  })
}
`,
    expect: {
      'aws_iam_policy.generated': { status: 'NON_COMPLIANT', messageId: 'noMfa', path: ['PolicyDocument', 'Statement', 0] },
      'aws_iam_policy.by_var': { status: 'INSUFFICIENT_DATA', messageId: 'unknownStatement', path: ['PolicyDocument', 'Statement', 0] },
    },
  },
  {
    name: 'hcl: awscc_iam_managed_policy with MFA, awscc_iam_user with an inline policy without',
    hcl: `
resource "awscc_iam_managed_policy" "mfa" {
  managed_policy_name = "mfa"
  policy_document = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "iam:*", Resource = "*", Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } } }]
  })
}

resource "awscc_iam_user" "dev" {
  user_name = "dev"
  policies = [{
    policy_name = "dev"
    policy_document = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "lambda:*", Resource = "*" }]
    })
  }]
}
`,
    expect: {
      'awscc_iam_managed_policy.mfa': 'COMPLIANT',
      'awscc_iam_user.dev': { status: 'NON_COMPLIANT', messageId: 'noMfa', path: ['Policies', 0, 'PolicyDocument', 'Statement', 0] },
    },
  },
  // Terraform plan JSON.
  {
    name: 'plan: a policy requiring MFA, a role inline_policy and an aws_iam_role_policy without',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_iam_policy.mfa', mode: 'managed', type: 'aws_iam_policy', name: 'mfa', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { description: null, name: 'mfa', path: '/', policy: '{"Statement":[{"Action":"ec2:*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}},"Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}', tags: null },
            after_unknown: { arn: true, attachment_count: true, id: true, name_prefix: true, policy_id: true, tags_all: true },
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
        {
          address: 'aws_iam_role.app', mode: 'managed', type: 'aws_iam_role', name: 'app', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: {
              assume_role_policy: '{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"}}],"Version":"2012-10-17"}', description: null, force_detach_policies: false, max_session_duration: 3600, name: 'app', path: '/', permissions_boundary: null, tags: null,
              inline_policy: [{ name: 'logs', policy: '{"Statement":[{"Action":["logs:CreateLogStream","logs:PutLogEvents"],"Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}' }],
            },
            after_unknown: { arn: true, create_date: true, id: true, inline_policy: [{}], managed_policy_arns: true, name_prefix: true, tags_all: true, unique_id: true },
            before_sensitive: false, after_sensitive: { inline_policy: [{}], managed_policy_arns: [], tags_all: {} },
          },
        },
        {
          address: 'aws_iam_role.ci', mode: 'managed', type: 'aws_iam_role', name: 'ci', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { assume_role_policy: '{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"codebuild.amazonaws.com"}}],"Version":"2012-10-17"}', description: null, force_detach_policies: false, max_session_duration: 3600, name: 'ci', path: '/', permissions_boundary: null, tags: null },
            after_unknown: { arn: true, create_date: true, id: true, inline_policy: true, managed_policy_arns: true, name_prefix: true, tags_all: true, unique_id: true },
            before_sensitive: false, after_sensitive: { inline_policy: [], managed_policy_arns: [], tags_all: {} },
          },
        },
        {
          address: 'aws_iam_role_policy.ci', mode: 'managed', type: 'aws_iam_role_policy', name: 'ci', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { name: 'deploy', name_prefix: null, policy: '{"Statement":[{"Action":"cloudformation:*","Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}' },
            after_unknown: { id: true, role: true },
            before_sensitive: false, after_sensitive: {},
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_iam_policy.mfa', mode: 'managed', type: 'aws_iam_policy', name: 'mfa', expressions: { name: { constant_value: 'mfa' }, policy: {} } },
            { address: 'aws_iam_role.app', mode: 'managed', type: 'aws_iam_role', name: 'app', expressions: { name: { constant_value: 'app' }, assume_role_policy: {}, inline_policy: [{ name: { constant_value: 'logs' }, policy: {} }] } },
            { address: 'aws_iam_role.ci', mode: 'managed', type: 'aws_iam_role', name: 'ci', expressions: { name: { constant_value: 'ci' }, assume_role_policy: {} } },
            { address: 'aws_iam_role_policy.ci', mode: 'managed', type: 'aws_iam_role_policy', name: 'ci', expressions: { name: { constant_value: 'deploy' }, policy: {}, role: { references: ['aws_iam_role.ci.id', 'aws_iam_role.ci'] } } },
          ],
        },
      },
    },
    expect: {
      'aws_iam_policy.mfa': { status: 'COMPLIANT', messageId: 'requiresMfa' },
      'aws_iam_role.app': { status: 'NON_COMPLIANT', messageId: 'noMfa', path: ['Policies', 0, 'PolicyDocument', 'Statement', 0] },
      'aws_iam_role.ci': { status: 'NON_COMPLIANT', messageId: 'noMfa', messageIncludes: 'inline policy deploy' },
    },
  },
  {
    name: 'plan: a policy document known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_iam_policy.generated', mode: 'managed', type: 'aws_iam_policy', name: 'generated', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { description: null, name: 'generated', path: '/', tags: null },
            after_unknown: { arn: true, attachment_count: true, id: true, name_prefix: true, policy: true, policy_id: true, tags_all: true },
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_iam_policy.generated', mode: 'managed', type: 'aws_iam_policy', name: 'generated', expressions: { name: { constant_value: 'generated' }, policy: { references: ['data.aws_iam_policy_document.generated.json', 'data.aws_iam_policy_document.generated'] } } },
          ],
        },
      },
    },
    expect: { 'aws_iam_policy.generated': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy' } },
  },
  // Policies on principals the input does not declare, and documents with one value known only at deployment.
  {
    name: 'a policy naming a group the template does not declare; a !Sub JSON policy whose Resource is known at deployment',
    template: `
Resources:
  Data:
    Type: AWS::S3::Bucket
  AdminsPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Groups: [existing-admins]
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 'iam:*', Resource: '*' }] }
  ReadData:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: !Sub |
        {
          "Version": "2012-10-17",
          "Statement": [
            { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "\${Data.Arn}/*", "Condition": { "Bool": { "aws:MultiFactorAuthPresent": "true" } } },
            { "Effect": "Deny", "NotAction": "iam:EnableMFADevice", "Resource": "*", "Condition": { "BoolIfExists": { "aws:MultiFactorAuthPresent": "false" } } }
          ]
        }
`,
    expect: {
      AdminsPolicy: { status: 'NON_COMPLIANT', messageId: 'noMfa' },
      'AdminsPolicy#Groups[0]': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', messageIncludes: 'group existing-admins is not declared in this input' },
      ReadData: 'COMPLIANT',
    },
  },
  {
    name: 'hcl: inline policies on a user the configuration does not declare; a policy document data source and a heredoc with a reference inside',
    hcl: `
resource "aws_s3_bucket" "data" {
  bucket_prefix = "data-"
}

resource "aws_iam_user_policy" "alice_admin" {
  user   = "alice"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "iam:*", Resource = "*" }] })
}

resource "aws_iam_user_policy" "bob_with_mfa" {
  user   = "bob"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "iam:*", Resource = "*", Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } } }] })
}

data "aws_iam_policy_document" "read_data" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["\${aws_s3_bucket.data.arn}/*"]
    condition {
      test     = "Bool"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["true"]
    }
  }
  statement {
    effect      = "Deny"
    not_actions = ["iam:EnableMFADevice"]
    resources   = ["*"]
    condition {
      test     = "BoolIfExists"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["false"]
    }
  }
}

resource "aws_iam_policy" "read_data" {
  name   = "read-data"
  policy = data.aws_iam_policy_document.read_data.json
}

resource "aws_iam_policy" "write_data" {
  name   = "write-data"
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{ "Effect": "Allow", "Action": "s3:PutObject", "Resource": "\${aws_s3_bucket.data.arn}/*" }]
    }
  EOT
}
`,
    expect: {
      'aws_iam_user_policy.alice_admin': { status: 'NON_COMPLIANT', messageId: 'noMfa' },
      // The statement requires MFA; the user's other inline policies are not known.
      'aws_iam_user_policy.bob_with_mfa': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', messageIncludes: 'user bob is not declared in this input' },
      'aws_iam_policy.read_data': 'COMPLIANT',
      'aws_iam_policy.write_data': { status: 'NON_COMPLIANT', messageId: 'noMfa', path: ['PolicyDocument', 'Statement', 0] },
    },
  },
  {
    name: 'plan: a policy document read after apply (its Resource known only then), and an inline policy on an existing user',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_s3_bucket.data', { bucket_prefix: 'data-' }, { id: true, arn: true, bucket: true }),
        {
          address: 'data.aws_iam_policy_document.read_data', mode: 'data', type: 'aws_iam_policy_document', name: 'read_data', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['read'], before: null,
            after: { statement: [{ actions: ['s3:GetObject'], condition: [{ test: 'Bool', variable: 'aws:MultiFactorAuthPresent', values: ['true'] }], effect: 'Allow', not_actions: [], not_principals: [], not_resources: [], principals: [], sid: '' }] },
            after_unknown: { id: true, json: true, minified_json: true, statement: [{ actions: [false], condition: [{ values: [false] }], not_actions: [], not_principals: [], not_resources: [], principals: [], resources: true }] },
          },
        },
        created('aws_iam_policy.read_data', { name: 'read-data', path: '/' }, { id: true, arn: true, policy: true, policy_id: true }),
        created('aws_iam_user_policy.alice', { user: 'alice', name: 'admin', policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:*","Resource":"*"}]}' }, { id: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_iam_policy.read_data', mode: 'managed', type: 'aws_iam_policy', name: 'read_data', expressions: { name: { constant_value: 'read-data' }, policy: { references: ['data.aws_iam_policy_document.read_data.json', 'data.aws_iam_policy_document.read_data'] } } },
            {
              address: 'data.aws_iam_policy_document.read_data', mode: 'data', type: 'aws_iam_policy_document', name: 'read_data',
              expressions: { statement: [{ actions: { constant_value: ['s3:GetObject'] }, resources: { references: ['aws_s3_bucket.data.arn', 'aws_s3_bucket.data'] } }] },
            },
          ],
        },
      },
    },
    expect: {
      'aws_iam_policy.read_data': 'COMPLIANT',
      'aws_iam_user_policy.alice': { status: 'NON_COMPLIANT', messageId: 'noMfa' },
    },
  },
] satisfies RuleCase[];
