import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** A `resource_changes` entry that creates `address` (`module.m.aws_type.name[0]`), as `terraform show -json` writes it. */

const CLUSTER = `
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d, subnet-4e5f6a7b]`;

export default [
  {
    name: 'default log types: all present, one missing, none configured',
    template: `
Resources:
  AllRequired:${CLUSTER}
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: api
            - Type: audit
            - Type: authenticator
            - Type: scheduler
  NoAudit:${CLUSTER}
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: api
            - Type: authenticator
  NoLogging:${CLUSTER}
  EmptyList:${CLUSTER}
      Logging:
        ClusterLogging:
          EnabledTypes: []
`,
    expect: {
      AllRequired: 'COMPLIANT',
      NoAudit: { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'audit', path: ['Logging', 'ClusterLogging', 'EnabledTypes'] },
      NoLogging: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [] },
      EmptyList: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['Logging', 'ClusterLogging', 'EnabledTypes'] },
    },
  },
  {
    name: 'every log type required, as the AWS Config rule does',
    params: { logTypes: 'api,audit,authenticator,controllerManager,scheduler' },
    template: `
Resources:
  Everything:${CLUSTER}
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: api
            - Type: audit
            - Type: authenticator
            - Type: controllerManager
            - Type: scheduler
  ThreeOfFive:${CLUSTER}
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: api
            - Type: audit
            - Type: authenticator
`,
    expect: {
      Everything: 'COMPLIANT',
      ThreeOfFive: { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'controllerManager, scheduler' },
    },
  },
  {
    name: 'only audit logs required',
    params: { logTypes: ['audit'] },
    template: `
Resources:
  AuditOnly:${CLUSTER}
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: audit
`,
    expect: { AuditOnly: 'COMPLIANT' },
  },
  {
    name: 'log types from a mapping, a parameter default and a decidable condition',
    inputs: { parameters: { Stage: 'prod' } },
    template: `
Parameters:
  Stage: { Type: String, Default: dev }
  AuthLogType: { Type: String, Default: authenticator }
Mappings:
  LogTypes:
    Names: { Api: api, Audit: audit }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  Cluster:${CLUSTER}
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: !FindInMap [LogTypes, Names, Api]
            - Type: !Ref AuthLogType
            - !If [IsProd, { Type: !FindInMap [LogTypes, Names, Audit] }, !Ref AWS::NoValue]
`,
    expect: { Cluster: 'COMPLIANT' },
  },
  {
    name: 'a log type removed by a condition that does not hold',
    template: `
Parameters:
  Stage: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  Cluster:${CLUSTER}
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: api
            - Type: authenticator
            - !If [IsProd, { Type: audit }, !Ref AWS::NoValue]
`,
    expect: { Cluster: { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'audit' } },
  },
  {
    name: 'log types that can not be known before deployment',
    template: `
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  OneImportedType:${CLUSTER}
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: api
            - Type: authenticator
            - Type: !ImportValue platform-eks-extra-log-type
  TwoMissingOneUnknown:${CLUSTER}
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: api
            - Type: !ImportValue platform-eks-extra-log-type
  LoggingByRegion:${CLUSTER}
      Logging: !If
        - InIreland
        - ClusterLogging: { EnabledTypes: [{ Type: api }, { Type: audit }, { Type: authenticator }] }
        - !Ref AWS::NoValue
`,
    expect: {
      OneImportedType: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTypes', messageIncludes: 'audit' },
      TwoMissingOneUnknown: { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'audit, authenticator' },
      LoggingByRegion: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTypes', path: ['Logging'] },
    },
  },
  {
    name: 'log types built with Fn::Sub from a parameter default and a stage mapping; a role read with Fn::GetAtt',
    template: `
Parameters:
  Stage: { Type: String, AllowedValues: [dev, prod], Default: prod }
  AuditLogType: { Type: String, Default: audit }
Mappings:
  StageLogTypes:
    dev: { Extra: api }
    prod: { Extra: authenticator }
Resources:
  ClusterRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement: [{ Effect: Allow, Principal: { Service: eks.amazonaws.com }, Action: 'sts:AssumeRole' }]
      ManagedPolicyArns: [arn:aws:iam::aws:policy/AmazonEKSClusterPolicy]
  SubTypes:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: !GetAtt ClusterRole.Arn
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d, subnet-4e5f6a7b]
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: api
            - Type: !Sub '\${AuditLogType}'
            - Type: !Sub
                - '\${Kind}'
                - Kind: !FindInMap [StageLogTypes, !Ref Stage, Extra]
  SubPrefixed:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: !GetAtt ClusterRole.Arn
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d, subnet-4e5f6a7b]
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: api
            - Type: authenticator
            - Type: !Sub '\${Stage}-audit'
`,
    expect: {
      SubTypes: { status: 'COMPLIANT', path: ['Logging', 'ClusterLogging', 'EnabledTypes'] },
      SubPrefixed: { status: 'NON_COMPLIANT', messageId: 'missing', path: ['Logging', 'ClusterLogging', 'EnabledTypes'], messageIncludes: 'audit' },
    },
  },
  {
    name: 'log types read from a nested stack with Fn::GetAtt (short and long form)',
    template: `
Resources:
  LoggingStandards:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://platform-templates.s3.eu-west-1.amazonaws.com/eks-logging.yaml
  AuditFromStack:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d, subnet-4e5f6a7b]
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: api
            - Type: authenticator
            - Type: !GetAtt LoggingStandards.Outputs.AuditLogType
  TwoMissingOneFromStack:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d, subnet-4e5f6a7b]
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: api
            - Type:
                Fn::GetAtt: [LoggingStandards, Outputs.ExtraLogType]
  SubOfStackOutput:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d, subnet-4e5f6a7b]
      Logging:
        ClusterLogging:
          EnabledTypes:
            - Type: audit
            - Type: authenticator
            - Type: !Sub '\${LoggingStandards.Outputs.ApiLogType}'
`,
    expect: {
      AuditFromStack: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTypes', path: ['Logging', 'ClusterLogging', 'EnabledTypes'], messageIncludes: 'LoggingStandards.Outputs.AuditLogType' },
      TwoMissingOneFromStack: { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'audit, authenticator' },
      SubOfStackOutput: { status: 'INSUFFICIENT_DATA', messageId: 'unknownTypes', messageIncludes: 'api' },
    },
  },
  // Terraform (HCL): `enabled_cluster_log_types` of aws_eks_cluster.
  {
    name: 'hcl: all required log types, one missing, none, with for_each and a module',
    hcl: {
      'main.tf': `
resource "aws_iam_role" "eks" {
  name               = "eks-cluster"
  assume_role_policy = "{}"
}

resource "aws_eks_cluster" "audited" {
  name                      = "audited"
  role_arn                  = aws_iam_role.eks.arn
  enabled_cluster_log_types = ["api", "audit", "authenticator", "scheduler"]

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

resource "aws_eks_cluster" "api_only" {
  name                      = "api-only"
  role_arn                  = aws_iam_role.eks.arn
  enabled_cluster_log_types = ["api"]

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

resource "aws_eks_cluster" "silent" {
  name     = "silent"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

locals {
  environments = {
    dev  = ["api"]
    prod = ["api", "audit", "authenticator"]
  }
}

resource "aws_eks_cluster" "env" {
  for_each                  = local.environments
  name                      = each.key
  role_arn                  = aws_iam_role.eks.arn
  enabled_cluster_log_types = each.value

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

module "platform" {
  source    = "./modules/eks"
  role_arn  = aws_iam_role.eks.arn
  log_types = ["api", "audit", "authenticator"]
}
`,
      'modules/eks/main.tf': `
variable "role_arn" {
  type = string
}

variable "log_types" {
  type    = list(string)
  default = []
}

resource "aws_eks_cluster" "this" {
  name                      = "platform"
  role_arn                  = var.role_arn
  enabled_cluster_log_types = var.log_types

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}
`,
    },
    expect: {
      'aws_eks_cluster.audited': { status: 'COMPLIANT', path: ['Logging', 'ClusterLogging', 'EnabledTypes'] },
      'aws_eks_cluster.api_only': { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'audit, authenticator' },
      'aws_eks_cluster.silent': { status: 'NON_COMPLIANT', messageId: 'disabled', path: [] },
      'aws_eks_cluster.env["dev"]': { status: 'NON_COMPLIANT', messageId: 'missing' },
      'aws_eks_cluster.env["prod"]': 'COMPLIANT',
      'module.platform.aws_eks_cluster.this': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: log types from a variable without a default, and a list with one unknown entry',
    hcl: `
variable "log_types" {
  type = list(string)
}

variable "extra_log_type" {
  type = string
}

resource "aws_eks_cluster" "from_variable" {
  name                      = "from-variable"
  role_arn                  = "arn:aws:iam::111122223333:role/eks-cluster"
  enabled_cluster_log_types = var.log_types

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

resource "aws_eks_cluster" "one_unknown" {
  name                      = "one-unknown"
  role_arn                  = "arn:aws:iam::111122223333:role/eks-cluster"
  enabled_cluster_log_types = ["api", "audit", var.extra_log_type]

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

resource "aws_eks_cluster" "two_missing" {
  name                      = "two-missing"
  role_arn                  = "arn:aws:iam::111122223333:role/eks-cluster"
  enabled_cluster_log_types = ["api", var.extra_log_type]

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}
`,
    expect: {
      'aws_eks_cluster.from_variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknownTypes' },
      'aws_eks_cluster.one_unknown': { status: 'INSUFFICIENT_DATA', messageId: 'unknownTypes', messageIncludes: 'authenticator' },
      'aws_eks_cluster.two_missing': { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'audit, authenticator' },
    },
  },
  {
    name: 'hcl: awscc_eks_cluster logging',
    hcl: `
resource "awscc_eks_cluster" "audited" {
  name     = "audited"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  resources_vpc_config = {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
  logging = {
    cluster_logging = {
      enabled_types = [{ type = "api" }, { type = "audit" }, { type = "authenticator" }]
    }
  }
}

resource "awscc_eks_cluster" "api_only" {
  name     = "api-only"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  resources_vpc_config = {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
  logging = {
    cluster_logging = {
      enabled_types = [{ type = "api" }]
    }
  }
}
`,
    expect: {
      'awscc_eks_cluster.audited': 'COMPLIANT',
      'awscc_eks_cluster.api_only': { status: 'NON_COMPLIANT', messageId: 'missing' },
    },
  },
  // Terraform plan JSON
  {
    name: 'plan: all required log types, some, and none',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_eks_cluster.audited', {
          name: 'audited', role_arn: 'arn:aws:iam::111122223333:role/eks-cluster', enabled_cluster_log_types: ['api', 'audit', 'authenticator'], encryption_config: [], tags: null, timeouts: null,
          vpc_config: [{ endpoint_private_access: true, endpoint_public_access: false, security_group_ids: null, subnet_ids: ['subnet-0a1b2c3d', 'subnet-4e5f6a7b'] }],
        }, { arn: true, certificate_authority: true, endpoint: true, id: true, identity: true, platform_version: true, status: true, version: true, enabled_cluster_log_types: [false, false, false], vpc_config: [{ cluster_security_group_id: true, public_access_cidrs: true, subnet_ids: [false, false], vpc_id: true }] }),
        created('module.child.aws_eks_cluster.cluster', {
          name: 'test', role_arn: 'arn:aws:iam::111122223333:role/test', enabled_cluster_log_types: ['api', 'audit'], encryption_config: [], tags: null, timeouts: null,
          vpc_config: [{ endpoint_private_access: false, endpoint_public_access: true, security_group_ids: null, subnet_ids: ['subnet-0a1b2c3d'] }],
        }, { arn: true, endpoint: true, id: true, enabled_cluster_log_types: [false, false], vpc_config: [{ cluster_security_group_id: true, public_access_cidrs: true, subnet_ids: [false], vpc_id: true }] }),
        created('aws_eks_cluster.silent', {
          name: 'silent', enabled_cluster_log_types: null, encryption_config: [], tags: null, timeouts: null,
          vpc_config: [{ endpoint_private_access: true, endpoint_public_access: true, security_group_ids: null }],
        }, { arn: true, endpoint: true, id: true, role_arn: true, vpc_config: [{ cluster_security_group_id: true, public_access_cidrs: true, subnet_ids: true, vpc_id: true }] }),
      ],
    },
    expect: {
      'aws_eks_cluster.audited': 'COMPLIANT',
      'module.child.aws_eks_cluster.cluster': { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'authenticator' },
      'aws_eks_cluster.silent': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'plan: log types known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_eks_cluster.later', { name: 'later', encryption_config: [], tags: null, vpc_config: [{ endpoint_private_access: true, endpoint_public_access: false, subnet_ids: ['subnet-0a1b2c3d'] }] }, { arn: true, id: true, enabled_cluster_log_types: true, vpc_config: [{ cluster_security_group_id: true, vpc_id: true }] }),
        created('aws_eks_cluster.partly[0]', { name: 'partly', enabled_cluster_log_types: ['api', 'authenticator', null], encryption_config: [], tags: null, vpc_config: [{ endpoint_public_access: false, subnet_ids: ['subnet-0a1b2c3d'] }] }, { arn: true, id: true, enabled_cluster_log_types: [false, false, true], vpc_config: [{ vpc_id: true }] }),
      ],
    },
    expect: {
      'aws_eks_cluster.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownTypes' },
      'aws_eks_cluster.partly[0]': { status: 'INSUFFICIENT_DATA', messageId: 'unknownTypes', messageIncludes: 'audit' },
    },
  },
] satisfies RuleCase[];
