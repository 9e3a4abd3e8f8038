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
    name: 'Aurora and Multi-AZ DB clusters with and without deletion protection',
    template: `
Resources:
  Protected:${CLUSTER}
      DeletionProtection: true
  ProtectedAsString:${CLUSTER}
      DeletionProtection: "true"
  Defaulted:${CLUSTER}
  Unprotected:${CLUSTER}
      DeletionProtection: false
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
      DeletionProtection: true
`,
    expect: {
      Protected: { status: 'COMPLIANT', messageId: 'enabled', path: ['DeletionProtection'] },
      ProtectedAsString: 'COMPLIANT',
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [], messageIncludes: 'not set (default false)' },
      Unprotected: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['DeletionProtection'] },
      MultiAzCluster: 'COMPLIANT',
    },
  },
  {
    name: 'values known only at deployment, and a wrong-typed one',
    template: `
Parameters:
  Protect: { Type: String, AllowedValues: ['true', 'false'] }
  Stage: { Type: String, Default: prod }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  FromParameter:${CLUSTER}
      DeletionProtection: !Ref Protect
  ByStage:${CLUSTER}
      DeletionProtection: !If [IsProd, true, false]
  ByRegion:${CLUSTER}
      DeletionProtection: !If [InIreland, true, !Ref AWS::NoValue]
  Malformed:${CLUSTER}
      DeletionProtection: { Enabled: true }
`,
    expect: {
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['DeletionProtection'] },
      ByStage: 'COMPLIANT',
      ByRegion: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: deletion_protection set, unset and from a variable, in a module',
    hcl: {
      'main.tf': `
variable "protect" {
  type = bool
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier  = "orders"
  engine              = "aurora-postgresql"
  master_username     = "orders_admin"
  deletion_protection = true
}

resource "aws_rds_cluster" "scratch" {
  cluster_identifier = "scratch"
  engine             = "aurora-mysql"
  master_username    = "scratch_admin"
}

resource "aws_rds_cluster" "from_variable" {
  engine              = "aurora-mysql"
  master_username     = "scratch_admin"
  deletion_protection = var.protect
}

module "reports" {
  source  = "./modules/cluster"
  protect = false
}
`,
      'modules/cluster/main.tf': `
variable "protect" {
  type = bool
}

resource "aws_rds_cluster" "this" {
  engine              = "aurora-postgresql"
  master_username     = "reports_admin"
  deletion_protection = var.protect
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
    name: 'plan: clusters with deletion protection on, off and not set',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_rds_cluster.orders', { cluster_identifier: 'orders', deletion_protection: true, engine: 'aurora-postgresql', master_username: 'orders_admin' }, { arn: true, id: true }),
        created('aws_rds_cluster.scratch', { cluster_identifier: 'scratch', deletion_protection: false, engine: 'aurora-mysql', master_username: 'scratch_admin' }, { arn: true, id: true }),
        created('aws_rds_cluster.unset', { cluster_identifier: 'unset', deletion_protection: null, engine: 'aurora-mysql', master_username: 'scratch_admin' }, { arn: true, id: true }),
      ],
    },
    expect: {
      'aws_rds_cluster.orders': 'COMPLIANT',
      'aws_rds_cluster.scratch': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_rds_cluster.unset': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
] satisfies RuleCase[];
