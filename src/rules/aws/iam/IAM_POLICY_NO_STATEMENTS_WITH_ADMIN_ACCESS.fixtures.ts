import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** An EC2 trust policy as a plan gives it (jsonencode output). */
const TRUST_JSON = '{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"}}],"Version":"2012-10-17"}';

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
      // The role legacy-ops lives elsewhere: its own policies are not known (the attached one is judged on LegacyAdmin).
      'LegacyAdmin#Roles[0]': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', messageIncludes: 'role legacy-ops is not declared in this input' },
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
    name: 'every action on a resource named by its ARN attribute, which is never "*"',
    template: `
Parameters:
  Target: { Type: String }
Resources:
  Worker:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: ec2.amazonaws.com }
            Action: sts:AssumeRole
  OwnRole:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: own-role
      Roles: [!Ref Worker]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: '*'
            Resource: !GetAtt Worker.Arn
  FromParameter:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: '*'
            Resource: !Ref Target
`,
    inputs: { parameters: {}, deployTimeParameters: true },
    expect: {
      Worker: 'COMPLIANT',
      OwnRole: 'COMPLIANT',
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownStatement', messageIncludes: 'Target' },
    },
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
      // Both policies name the group ops, which lives elsewhere: one partial group, named after the first.
      'RegionalEffect#Groups[0]': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy' },
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
  // Terraform (HCL): policies as jsonencode, inline_policy blocks, attachments merged into their role.
  {
    name: 'hcl: an admin aws_iam_policy, a scoped one, an admin inline_policy and AdministratorAccess attached to a role',
    hcl: `
resource "aws_iam_policy" "admin" {
  name = "admin"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Sid = "Everything", Effect = "Allow", Action = "*", Resource = "*" }]
  })
}

resource "aws_iam_policy" "s3" {
  name = "s3"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:*"], Resource = "*" }]
  })
}

resource "aws_iam_role" "inline_admin" {
  name = "inline-admin"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })

  inline_policy {
    name = "all"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = ["*"], Resource = ["*"] }]
    })
  }
}

resource "aws_iam_role" "attached_admin" {
  name = "attached-admin"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy_attachment" "attached_admin" {
  role       = aws_iam_role.attached_admin.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_role" "scoped" {
  name = "scoped"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy_attachment" "scoped" {
  role       = aws_iam_role.scoped.name
  policy_arn = aws_iam_policy.s3.arn
}
`,
    expect: {
      'aws_iam_policy.admin': { status: 'NON_COMPLIANT', messageId: 'adminStatement', path: ['PolicyDocument', 'Statement', 0], messageIncludes: 'Everything' },
      'aws_iam_policy.s3': 'COMPLIANT',
      'aws_iam_role.inline_admin': { status: 'NON_COMPLIANT', messageId: 'adminStatement', messageIncludes: 'inline policy all' },
      'aws_iam_role.attached_admin': { status: 'NON_COMPLIANT', messageId: 'adminManagedPolicy', path: ['ManagedPolicyArns', 0] },
      'aws_iam_role.scoped': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: for_each policies, an aws_iam_role_policy in a local module, a counted user attachment',
    hcl: {
      'main.tf': `
locals {
  policies = {
    readonly = ["ec2:Describe*", "s3:Get*"]
    full     = ["*"]
  }
}

resource "aws_iam_policy" "team" {
  for_each = local.policies
  name     = each.key
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = each.value, Resource = "*" }]
  })
}

resource "aws_iam_user" "ops" {
  count = 2
  name  = "ops-\${count.index}"
}

resource "aws_iam_user_policy_attachment" "ops" {
  count      = 2
  user       = aws_iam_user.ops[count.index].name
  policy_arn = count.index == 0 ? "arn:aws:iam::aws:policy/ReadOnlyAccess" : "arn:aws:iam::aws:policy/AdministratorAccess"
}

module "app" {
  source  = "./modules/app"
  actions = ["*"]
}
`,
      'modules/app/main.tf': `
variable "actions" { type = list(string) }

resource "aws_iam_role" "this" {
  name = "app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy" "this" {
  name = "app"
  role = aws_iam_role.this.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = var.actions, Resource = "*" }]
  })
}
`,
    },
    expect: {
      'aws_iam_policy.team["readonly"]': 'COMPLIANT',
      'aws_iam_policy.team["full"]': { status: 'NON_COMPLIANT', messageId: 'adminStatement' },
      'aws_iam_user.ops[0]': 'COMPLIANT',
      'aws_iam_user.ops[1]': { status: 'NON_COMPLIANT', messageId: 'adminManagedPolicy' },
      'module.app.aws_iam_role.this': { status: 'NON_COMPLIANT', messageId: 'adminStatement', messageIncludes: 'inline policy app' },
    },
  },
  {
    name: 'hcl: a policy document from a data source (computed locally), actions from a variable without default, an attached ARN from a variable',
    hcl: `
variable "actions" { type = list(string) }
variable "extra_policy_arn" { type = string }

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
    Statement = [{ Effect = "Allow", Action = var.actions, Resource = "*" }]
  })
}

resource "aws_iam_group" "ops" {
  name = "ops"
}

resource "aws_iam_group_policy_attachment" "ops" {
  group      = aws_iam_group.ops.name
  policy_arn = var.extra_policy_arn
}
`,
    expect: {
      'aws_iam_policy.generated': 'COMPLIANT',
      // Only the Action is unknown: the statement is undecided, not the whole policy.
      'aws_iam_policy.by_var': { status: 'INSUFFICIENT_DATA', messageId: 'unknownStatement', path: ['PolicyDocument', 'Statement', 0] },
      'aws_iam_group.ops': { status: 'INSUFFICIENT_DATA', messageId: 'unknownManagedPolicy' },
    },
  },
  {
    name: 'hcl: awscc_iam_managed_policy granting everything, awscc_iam_role with a scoped inline policy',
    hcl: `
resource "awscc_iam_managed_policy" "admin" {
  managed_policy_name = "admin"
  policy_document = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}

resource "awscc_iam_role" "reader" {
  role_name = "reader"
  assume_role_policy_document = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
  policies = [{
    policy_name = "read"
    policy_document = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }]
    })
  }]
}
`,
    expect: {
      'awscc_iam_managed_policy.admin': { status: 'NON_COMPLIANT', messageId: 'adminStatement' },
      'awscc_iam_role.reader': 'COMPLIANT',
    },
  },
  // Terraform plan JSON: policies are JSON text; an aws_iam_role's managed_policy_arns and inline_policy are computed.
  {
    name: 'plan: an admin aws_iam_policy, AdministratorAccess attached to a role, a role with a scoped inline_policy',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_iam_policy.admin', mode: 'managed', type: 'aws_iam_policy', name: 'admin', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { description: null, name: 'admin', path: '/', policy: '{"Statement":[{"Action":"*","Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}', tags: null },
            after_unknown: { arn: true, attachment_count: true, id: true, name_prefix: true, policy_id: true, tags_all: true },
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
        {
          address: 'aws_iam_role.ops', mode: 'managed', type: 'aws_iam_role', name: 'ops', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { assume_role_policy: TRUST_JSON, description: null, force_detach_policies: false, max_session_duration: 3600, name: 'ops', path: '/', permissions_boundary: null, tags: null },
            after_unknown: { arn: true, create_date: true, id: true, inline_policy: true, managed_policy_arns: true, name_prefix: true, tags_all: true, unique_id: true },
            before_sensitive: false, after_sensitive: { inline_policy: [], managed_policy_arns: [], tags_all: {} },
          },
        },
        {
          address: 'aws_iam_role_policy_attachment.ops', mode: 'managed', type: 'aws_iam_role_policy_attachment', name: 'ops', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess', role: 'ops' },
            after_unknown: { id: true },
            before_sensitive: false, after_sensitive: {},
          },
        },
        {
          address: 'aws_iam_role.reader', mode: 'managed', type: 'aws_iam_role', name: 'reader', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: {
              assume_role_policy: TRUST_JSON, description: null, force_detach_policies: false, max_session_duration: 3600, name: 'reader', path: '/', permissions_boundary: null, tags: null,
              inline_policy: [{ name: 'read', policy: '{"Statement":[{"Action":["s3:GetObject","s3:ListBucket"],"Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}' }],
            },
            after_unknown: { arn: true, create_date: true, id: true, inline_policy: [{}], managed_policy_arns: true, name_prefix: true, tags_all: true, unique_id: true },
            before_sensitive: false, after_sensitive: { inline_policy: [{}], managed_policy_arns: [], tags_all: {} },
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_iam_policy.admin', mode: 'managed', type: 'aws_iam_policy', name: 'admin', expressions: { name: { constant_value: 'admin' }, policy: {} } },
            { address: 'aws_iam_role.ops', mode: 'managed', type: 'aws_iam_role', name: 'ops', expressions: { name: { constant_value: 'ops' }, assume_role_policy: {} } },
            {
              address: 'aws_iam_role_policy_attachment.ops', mode: 'managed', type: 'aws_iam_role_policy_attachment', name: 'ops',
              expressions: { policy_arn: { constant_value: 'arn:aws:iam::aws:policy/AdministratorAccess' }, role: { references: ['aws_iam_role.ops.name', 'aws_iam_role.ops'] } },
            },
            { address: 'aws_iam_role.reader', mode: 'managed', type: 'aws_iam_role', name: 'reader', expressions: { name: { constant_value: 'reader' }, assume_role_policy: {}, inline_policy: [{ name: { constant_value: 'read' }, policy: {} }] } },
          ],
        },
      },
    },
    expect: {
      'aws_iam_policy.admin': { status: 'NON_COMPLIANT', messageId: 'adminStatement' },
      'aws_iam_role.ops': { status: 'NON_COMPLIANT', messageId: 'adminManagedPolicy', path: ['ManagedPolicyArns', 0] },
      'aws_iam_role.reader': 'COMPLIANT',
    },
  },
  {
    name: 'plan: a policy document and an attached policy ARN known only after apply',
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
        {
          address: 'aws_iam_role.ci', mode: 'managed', type: 'aws_iam_role', name: 'ci', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { assume_role_policy: TRUST_JSON, description: null, force_detach_policies: false, max_session_duration: 3600, name: 'ci', path: '/', permissions_boundary: null, tags: null },
            after_unknown: { arn: true, create_date: true, id: true, inline_policy: true, managed_policy_arns: true, name_prefix: true, tags_all: true, unique_id: true },
            before_sensitive: false, after_sensitive: { inline_policy: [], managed_policy_arns: [], tags_all: {} },
          },
        },
        {
          address: 'aws_iam_role_policy_attachment.ci', mode: 'managed', type: 'aws_iam_role_policy_attachment', name: 'ci', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { role: 'ci' },
            after_unknown: { id: true, policy_arn: true },
            before_sensitive: false, after_sensitive: {},
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_iam_policy.generated', mode: 'managed', type: 'aws_iam_policy', name: 'generated', expressions: { name: { constant_value: 'generated' }, policy: { references: ['data.aws_iam_policy_document.generated.json', 'data.aws_iam_policy_document.generated'] } } },
            { address: 'aws_iam_role.ci', mode: 'managed', type: 'aws_iam_role', name: 'ci', expressions: { name: { constant_value: 'ci' }, assume_role_policy: {} } },
            {
              address: 'aws_iam_role_policy_attachment.ci', mode: 'managed', type: 'aws_iam_role_policy_attachment', name: 'ci',
              expressions: { policy_arn: { references: ['data.aws_iam_policy.selected.arn', 'data.aws_iam_policy.selected'] }, role: { references: ['aws_iam_role.ci.name', 'aws_iam_role.ci'] } },
            },
          ],
        },
      },
    },
    expect: {
      'aws_iam_policy.generated': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy' },
      'aws_iam_role.ci': { status: 'INSUFFICIENT_DATA', messageId: 'unknownManagedPolicy' },
    },
  },
  // Policies on principals the input does not declare: the principal is judged as a partial owner.
  {
    name: 'policies naming principals the template does not declare: the policy is judged, the principal\'s own policies are not known',
    template: `
Resources:
  OpsAdmin:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: ops-admin
      Roles: [existing-ops]
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: '*', Resource: '*' }] }
  AliceReads:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Users: [alice]
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 's3:GetObject', Resource: '*' }] }
`,
    expect: {
      OpsAdmin: { status: 'NON_COMPLIANT', messageId: 'adminStatement' },
      'OpsAdmin#Roles[0]': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', messageIncludes: 'role existing-ops is not declared in this input' },
      AliceReads: 'COMPLIANT',
      'AliceReads#Users[0]': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy' },
    },
  },
  {
    name: 'hcl: inline policies and attachments on principals the configuration does not declare (a literal, a variable, a data source)',
    hcl: `
variable "user_name" { type = string }

data "aws_iam_group" "admins" {
  group_name = "admins"
}

locals {
  everything = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
}

resource "aws_iam_role_policy" "deployer" {
  role   = "existing-deployer"
  policy = local.everything
}

resource "aws_iam_user_policy" "from_variable" {
  user   = var.user_name
  policy = local.everything
}

resource "aws_iam_group_policy" "admins" {
  group  = data.aws_iam_group.admins.group_name
  policy = local.everything
}

resource "aws_iam_role_policy_attachment" "ci" {
  role       = "ci"
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_user_policy_attachment" "bob" {
  user       = "bob"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
`,
    expect: {
      'aws_iam_role_policy.deployer': { status: 'NON_COMPLIANT', messageId: 'adminStatement' },
      'aws_iam_user_policy.from_variable': { status: 'NON_COMPLIANT', messageId: 'adminStatement' },
      'aws_iam_group_policy.admins': { status: 'NON_COMPLIANT', messageId: 'adminStatement' },
      'aws_iam_role_policy_attachment.ci': { status: 'NON_COMPLIANT', messageId: 'adminManagedPolicy' },
      'aws_iam_user_policy_attachment.bob': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy' },
    },
  },
  {
    name: 'plan: an inline policy and an attachment on existing principals',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_iam_role_policy.deployer', { role: 'existing-deployer', name: 'everything', policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}' }, { id: true, name_prefix: true }),
        created('aws_iam_group_policy_attachment.admins', { group: 'admins', policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess' }, { id: true }),
        created('aws_iam_user_policy.carol', { user: 'carol', name: 'reads', policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}' }, { id: true, name_prefix: true }),
      ],
    },
    expect: {
      'aws_iam_role_policy.deployer': { status: 'NON_COMPLIANT', messageId: 'adminStatement', messageIncludes: 'inline policy everything of aws_iam_role_policy.deployer' },
      'aws_iam_group_policy_attachment.admins': { status: 'NON_COMPLIANT', messageId: 'adminManagedPolicy' },
      'aws_iam_user_policy.carol': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy' },
    },
  },
  {
    name: 'an identity policy statement naming neither Resource nor NotResource is one IAM refuses: not known, never compliant; a trust policy needs none',
    template: `
Resources:
  NoResourceAllow:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: '*'
  DenyOnly:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Deny
            Action: 's3:DeleteBucket'
  InlineWithoutResource:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: 'sts:AssumeRole' }]
      Policies:
        - PolicyName: reads
          PolicyDocument:
            Statement: [{ Effect: Allow, Action: 's3:GetObject' }]
  TrustOnly:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: 'sts:AssumeRole' }]
      Policies:
        - PolicyName: reads
          PolicyDocument:
            Statement: [{ Effect: Allow, Action: 's3:GetObject', NotResource: 'arn:aws:s3:::secrets/*' }]
`,
    expect: {
      NoResourceAllow: { status: 'INSUFFICIENT_DATA', messageIncludes: 'Resource or NotResource' },
      DenyOnly: { status: 'INSUFFICIENT_DATA', messageIncludes: 'Resource or NotResource' },
      InlineWithoutResource: { status: 'INSUFFICIENT_DATA', messageIncludes: 'Resource or NotResource' },
      TrustOnly: 'COMPLIANT',
    },
  },
  {
    name: 'an identity policy statement whose Resource is not known yet stays not known, not malformed',
    template: `
Parameters:
  Target:
    Type: String
Resources:
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Statement: [{ Effect: Allow, Action: '*', Resource: !Ref Target }]
`,
    expect: { Policy: { status: 'INSUFFICIENT_DATA', messageId: 'unknownStatement' } },
  },
  {
    name: 'hcl: aws_iam_policy and aws_iam_role_policy statements without a resource',
    hcl: `
resource "aws_iam_policy" "no_resource" {
  name   = "no-resource"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "*" }] })
}

resource "aws_iam_role" "r" {
  name               = "r"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}

resource "aws_iam_role_policy" "deny_only" {
  role   = aws_iam_role.r.id
  name   = "deny-only"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Deny", Action = "s3:DeleteBucket" }] })
}

resource "aws_iam_policy" "scoped" {
  name   = "scoped"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::acme/*" }] })
}
`,
    expect: {
      'aws_iam_policy.no_resource': { status: 'INSUFFICIENT_DATA', messageIncludes: 'Resource or NotResource' },
      // The role's inline policy is judged on the role.
      'aws_iam_role.r': { status: 'INSUFFICIENT_DATA', messageIncludes: 'Resource or NotResource' },
      'aws_iam_policy.scoped': 'COMPLIANT',
    },
  },
  {
    name: 'plan: an aws_iam_policy whose statement names no resource',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_iam_policy.no_resource', { name: 'no-resource', path: '/', policy: '{"Statement":[{"Action":"*","Effect":"Allow"}],"Version":"2012-10-17"}' }, { arn: true, id: true }),
      ],
    },
    expect: { 'aws_iam_policy.no_resource': { status: 'INSUFFICIENT_DATA', messageIncludes: 'Resource or NotResource' } },
  },
  {
    name: 'sam: an inline document beside a policy template is still read; a template alone is not known',
    template: `
Transform: AWS::Serverless-2016-10-31
Resources:
  Templated:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: python3.12
      InlineCode: "def handler(e, c): return e"
      Policies:
        - SQSPollerPolicy: { QueueName: orders }
  Mixed:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: python3.12
      InlineCode: "def handler(e, c): return e"
      Policies:
        - AWSLambdaVPCAccessExecutionRole
        - Statement: [{ Effect: Allow, Action: "*", Resource: "*" }]
        - DynamoDBReadPolicy: { TableName: orders }
  ManagedOnly:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: python3.12
      InlineCode: "def handler(e, c): return e"
      Policies: [AmazonS3ReadOnlyAccess]
`,
    expect: {
      TemplatedRole: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy', messageIncludes: 'SQSPollerPolicy' },
      MixedRole: { status: 'NON_COMPLIANT', messageId: 'adminStatement' },
      ManagedOnlyRole: 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
