import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const INSTANCE = `
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
      DBInstanceClass: db.t4g.micro
      AllocatedStorage: "20"
      MasterUsername: orders_admin
      ManageMasterUserPassword: true`;

export default [
  {
    name: 'set, left to the default, switched off, and an Aurora instance',
    template: `
Resources:
  Enabled:${INSTANCE}
      AutoMinorVersionUpgrade: true
  Defaulted:${INSTANCE}
  Disabled:${INSTANCE}
      AutoMinorVersionUpgrade: false
  DisabledAsString:${INSTANCE}
      AutoMinorVersionUpgrade: "false"
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: { Engine: aurora-mysql, MasterUsername: orders_admin, ManageMasterUserPassword: true }
  AuroraWriter:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: aurora-mysql
      DBInstanceClass: db.r6g.large
      DBClusterIdentifier: !Ref Cluster
      AutoMinorVersionUpgrade: false
`,
    expect: {
      Enabled: { status: 'COMPLIANT', messageId: 'enabled', path: ['AutoMinorVersionUpgrade'] },
      Defaulted: { status: 'COMPLIANT', messageId: 'enabled', path: [] },
      Disabled: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['AutoMinorVersionUpgrade'] },
      DisabledAsString: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      AuroraWriter: { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'a parameter, an undecidable condition and a wrong-typed value',
    inputs: { parameters: { Patching: 'true' } },
    template: `
Parameters:
  Patching: { Type: String, AllowedValues: ['true', 'false'] }
  Other: { Type: String, AllowedValues: ['true', 'false'] }
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  FromGivenParameter:${INSTANCE}
      AutoMinorVersionUpgrade: !Ref Patching
  FromParameter:${INSTANCE}
      AutoMinorVersionUpgrade: !Ref Other
  ByRegion:${INSTANCE}
      AutoMinorVersionUpgrade: !If [InIreland, true, false]
  MaybeDefault:${INSTANCE}
      AutoMinorVersionUpgrade: !If [InIreland, true, !Ref AWS::NoValue]
  Malformed:${INSTANCE}
      AutoMinorVersionUpgrade: yes please
`,
    expect: {
      FromGivenParameter: 'COMPLIANT',
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['AutoMinorVersionUpgrade'] },
      ByRegion: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      MaybeDefault: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: instances and Aurora instances with the provider default and explicit values',
    hcl: `
variable "patching" {
  type = bool
}

resource "aws_db_instance" "defaulted" {
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "orders_admin"
}

resource "aws_db_instance" "disabled" {
  engine                     = "postgres"
  instance_class             = "db.t4g.micro"
  allocated_storage          = 20
  username                   = "orders_admin"
  auto_minor_version_upgrade = false
}

resource "aws_db_instance" "from_variable" {
  engine                     = "postgres"
  instance_class             = "db.t4g.micro"
  allocated_storage          = 20
  username                   = "orders_admin"
  auto_minor_version_upgrade = var.patching
}

resource "aws_rds_cluster_instance" "reader" {
  count                      = 2
  cluster_identifier         = "orders"
  engine                     = "aurora-postgresql"
  instance_class             = "db.r6g.large"
  auto_minor_version_upgrade = count.index == 0
}
`,
    expect: {
      'aws_db_instance.defaulted': 'COMPLIANT',
      'aws_db_instance.disabled': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_db_instance.from_variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      'aws_rds_cluster_instance.reader[0]': 'COMPLIANT',
      'aws_rds_cluster_instance.reader[1]': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'plan: the provider default written out, false, and known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_db_instance.orders', { allocated_storage: 20, auto_minor_version_upgrade: true, engine: 'postgres', instance_class: 'db.t4g.micro', username: 'orders_admin' }, { arn: true, id: true }),
        created('aws_db_instance.legacy', { allocated_storage: 20, auto_minor_version_upgrade: false, engine: 'mysql', instance_class: 'db.t3.micro', username: 'legacy_admin' }, { arn: true, id: true }),
        created('aws_db_instance.computed', { allocated_storage: 20, engine: 'mysql', instance_class: 'db.t3.micro', username: 'legacy_admin' }, { arn: true, auto_minor_version_upgrade: true, id: true }),
      ],
    },
    expect: {
      'aws_db_instance.orders': 'COMPLIANT',
      'aws_db_instance.legacy': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_db_instance.computed': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
