import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const CLUSTER = `
    Type: AWS::EKS::Cluster
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/eks-cluster
      ResourcesVpcConfig:
        SubnetIds: [subnet-0a1b2c3d, subnet-4e5f6a7b]`;

export default [
  {
    name: 'default oldest version: older, equal, newer, not set, from a parameter, a YAML number',
    template: `
Parameters:
  KubernetesVersion: { Type: String }
  DefaultVersion: { Type: String, Default: '1.29' }
Resources:
  Old:${CLUSTER}
      Version: '1.29'
  Oldest:${CLUSTER}
      Version: '1.32'
  Newer:${CLUSTER}
      Version: '1.34'
  NotSet:${CLUSTER}
  FromParameter:${CLUSTER}
      Version: !Ref KubernetesVersion
  FromDefault:${CLUSTER}
      Version: !Ref DefaultVersion
  YamlNumber:${CLUSTER}
      Version: 1.30
`,
    expect: {
      Old: { status: 'NON_COMPLIANT', messageId: 'unsupported', path: ['Version'], messageIncludes: '1.29' },
      Oldest: { status: 'COMPLIANT', path: ['Version'] },
      Newer: 'COMPLIANT',
      NotSet: { status: 'COMPLIANT', messageId: 'latest', path: [] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['Version'] },
      FromDefault: { status: 'NON_COMPLIANT', messageId: 'unsupported' },
      YamlNumber: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'oldestVersionSupported given: minor versions compare as numbers',
    params: { oldestVersionSupported: '1.9' },
    template: `
Resources:
  TenIsNewer:${CLUSTER}
      Version: '1.10'
  Eight:${CLUSTER}
      Version: '1.8'
`,
    expect: {
      TenIsNewer: 'COMPLIANT',
      Eight: { status: 'NON_COMPLIANT', messageId: 'unsupported' },
    },
  },
  {
    name: 'hcl: version old, current, not set, from a variable',
    hcl: `
variable "kubernetes_version" {
  type = string
}

resource "aws_eks_cluster" "old" {
  name     = "old"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  version  = "1.28"
  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

resource "aws_eks_cluster" "current" {
  name     = "current"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  version  = "1.33"
  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

resource "aws_eks_cluster" "latest" {
  name     = "latest"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}

resource "aws_eks_cluster" "variable" {
  name     = "variable"
  role_arn = "arn:aws:iam::111122223333:role/eks-cluster"
  version  = var.kubernetes_version
  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d"]
  }
}
`,
    expect: {
      'aws_eks_cluster.old': { status: 'NON_COMPLIANT', messageId: 'unsupported' },
      'aws_eks_cluster.current': 'COMPLIANT',
      'aws_eks_cluster.latest': { status: 'COMPLIANT', messageId: 'latest' },
      'aws_eks_cluster.variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'plan: an old version, a current one, and the provider choosing the version after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_eks_cluster.old', { name: 'old', version: '1.27', vpc_config: [{ endpoint_public_access: false, subnet_ids: ['subnet-0a1b2c3d'] }] }, { arn: true, id: true }),
        created('aws_eks_cluster.current', { name: 'current', version: '1.33', vpc_config: [{ endpoint_public_access: false, subnet_ids: ['subnet-0a1b2c3d'] }] }, { arn: true, id: true }),
        created('aws_eks_cluster.later', { name: 'later', vpc_config: [{ endpoint_public_access: false, subnet_ids: ['subnet-0a1b2c3d'] }] }, { arn: true, id: true, version: true }),
      ],
    },
    expect: {
      'aws_eks_cluster.old': { status: 'NON_COMPLIANT', messageId: 'unsupported', path: ['Version'] },
      'aws_eks_cluster.current': 'COMPLIANT',
      'aws_eks_cluster.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
