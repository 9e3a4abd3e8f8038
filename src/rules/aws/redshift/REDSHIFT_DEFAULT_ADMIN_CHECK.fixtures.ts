import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'a custom admin, the default awsuser in any case, an admin from a parameter, and a restore without one',
    template: `
Parameters:
  AdminName:
    Type: String
  AdminWithDefault:
    Type: String
    Default: awsuser
Resources:
  Custom:
    Type: AWS::Redshift::Cluster
    Properties:
      MasterUsername: warehouse_admin
  Default:
    Type: AWS::Redshift::Cluster
    Properties:
      MasterUsername: awsuser
  DefaultUpperCase:
    Type: AWS::Redshift::Cluster
    Properties:
      MasterUsername: AWSUser
  FromParameter:
    Type: AWS::Redshift::Cluster
    Properties:
      MasterUsername: !Ref AdminName
  FromParameterDefault:
    Type: AWS::Redshift::Cluster
    Properties:
      MasterUsername: !Ref AdminWithDefault
  Restored:
    Type: AWS::Redshift::Cluster
    Properties:
      SnapshotIdentifier: warehouse-final-snapshot
`,
    expect: {
      Custom: { status: 'COMPLIANT', path: ['MasterUsername'] },
      Default: { status: 'NON_COMPLIANT', messageId: 'defaultAdmin', path: ['MasterUsername'] },
      DefaultUpperCase: { status: 'NON_COMPLIANT', messageId: 'defaultAdmin' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAdmin' },
      FromParameterDefault: { status: 'NON_COMPLIANT', messageId: 'defaultAdmin' },
      Restored: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAdmin', messageIncludes: 'snapshot' },
    },
  },
  {
    name: 'validAdminUserNames: listed names pass, others fail, awsuser is never accepted',
    params: { validAdminUserNames: 'warehouse_admin, dw_owner, awsuser' },
    template: `
Resources:
  Listed:
    Type: AWS::Redshift::Cluster
    Properties:
      MasterUsername: dw_owner
  NotListed:
    Type: AWS::Redshift::Cluster
    Properties:
      MasterUsername: admin
  DefaultListed:
    Type: AWS::Redshift::Cluster
    Properties:
      MasterUsername: awsuser
`,
    expect: {
      Listed: 'COMPLIANT',
      NotListed: { status: 'NON_COMPLIANT', messageId: 'adminNotAllowed', messageIncludes: 'admin' },
      DefaultListed: { status: 'NON_COMPLIANT', messageId: 'defaultAdmin' },
    },
  },
  {
    name: 'hcl: master_username custom, default, and from a variable',
    hcl: `
variable "admin" {
  type = string
}

resource "aws_redshift_cluster" "custom" {
  cluster_identifier     = "custom"
  node_type              = "ra3.xlplus"
  master_username        = "warehouse_admin"
  manage_master_password = true
}

resource "aws_redshift_cluster" "default" {
  cluster_identifier     = "default"
  node_type              = "ra3.xlplus"
  master_username        = "awsuser"
  manage_master_password = true
}

resource "aws_redshift_cluster" "variable" {
  cluster_identifier     = "variable"
  node_type              = "ra3.xlplus"
  master_username        = var.admin
  manage_master_password = true
}
`,
    expect: {
      'aws_redshift_cluster.custom': 'COMPLIANT',
      'aws_redshift_cluster.default': { status: 'NON_COMPLIANT', messageId: 'defaultAdmin' },
      'aws_redshift_cluster.variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknownAdmin' },
    },
  },
  {
    name: 'plan: custom and default admins',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_redshift_cluster.custom', { cluster_identifier: 'custom', master_username: 'warehouse_admin' }, { arn: true }),
        created('aws_redshift_cluster.default', { cluster_identifier: 'default', master_username: 'awsuser' }, { arn: true }),
      ],
    },
    expect: {
      'aws_redshift_cluster.custom': 'COMPLIANT',
      'aws_redshift_cluster.default': { status: 'NON_COMPLIANT', messageId: 'defaultAdmin' },
    },
  },
] satisfies RuleCase[];
