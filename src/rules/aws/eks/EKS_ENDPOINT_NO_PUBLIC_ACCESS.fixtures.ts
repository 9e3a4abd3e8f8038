import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** A `resource_changes` entry that creates `address` (`module.m.aws_type.name[0]`), as `terraform show -json` writes it. */

export default [
  {
    name: 'private, public and defaulted endpoints',
    template: `
Resources:
  Private:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d, subnet-4e5f6a7b]
        EndpointPrivateAccess: true
        EndpointPublicAccess: false
  PrivateAsString:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d]
        EndpointPublicAccess: "false"
  ExplicitlyPublic:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d]
        EndpointPublicAccess: true
        PublicAccessCidrs: [203.0.113.0/24]
  Defaulted:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d]
        EndpointPrivateAccess: true
`,
    expect: {
      Private: { status: 'COMPLIANT', path: ['ResourcesVpcConfig', 'EndpointPublicAccess'] },
      PrivateAsString: 'COMPLIANT',
      ExplicitlyPublic: { status: 'NON_COMPLIANT', messageId: 'public', path: ['ResourcesVpcConfig', 'EndpointPublicAccess'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'publicByDefault', path: ['ResourcesVpcConfig'] },
    },
  },
  {
    name: 'endpoint access from a parameter default and from a mapping',
    template: `
Parameters:
  PublicEndpoint:
    Type: String
    AllowedValues: ['true', 'false']
    Default: 'false'
  Stage:
    Type: String
    Default: sandbox
Mappings:
  Endpoint:
    sandbox: { Public: true }
    prod: { Public: false }
Resources:
  FromParameter:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: !Sub arn:aws:iam::111122223333:role/eks-\${Stage}
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d]
        EndpointPublicAccess: !Ref PublicEndpoint
  FromMapping:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d]
        EndpointPublicAccess: !FindInMap [Endpoint, !Ref Stage, Public]
`,
    expect: {
      FromParameter: 'COMPLIANT',
      FromMapping: { status: 'NON_COMPLIANT', messageId: 'public' },
    },
  },
  {
    name: 'endpoint closed by a condition decided by a given parameter',
    inputs: { parameters: { Stage: 'prod' } },
    template: `
Parameters:
  Stage: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d]
        EndpointPublicAccess: !If [IsProd, false, true]
`,
    expect: { Cluster: 'COMPLIANT' },
  },
  {
    name: 'endpoint access that can not be known before deployment',
    template: `
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  Imported:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d]
        EndpointPublicAccess: !ImportValue platform-eks-public-endpoint
  WholeConfigByRegion:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig: !If
        - InIreland
        - { SubnetIds: [subnet-0a1b2c3d], EndpointPublicAccess: false }
        - { SubnetIds: [subnet-0a1b2c3d] }
`,
    expect: {
      Imported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAccess', path: ['ResourcesVpcConfig', 'EndpointPublicAccess'] },
      WholeConfigByRegion: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAccess', path: ['ResourcesVpcConfig'] },
    },
  },
  {
    name: 'subnets from another stack do not matter when the endpoint is private',
    template: `
Resources:
  ClusterRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - { Effect: Allow, Principal: { Service: eks.amazonaws.com }, Action: sts:AssumeRole }
  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: !GetAtt ClusterRole.Arn
      ResourcesVpcConfig:
        SubnetIds: !Split [',', !ImportValue network-private-subnets]
        EndpointPrivateAccess: true
        EndpointPublicAccess: false
`,
    expect: { Cluster: 'COMPLIANT' },
  },
  // Terraform (HCL): `vpc_config.endpoint_public_access` of aws_eks_cluster; the provider's default is true.
  {
    name: 'hcl: private, public and defaulted endpoints, with count and a module',
    hcl: {
      'main.tf': `
resource "aws_eks_cluster" "private" {
  name     = "private"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids              = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}

resource "aws_eks_cluster" "public" {
  name     = "public"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids             = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    endpoint_public_access = true
    public_access_cidrs    = ["203.0.113.0/24"]
  }
}

resource "aws_eks_cluster" "defaulted" {
  name     = "defaulted"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  }
}

resource "aws_eks_cluster" "pair" {
  count    = 2
  name     = "pair-\${count.index}"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids              = ["subnet-0a1b2c3d"]
    endpoint_private_access = true
    endpoint_public_access  = count.index == 1
  }
}

module "platform" {
  source = "./modules/eks"
}
`,
      'modules/eks/main.tf': `
variable "public_endpoint" {
  type    = bool
  default = false
}

resource "aws_eks_cluster" "this" {
  name     = "platform"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids              = ["subnet-0a1b2c3d"]
    endpoint_private_access = !var.public_endpoint
    endpoint_public_access  = var.public_endpoint
  }
}
`,
    },
    expect: {
      'aws_eks_cluster.private': { status: 'COMPLIANT', path: ['ResourcesVpcConfig', 'EndpointPublicAccess'] },
      'aws_eks_cluster.public': { status: 'NON_COMPLIANT', messageId: 'public', path: ['ResourcesVpcConfig', 'EndpointPublicAccess'] },
      'aws_eks_cluster.defaulted': { status: 'NON_COMPLIANT', messageId: 'publicByDefault', path: ['ResourcesVpcConfig'] },
      'aws_eks_cluster.pair[0]': 'COMPLIANT',
      'aws_eks_cluster.pair[1]': { status: 'NON_COMPLIANT', messageId: 'public' },
      'module.platform.aws_eks_cluster.this': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: endpoint access from a variable without a default and from a data source; awscc clusters',
    hcl: `
variable "public_endpoint" {
  type = bool
}

data "aws_ssm_parameter" "public_endpoint" {
  name = "/platform/eks/public-endpoint"
}

resource "aws_eks_cluster" "from_variable" {
  name     = "from-variable"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids             = ["subnet-0a1b2c3d"]
    endpoint_public_access = var.public_endpoint
  }
}

resource "aws_eks_cluster" "from_data" {
  name     = "from-data"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"

  vpc_config {
    subnet_ids             = ["subnet-0a1b2c3d"]
    endpoint_public_access = data.aws_ssm_parameter.public_endpoint.value
  }
}

resource "awscc_eks_cluster" "private" {
  name     = "private"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  resources_vpc_config = {
    subnet_ids              = ["subnet-0a1b2c3d"]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}

resource "awscc_eks_cluster" "defaulted" {
  name     = "defaulted"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  resources_vpc_config = {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}
`,
    expect: {
      'aws_eks_cluster.from_variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknownAccess', path: ['ResourcesVpcConfig', 'EndpointPublicAccess'] },
      'aws_eks_cluster.from_data': { status: 'INSUFFICIENT_DATA', messageId: 'unknownAccess' },
      'awscc_eks_cluster.private': 'COMPLIANT',
      'awscc_eks_cluster.defaulted': { status: 'NON_COMPLIANT', messageId: 'publicByDefault' },
    },
  },
  // Terraform plan JSON: the plan carries the provider default (true) when the configuration does not set it.
  {
    name: 'plan: private, public and provider-default endpoints',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_eks_cluster.private', {
          name: 'private', role_arn: 'arn:aws:iam::111122223333:role/eks-cluster', enabled_cluster_log_types: null, encryption_config: [], tags: null, timeouts: null,
          vpc_config: [{ endpoint_private_access: true, endpoint_public_access: false, security_group_ids: null, subnet_ids: ['subnet-0a1b2c3d', 'subnet-4e5f6a7b'] }],
        }, { arn: true, certificate_authority: true, endpoint: true, id: true, identity: true, platform_version: true, status: true, version: true, vpc_config: [{ cluster_security_group_id: true, public_access_cidrs: true, subnet_ids: [false, false], vpc_id: true }] }),
        created('aws_eks_cluster.eks_cluster', {
          name: 'acme-eks', enabled_cluster_log_types: null, encryption_config: [], tags: null, timeouts: null,
          vpc_config: [{ endpoint_private_access: true, endpoint_public_access: true, security_group_ids: null }],
        }, { arn: true, certificate_authority: true, endpoint: true, id: true, role_arn: true, vpc_config: [{ cluster_security_group_id: true, public_access_cidrs: true, subnet_ids: true, vpc_id: true }] }),
      ],
    },
    expect: {
      'aws_eks_cluster.private': { status: 'COMPLIANT', path: ['ResourcesVpcConfig', 'EndpointPublicAccess'] },
      'aws_eks_cluster.eks_cluster': { status: 'NON_COMPLIANT', messageId: 'public', path: ['ResourcesVpcConfig', 'EndpointPublicAccess'] },
    },
  },
  {
    name: 'plan: endpoint access known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('module.eks.aws_eks_cluster.this[0]', {
          name: 'platform', encryption_config: [], tags: null,
          vpc_config: [{ endpoint_private_access: true, security_group_ids: null, subnet_ids: ['subnet-0a1b2c3d'] }],
        }, { arn: true, endpoint: true, id: true, vpc_config: [{ cluster_security_group_id: true, endpoint_public_access: true, public_access_cidrs: true, vpc_id: true }] }),
      ],
    },
    expect: {
      'module.eks.aws_eks_cluster.this[0]': { status: 'INSUFFICIENT_DATA', messageId: 'unknownAccess', path: ['ResourcesVpcConfig', 'EndpointPublicAccess'] },
    },
  },
] satisfies RuleCase[];
