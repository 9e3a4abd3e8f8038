import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'clusters with default and custom admin user names, a restore and DocumentDB',
    template: `
Parameters:
  AdminUser: { Type: String }
Resources:
  Custom:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-postgresql, MasterUsername: orders_admin, ManageMasterUserPassword: true }
  Postgres:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-postgresql, MasterUsername: postgres, ManageMasterUserPassword: true }
  Admin:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: mysql, DBClusterInstanceClass: db.m6gd.large, StorageType: io1, Iops: 1000, AllocatedStorage: 100, MasterUsername: admin, ManageMasterUserPassword: true }
  CapitalAdmin:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-mysql, MasterUsername: Admin, ManageMasterUserPassword: true }
  Restored:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-mysql, SnapshotIdentifier: orders-final }
  FromParameter:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-mysql, MasterUsername: !Ref AdminUser, ManageMasterUserPassword: true }
  Documents:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: docdb, MasterUsername: admin }
`,
    expect: {
      Custom: { status: 'COMPLIANT', messageId: 'custom', path: ['MasterUsername'] },
      Postgres: { status: 'NON_COMPLIANT', messageId: 'defaultName', path: ['MasterUsername'] },
      Admin: { status: 'NON_COMPLIANT', messageId: 'defaultName' },
      CapitalAdmin: { status: 'COMPLIANT', messageId: 'custom' },
      Restored: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['SnapshotIdentifier'] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['MasterUsername'] },
      Documents: { status: 'NOT_APPLICABLE', messageId: 'otherEngine' },
    },
  },
  {
    name: 'validAdminUserNames on clusters',
    params: { validAdminUserNames: ['orders_admin'] },
    template: `
Resources:
  Allowed:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-postgresql, MasterUsername: orders_admin, ManageMasterUserPassword: true }
  Other:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-postgresql, MasterUsername: reports_admin, ManageMasterUserPassword: true }
`,
    expect: { Allowed: 'COMPLIANT', Other: { status: 'NON_COMPLIANT', messageId: 'notAllowed' } },
  },
  {
    name: 'hcl: master_username on clusters',
    hcl: `
variable "admin_user" {
  type = string
}

resource "aws_rds_cluster" "orders" {
  engine          = "aurora-postgresql"
  master_username = "orders_admin"
}

resource "aws_rds_cluster" "legacy" {
  engine          = "aurora-mysql"
  master_username = "admin"
}

resource "aws_rds_cluster" "from_variable" {
  engine          = "aurora-mysql"
  master_username = var.admin_user
}
`,
    expect: {
      'aws_rds_cluster.orders': 'COMPLIANT',
      'aws_rds_cluster.legacy': { status: 'NON_COMPLIANT', messageId: 'defaultName' },
      'aws_rds_cluster.from_variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'plan: master_username set, default, and computed for a restore',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_rds_cluster.orders', { cluster_identifier: 'orders', engine: 'aurora-postgresql', master_username: 'orders_admin' }, { arn: true, id: true }),
        created('aws_rds_cluster.legacy', { cluster_identifier: 'legacy', engine: 'aurora-postgresql', master_username: 'postgres' }, { arn: true, id: true }),
        created('aws_rds_cluster.restored', { cluster_identifier: 'restored', engine: 'aurora-postgresql', snapshot_identifier: 'orders-final' }, { arn: true, id: true, master_username: true }),
      ],
    },
    expect: {
      'aws_rds_cluster.orders': 'COMPLIANT',
      'aws_rds_cluster.legacy': { status: 'NON_COMPLIANT', messageId: 'defaultName' },
      'aws_rds_cluster.restored': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['MasterUsername'] },
    },
  },
] satisfies RuleCase[];
