import { created } from '../../plan-fixtures.js';
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
  // Terraform (HCL): permissions_boundary on aws_iam_role and aws_iam_user.
  {
    name: 'hcl: a role with a boundary from an aws_iam_policy, a user with a literal boundary, a user without',
    hcl: `
resource "aws_iam_policy" "boundary" {
  name = "developer-boundary"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:*", "logs:*"], Resource = "*" }]
  })
}

resource "aws_iam_role" "app" {
  name                 = "app"
  permissions_boundary = aws_iam_policy.boundary.arn
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_user" "alice" {
  name                 = "alice"
  permissions_boundary = "arn:aws:iam::123456789012:policy/developer-boundary"
}

resource "aws_iam_user" "bob" {
  name = "bob"
}
`,
    expect: {
      'aws_iam_role.app': { status: 'COMPLIANT', messageId: 'set', path: ['PermissionsBoundary'], messageIncludes: 'aws_iam_policy.boundary' },
      'aws_iam_user.alice': { status: 'COMPLIANT', messageId: 'set' },
      'aws_iam_user.bob': { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
  {
    name: 'hcl: approved boundaries, counted users and a role in a local module',
    params: { permissionsBoundaryArns: ['arn:aws:iam::123456789012:policy/approved-boundary'] },
    hcl: {
      'main.tf': `
variable "users" { default = ["carol", "dave"] }

resource "aws_iam_user" "team" {
  count                = length(var.users)
  name                 = var.users[count.index]
  permissions_boundary = count.index == 0 ? "arn:aws:iam::123456789012:policy/approved-boundary" : "arn:aws:iam::123456789012:policy/legacy-boundary"
}

module "ci" {
  source   = "./modules/role"
  boundary = "arn:aws:iam::123456789012:policy/approved-boundary"
}

module "legacy" {
  source   = "./modules/role"
  boundary = null
}
`,
      'modules/role/main.tf': `
variable "boundary" {
  type    = string
  default = null
}

resource "aws_iam_role" "this" {
  name                 = "ci"
  permissions_boundary = var.boundary
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "codebuild.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}
`,
    },
    expect: {
      'aws_iam_user.team[0]': 'COMPLIANT',
      'aws_iam_user.team[1]': { status: 'NON_COMPLIANT', messageId: 'notApproved', messageIncludes: 'legacy-boundary' },
      'module.ci.aws_iam_role.this': 'COMPLIANT',
      'module.legacy.aws_iam_role.this': { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
  {
    name: 'hcl: a boundary from a variable without default or a new policy, checked against approved boundaries',
    params: { permissionsBoundaryArns: ['arn:aws:iam::123456789012:policy/approved-boundary'] },
    hcl: `
variable "boundary_arn" { type = string }

resource "aws_iam_policy" "boundary" {
  name   = "new-boundary"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "*" }] })
}

resource "aws_iam_user" "from_var" {
  name                 = "from-var"
  permissions_boundary = var.boundary_arn
}

resource "aws_iam_user" "from_policy" {
  name                 = "from-policy"
  permissions_boundary = aws_iam_policy.boundary.arn
}
`,
    expect: {
      'aws_iam_user.from_var': { status: 'INSUFFICIENT_DATA', messageId: 'unknownBoundary' },
      'aws_iam_user.from_policy': { status: 'INSUFFICIENT_DATA', messageId: 'unknownBoundary' },
    },
  },
  {
    name: 'hcl: awscc_iam_role with a boundary, awscc_iam_user without',
    hcl: `
resource "awscc_iam_role" "app" {
  role_name            = "app"
  permissions_boundary = "arn:aws:iam::123456789012:policy/developer-boundary"
  assume_role_policy_document = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "awscc_iam_user" "ops" {
  user_name = "ops"
}
`,
    expect: {
      'awscc_iam_role.app': { status: 'COMPLIANT', messageId: 'set' },
      'awscc_iam_user.ops': { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
  // Terraform plan JSON.
  {
    name: 'plan: a role whose boundary is a new policy (by reference), a user without a boundary',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_iam_policy.boundary', mode: 'managed', type: 'aws_iam_policy', name: 'boundary', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { description: null, name: 'developer-boundary', path: '/', policy: '{"Statement":[{"Action":["s3:*","logs:*"],"Effect":"Allow","Resource":"*"}],"Version":"2012-10-17"}', tags: null },
            after_unknown: { arn: true, attachment_count: true, id: true, name_prefix: true, policy_id: true, tags_all: true },
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
        {
          address: 'aws_iam_role.app', mode: 'managed', type: 'aws_iam_role', name: 'app', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { assume_role_policy: '{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"}}],"Version":"2012-10-17"}', description: null, force_detach_policies: false, max_session_duration: 3600, name: 'app', path: '/', tags: null },
            after_unknown: { arn: true, create_date: true, id: true, inline_policy: true, managed_policy_arns: true, name_prefix: true, permissions_boundary: true, tags_all: true, unique_id: true },
            before_sensitive: false, after_sensitive: { inline_policy: [], managed_policy_arns: [], tags_all: {} },
          },
        },
        {
          address: 'aws_iam_user.bob', mode: 'managed', type: 'aws_iam_user', name: 'bob', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { force_destroy: false, name: 'bob', path: '/', permissions_boundary: null, tags: null },
            after_unknown: { arn: true, id: true, tags_all: true, unique_id: true },
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_iam_policy.boundary', mode: 'managed', type: 'aws_iam_policy', name: 'boundary', expressions: { name: { constant_value: 'developer-boundary' }, policy: {} } },
            {
              address: 'aws_iam_role.app', mode: 'managed', type: 'aws_iam_role', name: 'app',
              expressions: { name: { constant_value: 'app' }, assume_role_policy: {}, permissions_boundary: { references: ['aws_iam_policy.boundary.arn', 'aws_iam_policy.boundary'] } },
            },
            { address: 'aws_iam_user.bob', mode: 'managed', type: 'aws_iam_user', name: 'bob', expressions: { name: { constant_value: 'bob' } } },
          ],
        },
      },
    },
    expect: {
      'aws_iam_role.app': { status: 'COMPLIANT', messageId: 'set', messageIncludes: 'aws_iam_policy.boundary' },
      'aws_iam_user.bob': { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
  {
    name: 'plan: approved boundaries; one known, one not approved, one known only after apply',
    params: { permissionsBoundaryArns: ['arn:aws:iam::123456789012:policy/approved-boundary'] },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        {
          address: 'aws_iam_user.carol', mode: 'managed', type: 'aws_iam_user', name: 'carol', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { force_destroy: false, name: 'carol', path: '/', permissions_boundary: 'arn:aws:iam::123456789012:policy/approved-boundary', tags: null },
            after_unknown: { arn: true, id: true, tags_all: true, unique_id: true },
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
        {
          address: 'aws_iam_user.dave', mode: 'managed', type: 'aws_iam_user', name: 'dave', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['update'],
            before: { arn: 'arn:aws:iam::123456789012:user/dave', force_destroy: false, id: 'dave', name: 'dave', path: '/', permissions_boundary: null, tags: {}, tags_all: {}, unique_id: 'AIDAEXAMPLEDAVE00001' },
            after: { arn: 'arn:aws:iam::123456789012:user/dave', force_destroy: false, id: 'dave', name: 'dave', path: '/', permissions_boundary: 'arn:aws:iam::123456789012:policy/legacy-boundary', tags: {}, tags_all: {}, unique_id: 'AIDAEXAMPLEDAVE00001' },
            after_unknown: { tags: {}, tags_all: {} },
            before_sensitive: { tags: {}, tags_all: {} }, after_sensitive: { tags: {}, tags_all: {} },
          },
        },
        {
          address: 'aws_iam_user.erin', mode: 'managed', type: 'aws_iam_user', name: 'erin', provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['create'], before: null,
            after: { force_destroy: false, name: 'erin', path: '/', tags: null },
            after_unknown: { arn: true, id: true, permissions_boundary: true, tags_all: true, unique_id: true },
            before_sensitive: false, after_sensitive: { tags_all: {} },
          },
        },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_iam_user.carol', mode: 'managed', type: 'aws_iam_user', name: 'carol', expressions: { name: { constant_value: 'carol' }, permissions_boundary: { constant_value: 'arn:aws:iam::123456789012:policy/approved-boundary' } } },
            { address: 'aws_iam_user.dave', mode: 'managed', type: 'aws_iam_user', name: 'dave', expressions: { name: { constant_value: 'dave' }, permissions_boundary: { constant_value: 'arn:aws:iam::123456789012:policy/legacy-boundary' } } },
            { address: 'aws_iam_user.erin', mode: 'managed', type: 'aws_iam_user', name: 'erin', expressions: { name: { constant_value: 'erin' }, permissions_boundary: { references: ['aws_iam_policy.boundary.arn', 'aws_iam_policy.boundary'] } } },
          ],
        },
      },
    },
    expect: {
      'aws_iam_user.carol': 'COMPLIANT',
      'aws_iam_user.dave': { status: 'NON_COMPLIANT', messageId: 'notApproved', messageIncludes: 'legacy-boundary' },
      'aws_iam_user.erin': { status: 'INSUFFICIENT_DATA', messageId: 'unknownBoundary' },
    },
  },
  // A principal the input does not declare: its permissions boundary is not known.
  {
    name: 'an inline policy on a role the template does not declare: its boundary is not known',
    template: `
Resources:
  DeployerPolicy:
    Type: AWS::IAM::RolePolicy
    Properties:
      RoleName: existing-deployer
      PolicyName: deploy
      PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: Allow, Action: 'cloudformation:*', Resource: '*' }] }
`,
    expect: { 'DeployerPolicy#RoleName': { status: 'INSUFFICIENT_DATA', messageId: 'unknownBoundary', messageIncludes: 'role existing-deployer is not declared in this input' } },
  },
  {
    name: 'hcl: attachments on a role and a user the configuration does not declare',
    hcl: `
resource "aws_iam_role_policy_attachment" "deployer" {
  role       = "existing-deployer"
  policy_arn = "arn:aws:iam::aws:policy/PowerUserAccess"
}

resource "aws_iam_user_policy" "alice" {
  user   = "alice"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })
}
`,
    expect: {
      'aws_iam_role_policy_attachment.deployer': { status: 'INSUFFICIENT_DATA', messageId: 'unknownBoundary' },
      'aws_iam_user_policy.alice': { status: 'INSUFFICIENT_DATA', messageId: 'unknownBoundary' },
    },
  },
  {
    name: 'plan: an attachment on an existing role',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [created('aws_iam_role_policy_attachment.deployer', { role: 'existing-deployer', policy_arn: 'arn:aws:iam::aws:policy/PowerUserAccess' }, { id: true })],
    },
    expect: { 'aws_iam_role_policy_attachment.deployer': { status: 'INSUFFICIENT_DATA', messageId: 'unknownBoundary' } },
  },
] satisfies RuleCase[];
