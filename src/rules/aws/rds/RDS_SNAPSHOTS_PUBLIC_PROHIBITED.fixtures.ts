import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'hcl: snapshots, snapshot copies and cluster snapshots shared with everyone, with accounts, or not at all',
    hcl: `
variable "share_with" {
  type = list(string)
}

resource "aws_db_snapshot" "private" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-release-42"
}

resource "aws_db_snapshot" "public" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-demo"
  shared_accounts        = ["all"]
}

resource "aws_db_snapshot" "partner" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-partner"
  shared_accounts        = ["111122223333", "444455556666"]
}

resource "aws_db_snapshot" "unshared" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-unshared"
  shared_accounts        = []
}

resource "aws_db_snapshot" "from_variable" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-variable"
  shared_accounts        = var.share_with
}

resource "aws_db_snapshot_copy" "public" {
  source_db_snapshot_identifier = aws_db_snapshot.private.db_snapshot_arn
  target_db_snapshot_identifier = "orders-release-42-copy"
  shared_accounts               = ["ALL"]
}

resource "aws_db_cluster_snapshot" "public" {
  db_cluster_identifier          = "analytics"
  db_cluster_snapshot_identifier = "analytics-demo"
  shared_accounts                = ["all"]
}

resource "aws_db_cluster_snapshot" "private" {
  db_cluster_identifier          = "analytics"
  db_cluster_snapshot_identifier = "analytics-release-42"
}
`,
    expect: {
      'aws_db_snapshot.private': { status: 'COMPLIANT', messageId: 'private', path: [] },
      'aws_db_snapshot.public': { status: 'NON_COMPLIANT', messageId: 'public', path: ['DBSnapshotAttributes'] },
      'aws_db_snapshot.partner': { status: 'COMPLIANT', messageId: 'shared', messageIncludes: '111122223333, 444455556666' },
      'aws_db_snapshot.unshared': { status: 'COMPLIANT', messageId: 'private' },
      'aws_db_snapshot.from_variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      'aws_db_snapshot_copy.public': { status: 'NON_COMPLIANT', messageId: 'public' },
      'aws_db_cluster_snapshot.public': { status: 'NON_COMPLIANT', messageId: 'public', path: ['DBClusterSnapshotAttributes'], messageIncludes: 'DB cluster snapshot' },
      'aws_db_cluster_snapshot.private': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: an account list with an element known only at deployment',
    hcl: `
data "aws_caller_identity" "current" {}

resource "aws_db_snapshot" "own" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-own"
  shared_accounts        = [data.aws_caller_identity.current.account_id]
}

resource "aws_db_snapshot" "own_and_public" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "orders-own-public"
  shared_accounts        = [data.aws_caller_identity.current.account_id, "all"]
}
`,
    expect: {
      'aws_db_snapshot.own': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      'aws_db_snapshot.own_and_public': { status: 'NON_COMPLIANT', messageId: 'public' },
    },
  },
  {
    name: 'plan: snapshots made public, shared, and shared with accounts known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_db_snapshot.public', { db_instance_identifier: 'orders', db_snapshot_identifier: 'orders-demo', shared_accounts: ['all'] }, { db_snapshot_arn: true, encrypted: true, id: true, kms_key_id: true }),
        created('aws_db_snapshot.private', { db_instance_identifier: 'orders', db_snapshot_identifier: 'orders-42', shared_accounts: null }, { db_snapshot_arn: true, encrypted: true, id: true, kms_key_id: true }),
        created('aws_db_cluster_snapshot.partner', { db_cluster_identifier: 'analytics', db_cluster_snapshot_identifier: 'analytics-42', shared_accounts: ['111122223333'] }, { db_cluster_snapshot_arn: true, id: true, storage_encrypted: true }),
        created('aws_db_cluster_snapshot.computed', { db_cluster_identifier: 'analytics', db_cluster_snapshot_identifier: 'analytics-43' }, { db_cluster_snapshot_arn: true, id: true, shared_accounts: true, storage_encrypted: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            {
              address: 'aws_db_cluster_snapshot.computed', mode: 'managed', type: 'aws_db_cluster_snapshot', name: 'computed', provider_config_key: 'aws',
              expressions: { db_cluster_identifier: { constant_value: 'analytics' }, shared_accounts: { references: ['aws_organizations_account.partner.id', 'aws_organizations_account.partner'] } },
            },
          ],
        },
      },
    },
    expect: {
      'aws_db_snapshot.public': { status: 'NON_COMPLIANT', messageId: 'public' },
      'aws_db_snapshot.private': { status: 'COMPLIANT', messageId: 'private' },
      'aws_db_cluster_snapshot.partner': { status: 'COMPLIANT', messageId: 'shared' },
      'aws_db_cluster_snapshot.computed': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
