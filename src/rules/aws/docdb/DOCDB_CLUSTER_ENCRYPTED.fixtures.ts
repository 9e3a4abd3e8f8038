import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const CLUSTER = `
    Type: AWS::DocDB::DBCluster
    Properties:
      MasterUsername: catalog_admin
      MasterUserPassword: '{{resolve:secretsmanager:catalog-admin:SecretString:password}}'`;

export default [
  {
    name: 'encrypted, unencrypted, unset, restored from a snapshot, and from a parameter; Aurora clusters are not applicable',
    template: `
Parameters:
  Encrypt: { Type: String }
Resources:
  Encrypted:${CLUSTER}
      StorageEncrypted: true
  Plain:${CLUSTER}
      StorageEncrypted: false
  Defaulted:${CLUSTER}
  Restored:
    Type: AWS::DocDB::DBCluster
    Properties:
      SnapshotIdentifier: arn:aws:rds:us-east-1:111122223333:cluster-snapshot:catalog-final
  RestoredOff:
    Type: AWS::DocDB::DBCluster
    Properties:
      SnapshotIdentifier: arn:aws:rds:us-east-1:111122223333:cluster-snapshot:catalog-final
      StorageEncrypted: false
  FromParameter:${CLUSTER}
      StorageEncrypted: !Ref Encrypt
  Aurora:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      StorageEncrypted: false
`,
    expect: {
      Encrypted: { status: 'COMPLIANT', messageIncludes: 'alias/aws/rds' },
      Plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['StorageEncrypted'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      Restored: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', path: ['SnapshotIdentifier'] },
      RestoredOff: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', path: ['SnapshotIdentifier'] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
      Aurora: { status: 'NOT_APPLICABLE', messageId: 'otherEngine' },
    },
  },
  {
    name: 'kmsKeyArns: the listed key, another key, and the AWS managed key',
    params: { kmsKeyArns: KEY },
    template: `
Resources:
  Listed:${CLUSTER}
      StorageEncrypted: true
      KmsKeyId: ${KEY}
  Other:${CLUSTER}
      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:us-east-1:111122223333:key/00000000-0000-0000-0000-000000000000
  Managed:${CLUSTER}
      StorageEncrypted: true
`,
    expect: {
      Listed: { status: 'COMPLIANT', path: ['KmsKeyId'] },
      Other: { status: 'NON_COMPLIANT', messageId: 'keyNotAllowed', path: ['KmsKeyId'] },
      Managed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
  {
    name: 'hcl: storage_encrypted true and unset',
    hcl: `
resource "aws_docdb_cluster" "encrypted" {
  cluster_identifier = "encrypted"
  master_username    = "catalog_admin"
  master_password    = var.password
  storage_encrypted  = true
}

resource "aws_docdb_cluster" "plain" {
  cluster_identifier = "plain"
  master_username    = "catalog_admin"
  master_password    = var.password
}

variable "password" {
  type      = string
  sensitive = true
  default   = "not-a-real-password"
}
`,
    expect: {
      'aws_docdb_cluster.encrypted': 'COMPLIANT',
      'aws_docdb_cluster.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'plan: encrypted with a key, unencrypted, and known after apply',
    params: { kmsKeyArns: KEY },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_docdb_cluster.listed', { cluster_identifier: 'listed', storage_encrypted: true, kms_key_id: KEY }, { arn: true }),
        created('aws_docdb_cluster.plain', { cluster_identifier: 'plain', storage_encrypted: false }, { arn: true, kms_key_id: true }),
        created('aws_docdb_cluster.later', { cluster_identifier: 'later', kms_key_id: KEY }, { arn: true, storage_encrypted: true }),
      ],
    },
    expect: {
      'aws_docdb_cluster.listed': 'COMPLIANT',
      'aws_docdb_cluster.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_docdb_cluster.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
  {
    name: 'a key named by text that is none of the ways KMS names a key is malformed, beside an alias',
    template: `
Resources:
  Misnamed:
    Type: AWS::DocDB::DBCluster
    Properties: { StorageEncrypted: true, KmsKeyId: docdb-key }
  Aliased:
    Type: AWS::DocDB::DBCluster
    Properties: { StorageEncrypted: true, KmsKeyId: alias/catalog }
`,
    expect: {
      Misnamed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'is not a KMS key id' },
      Aliased: 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a cluster whose key is text that names no KMS key, beside an alias',
    hcl: `
resource "aws_docdb_cluster" "misnamed" {
  cluster_identifier = "misnamed"
  storage_encrypted  = true
  kms_key_id         = "docdb-key"
}

resource "aws_docdb_cluster" "aliased" {
  cluster_identifier = "aliased"
  storage_encrypted  = true
  kms_key_id         = "alias/catalog"
}
`,
    expect: {
      'aws_docdb_cluster.misnamed': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'is not a KMS key id' },
      'aws_docdb_cluster.aliased': 'COMPLIANT',
    },
  },
  {
    name: 'plan: a cluster whose key is text that names no KMS key, beside an alias',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_docdb_cluster.misnamed', { cluster_identifier: 'misnamed', storage_encrypted: true, kms_key_id: 'docdb-key' }, { arn: true }),
        created('aws_docdb_cluster.aliased', { cluster_identifier: 'aliased', storage_encrypted: true, kms_key_id: 'alias/catalog' }, { arn: true }),
      ],
    },
    expect: {
      'aws_docdb_cluster.misnamed': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'is not a KMS key id' },
      'aws_docdb_cluster.aliased': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
