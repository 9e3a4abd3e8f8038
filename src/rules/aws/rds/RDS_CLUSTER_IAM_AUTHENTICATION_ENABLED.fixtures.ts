import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const CLUSTER = `
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: orders_admin
      ManageMasterUserPassword: true`;

export default [
  {
    name: 'Aurora and Multi-AZ DB clusters with and without IAM authentication',
    template: `
Resources:
  Enabled:${CLUSTER}
      EnableIAMDatabaseAuthentication: true
  EnabledAsString:${CLUSTER}
      EnableIAMDatabaseAuthentication: "true"
  Defaulted:${CLUSTER}
  Disabled:${CLUSTER}
      EnableIAMDatabaseAuthentication: false
  MultiAzCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: mysql
      DBClusterInstanceClass: db.m6gd.large
      StorageType: io1
      Iops: 1000
      AllocatedStorage: 100
      MasterUsername: orders_admin
      ManageMasterUserPassword: true
      EnableIAMDatabaseAuthentication: true
`,
    expect: {
      Enabled: { status: 'COMPLIANT', messageId: 'enabled', path: ['EnableIAMDatabaseAuthentication'] },
      EnabledAsString: 'COMPLIANT',
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [], messageIncludes: 'not set (default false)' },
      Disabled: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['EnableIAMDatabaseAuthentication'] },
      MultiAzCluster: 'COMPLIANT',
    },
  },
  {
    name: 'values known only at deployment, and a wrong-typed one',
    template: `
Parameters:
  Iam: { Type: String, AllowedValues: ['true', 'false'] }
  Stage: { Type: String, Default: prod }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  FromParameter:${CLUSTER}
      EnableIAMDatabaseAuthentication: !Ref Iam
  ByStage:${CLUSTER}
      EnableIAMDatabaseAuthentication: !If [IsProd, true, false]
  ByRegion:${CLUSTER}
      EnableIAMDatabaseAuthentication: !If [InIreland, true, !Ref AWS::NoValue]
  Malformed:${CLUSTER}
      EnableIAMDatabaseAuthentication: { Enabled: true }
`,
    expect: {
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['EnableIAMDatabaseAuthentication'] },
      ByStage: 'COMPLIANT',
      ByRegion: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: iam_database_authentication_enabled set, unset and from a variable, in a module',
    hcl: {
      'main.tf': `
variable "iam" {
  type = bool
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier  = "orders"
  engine              = "aurora-postgresql"
  master_username     = "orders_admin"
  iam_database_authentication_enabled = true
}

resource "aws_rds_cluster" "scratch" {
  cluster_identifier = "scratch"
  engine             = "aurora-mysql"
  master_username    = "scratch_admin"
}

resource "aws_rds_cluster" "from_variable" {
  engine              = "aurora-mysql"
  master_username     = "scratch_admin"
  iam_database_authentication_enabled = var.iam
}

module "reports" {
  source  = "./modules/cluster"
  iam     = false
}
`,
      'modules/cluster/main.tf': `
variable "iam" {
  type = bool
}

resource "aws_rds_cluster" "this" {
  engine              = "aurora-postgresql"
  master_username     = "reports_admin"
  iam_database_authentication_enabled = var.iam
}
`,
    },
    expect: {
      'aws_rds_cluster.orders': 'COMPLIANT',
      'aws_rds_cluster.scratch': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_rds_cluster.from_variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      'module.reports.aws_rds_cluster.this': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'plan: clusters with IAM authentication on, off and not set',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_rds_cluster.orders', { cluster_identifier: 'orders', iam_database_authentication_enabled: true, engine: 'aurora-postgresql', master_username: 'orders_admin' }, { arn: true, id: true }),
        created('aws_rds_cluster.scratch', { cluster_identifier: 'scratch', iam_database_authentication_enabled: false, engine: 'aurora-mysql', master_username: 'scratch_admin' }, { arn: true, id: true }),
        created('aws_rds_cluster.unset', { cluster_identifier: 'unset', iam_database_authentication_enabled: null, engine: 'aurora-mysql', master_username: 'scratch_admin' }, { arn: true, id: true }),
      ],
    },
    expect: {
      'aws_rds_cluster.orders': 'COMPLIANT',
      'aws_rds_cluster.scratch': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_rds_cluster.unset': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
] satisfies RuleCase[];
