import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'hcl: snapshots judged by the instance or cluster they are taken of, copies by their key or source',
    hcl: `
resource "aws_kms_key" "snapshots" {
  description = "snapshot copies"
}

resource "aws_db_instance" "orders" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  username          = "orders_admin"
  storage_encrypted = true
}

resource "aws_db_instance" "legacy" {
  identifier        = "legacy"
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "legacy_admin"
}

resource "aws_db_snapshot" "orders" {
  db_instance_identifier = aws_db_instance.orders.identifier
  db_snapshot_identifier = "orders-release-42"
}

resource "aws_db_snapshot" "legacy" {
  db_instance_identifier = "legacy"
  db_snapshot_identifier = "legacy-final"
}

resource "aws_db_snapshot" "elsewhere" {
  db_instance_identifier = "billing"
  db_snapshot_identifier = "billing-final"
}

resource "aws_db_snapshot_copy" "legacy_encrypted" {
  source_db_snapshot_identifier = aws_db_snapshot.legacy.db_snapshot_arn
  target_db_snapshot_identifier = "legacy-final-encrypted"
  kms_key_id                    = aws_kms_key.snapshots.arn
}

resource "aws_db_snapshot_copy" "legacy_plain" {
  source_db_snapshot_identifier = aws_db_snapshot.legacy.db_snapshot_arn
  target_db_snapshot_identifier = "legacy-final-copy"
}

resource "aws_rds_cluster" "analytics" {
  cluster_identifier = "analytics"
  engine             = "aurora-postgresql"
  master_username    = "analytics_admin"
  storage_encrypted  = true
}

resource "aws_db_cluster_snapshot" "analytics" {
  db_cluster_identifier          = aws_rds_cluster.analytics.id
  db_cluster_snapshot_identifier = "analytics-release-42"
}

resource "aws_rds_cluster" "reports" {
  cluster_identifier = "reports"
  engine             = "aurora-mysql"
  master_username    = "reports_admin"
}

resource "aws_db_cluster_snapshot" "reports" {
  db_cluster_identifier          = aws_rds_cluster.reports.id
  db_cluster_snapshot_identifier = "reports-release-42"
}
`,
    expect: {
      'aws_db_snapshot.orders': { status: 'COMPLIANT', messageId: 'encrypted', path: ['DBInstanceIdentifier'], messageIncludes: 'which is a snapshot of DB instance aws_db_instance.orders' },
      'aws_db_snapshot.legacy': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['DBInstanceIdentifier'] },
      'aws_db_snapshot.elsewhere': { status: 'INSUFFICIENT_DATA', messageId: 'inherited', messageIncludes: 'billing' },
      'aws_db_snapshot_copy.legacy_encrypted': { status: 'COMPLIANT', messageId: 'encrypted', path: ['KmsKeyId'] },
      'aws_db_snapshot_copy.legacy_plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['SourceDBSnapshotIdentifier'], messageIncludes: 'which is a copy of DB snapshot aws_db_snapshot.legacy' },
      'aws_db_cluster_snapshot.analytics': { status: 'COMPLIANT', path: ['DBClusterIdentifier'] },
      'aws_db_cluster_snapshot.reports': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'plan: new snapshots judged by their source, and an existing snapshot RDS reports unencrypted',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_db_instance.orders', { allocated_storage: 100, engine: 'postgres', identifier: 'orders', instance_class: 'db.m6g.large', storage_encrypted: true, username: 'orders_admin' }, { arn: true, id: true, kms_key_id: true }),
        created('aws_db_snapshot.orders', { db_instance_identifier: 'orders', db_snapshot_identifier: 'orders-42' }, { db_snapshot_arn: true, encrypted: true, id: true, kms_key_id: true }),
        created('aws_db_snapshot.billing', { db_instance_identifier: 'billing', db_snapshot_identifier: 'billing-42' }, { db_snapshot_arn: true, encrypted: true, id: true, kms_key_id: true }),
        {
          address: 'aws_db_snapshot.legacy',
          mode: 'managed',
          type: 'aws_db_snapshot',
          name: 'legacy',
          provider_name: 'registry.terraform.io/hashicorp/aws',
          change: {
            actions: ['update'],
            before: { db_instance_identifier: 'legacy', db_snapshot_identifier: 'legacy-final', encrypted: false, kms_key_id: '', shared_accounts: null, tags: null },
            after: { db_instance_identifier: 'legacy', db_snapshot_identifier: 'legacy-final', encrypted: false, kms_key_id: '', shared_accounts: null, tags: { team: 'data' } },
            after_unknown: {},
            before_sensitive: false,
            after_sensitive: {},
          },
        },
      ],
    },
    expect: {
      'aws_db_snapshot.orders': { status: 'COMPLIANT', path: ['DBInstanceIdentifier'] },
      'aws_db_snapshot.billing': { status: 'INSUFFICIENT_DATA', messageId: 'inherited' },
      'aws_db_snapshot.legacy': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['Encrypted'] },
    },
  },
] satisfies RuleCase[];
