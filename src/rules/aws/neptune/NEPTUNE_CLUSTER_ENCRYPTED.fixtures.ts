import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

export default [
  {
    name: 'encrypted with a key created alongside, unencrypted, unset, restored (also with StorageEncrypted false, which a restore does not take), and malformed',
    template: `
Resources:
  GraphKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: '2012-10-17', Statement: [] }
  Encrypted:
    Type: AWS::Neptune::DBCluster
    Properties:
      StorageEncrypted: true
      KmsKeyId: !GetAtt GraphKey.Arn
  Plain:
    Type: AWS::Neptune::DBCluster
    Properties:
      StorageEncrypted: false
  Defaulted:
    Type: AWS::Neptune::DBCluster
    Properties:
      IamAuthEnabled: true
  Restored:
    Type: AWS::Neptune::DBCluster
    Properties:
      SnapshotIdentifier: graph-final
  ClonedOff:
    Type: AWS::Neptune::DBCluster
    Properties:
      SourceDBClusterIdentifier: graph-live
      RestoreType: copy-on-write
      UseLatestRestorableTime: true
      StorageEncrypted: false
  Malformed:
    Type: AWS::Neptune::DBCluster
    Properties:
      StorageEncrypted: encrypted
`,
    expect: {
      Encrypted: { status: 'COMPLIANT', path: ['KmsKeyId'] },
      Plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['StorageEncrypted'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      Restored: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
      ClonedOff: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', path: ['SourceDBClusterIdentifier'] },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'KmsKeyArns: the listed key and another',
    params: { KmsKeyArns: KEY },
    template: `
Resources:
  Listed:
    Type: AWS::Neptune::DBCluster
    Properties:
      StorageEncrypted: true
      KmsKeyId: ${KEY}
  Other:
    Type: AWS::Neptune::DBCluster
    Properties:
      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:us-east-1:111122223333:key/00000000-0000-0000-0000-000000000000
`,
    expect: {
      Listed: 'COMPLIANT',
      Other: { status: 'NON_COMPLIANT', messageId: 'keyNotAllowed' },
    },
  },
  {
    name: 'hcl: storage_encrypted with a key, unset, and turned off on a restore, which takes its snapshot\'s',
    hcl: `
resource "aws_kms_key" "graph" {}

resource "aws_neptune_cluster" "encrypted" {
  cluster_identifier = "encrypted"
  storage_encrypted  = true
  kms_key_arn        = aws_kms_key.graph.arn
}

resource "aws_neptune_cluster" "plain" {
  cluster_identifier = "plain"
}

resource "aws_neptune_cluster" "restored_off" {
  cluster_identifier  = "restored-off"
  snapshot_identifier = "graph-final"
  storage_encrypted   = false
}
`,
    expect: {
      'aws_neptune_cluster.encrypted': 'COMPLIANT',
      'aws_neptune_cluster.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_neptune_cluster.restored_off': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', path: ['SnapshotIdentifier'] },
    },
  },
  {
    name: 'plan: encrypted, the provider default false, and restored from a snapshot named after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_neptune_cluster.encrypted', { cluster_identifier: 'encrypted', storage_encrypted: true }, { arn: true, kms_key_arn: true }),
        created('aws_neptune_cluster.plain', { cluster_identifier: 'plain', storage_encrypted: false }, { arn: true, kms_key_arn: true }),
        created('aws_neptune_cluster.restored', { cluster_identifier: 'restored' }, { arn: true, kms_key_arn: true, storage_encrypted: true, snapshot_identifier: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_neptune_cluster.encrypted', mode: 'managed', type: 'aws_neptune_cluster', name: 'encrypted', provider_config_key: 'aws', expressions: { storage_encrypted: { constant_value: true } } },
            { address: 'aws_neptune_cluster.restored', mode: 'managed', type: 'aws_neptune_cluster', name: 'restored', provider_config_key: 'aws', expressions: { snapshot_identifier: { references: ['aws_neptune_cluster_snapshot.final.id', 'aws_neptune_cluster_snapshot.final'] } } },
          ],
        },
      },
    },
    expect: {
      'aws_neptune_cluster.encrypted': 'COMPLIANT',
      'aws_neptune_cluster.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_neptune_cluster.restored': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
  {
    name: 'a key named by text that is none of the ways KMS names a key is malformed, beside an alias',
    template: `
Resources:
  Misnamed:
    Type: AWS::Neptune::DBCluster
    Properties: { StorageEncrypted: true, KmsKeyId: graph-key }
  Aliased:
    Type: AWS::Neptune::DBCluster
    Properties: { StorageEncrypted: true, KmsKeyId: alias/graphs }
`,
    expect: {
      Misnamed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'is not a KMS key id' },
      Aliased: 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a cluster whose key is text that names no KMS key, beside an alias',
    hcl: `
resource "aws_neptune_cluster" "misnamed" {
  cluster_identifier = "misnamed"
  storage_encrypted  = true
  kms_key_arn        = "graph-key"
}

resource "aws_neptune_cluster" "aliased" {
  cluster_identifier = "aliased"
  storage_encrypted  = true
  kms_key_arn        = "alias/graphs"
}
`,
    expect: {
      'aws_neptune_cluster.misnamed': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'is not a KMS key id' },
      'aws_neptune_cluster.aliased': 'COMPLIANT',
    },
  },
  {
    name: 'plan: a cluster whose key is text that names no KMS key, beside an alias',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_neptune_cluster.misnamed', { cluster_identifier: 'misnamed', storage_encrypted: true, kms_key_arn: 'graph-key' }, { arn: true }),
        created('aws_neptune_cluster.aliased', { cluster_identifier: 'aliased', storage_encrypted: true, kms_key_arn: 'alias/graphs' }, { arn: true }),
      ],
    },
    expect: {
      'aws_neptune_cluster.misnamed': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'is not a KMS key id' },
      'aws_neptune_cluster.aliased': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
