import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const OTHER = 'arn:aws:kms:us-east-1:111122223333:key/99999999-aaaa-bbbb-cccc-000000000000';

export default [
  {
    name: 'encrypted, unset (Redshift encrypts new clusters by default), explicitly unencrypted, unknown, and a key named in no way KMS names keys',
    template: `
Parameters:
  Encrypt:
    Type: String
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: '2012-10-17', Statement: [] }
  WithKey:
    Type: AWS::Redshift::Cluster
    Properties:
      Encrypted: true
      KmsKeyId: !Ref Key
  Defaulted:
    Type: AWS::Redshift::Cluster
    Properties:
      NodeType: ra3.xlplus
  Unencrypted:
    Type: AWS::Redshift::Cluster
    Properties:
      Encrypted: false
  FromParameter:
    Type: AWS::Redshift::Cluster
    Properties:
      Encrypted: !Ref Encrypt
  Malformed:
    Type: AWS::Redshift::Cluster
    Properties:
      Encrypted: aes256
  Misnamed:
    Type: AWS::Redshift::Cluster
    Properties:
      Encrypted: true
      KmsKeyId: warehouse-key
`,
    expect: {
      WithKey: 'COMPLIANT',
      Defaulted: { status: 'COMPLIANT', path: [] },
      Unencrypted: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['Encrypted'] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'malformed' },
      Misnamed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', path: ['KmsKeyId'], messageIncludes: 'warehouse-key' },
    },
  },
  {
    name: 'kmsKeyArns: the listed key by ARN and by id, another key, the AWS owned key, and a key created alongside',
    params: { kmsKeyArns: KEY },
    template: `
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: '2012-10-17', Statement: [] }
  ListedArn:
    Type: AWS::Redshift::Cluster
    Properties:
      KmsKeyId: ${KEY}
  ListedId:
    Type: AWS::Redshift::Cluster
    Properties:
      Encrypted: true
      KmsKeyId: 1234abcd-12ab-34cd-56ef-1234567890ab
  OtherKey:
    Type: AWS::Redshift::Cluster
    Properties:
      Encrypted: true
      KmsKeyId: ${OTHER}
  OwnedKey:
    Type: AWS::Redshift::Cluster
    Properties:
      Encrypted: true
  NewKey:
    Type: AWS::Redshift::Cluster
    Properties:
      KmsKeyId: !GetAtt Key.Arn
  UnencryptedWithKey:
    Type: AWS::Redshift::Cluster
    Properties:
      Encrypted: false
      KmsKeyId: ${KEY}
`,
    expect: {
      ListedArn: { status: 'COMPLIANT', path: ['KmsKeyId'] },
      ListedId: 'COMPLIANT',
      OtherKey: { status: 'NON_COMPLIANT', messageId: 'wrongKey', path: ['KmsKeyId'] },
      OwnedKey: { status: 'NON_COMPLIANT', messageId: 'ownedKey' },
      NewKey: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', path: ['KmsKeyId'] },
      UnencryptedWithKey: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'hcl: encrypted with a key, unset (encrypted by Redshift), and explicitly false',
    hcl: `
resource "aws_kms_key" "warehouse" {}

resource "aws_redshift_cluster" "with_key" {
  cluster_identifier = "with-key"
  node_type          = "ra3.xlplus"
  encrypted          = true
  kms_key_id         = aws_kms_key.warehouse.arn
}

resource "aws_redshift_cluster" "unset" {
  cluster_identifier = "unset"
  node_type          = "ra3.xlplus"
}

resource "aws_redshift_cluster" "unencrypted" {
  cluster_identifier = "unencrypted"
  node_type          = "ra3.xlplus"
  encrypted          = false
}
`,
    expect: {
      'aws_redshift_cluster.with_key': 'COMPLIANT',
      'aws_redshift_cluster.unset': 'COMPLIANT',
      'aws_redshift_cluster.unencrypted': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'plan: kmsKeyArns with the listed key, another key, a provider default of false that is never sent, and a key set to false',
    params: { kmsKeyArns: KEY },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_redshift_cluster.listed', { cluster_identifier: 'listed', encrypted: true, kms_key_id: KEY }, { arn: true }),
        created('aws_redshift_cluster.other', { cluster_identifier: 'other', encrypted: true, kms_key_id: OTHER }, { arn: true }),
        created('aws_redshift_cluster.v5_default', { cluster_identifier: 'v5-default', encrypted: false }, { arn: true, kms_key_id: true }),
        created('aws_redshift_cluster.off', { cluster_identifier: 'off', encrypted: false }, { arn: true, kms_key_id: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_redshift_cluster.v5_default', mode: 'managed', type: 'aws_redshift_cluster', name: 'v5_default', provider_config_key: 'aws', expressions: { cluster_identifier: { constant_value: 'v5-default' } } },
            { address: 'aws_redshift_cluster.off', mode: 'managed', type: 'aws_redshift_cluster', name: 'off', provider_config_key: 'aws', expressions: { cluster_identifier: { constant_value: 'off' }, encrypted: { constant_value: false } } },
          ],
        },
      },
    },
    expect: {
      'aws_redshift_cluster.listed': 'COMPLIANT',
      'aws_redshift_cluster.other': { status: 'NON_COMPLIANT', messageId: 'wrongKey' },
      // Not configured: the AWS owned key Redshift uses by default, not the listed one.
      'aws_redshift_cluster.v5_default': { status: 'NON_COMPLIANT', messageId: 'ownedKey' },
      'aws_redshift_cluster.off': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'plan: without kmsKeyArns an unconfigured encrypted is Redshift default encryption',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [created('aws_redshift_cluster.v5_default', { cluster_identifier: 'v5-default', encrypted: false }, { arn: true, kms_key_id: true })],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_redshift_cluster.v5_default', mode: 'managed', type: 'aws_redshift_cluster', name: 'v5_default', provider_config_key: 'aws', expressions: { cluster_identifier: { constant_value: 'v5-default' } } },
          ],
        },
      },
    },
    expect: { 'aws_redshift_cluster.v5_default': 'COMPLIANT' },
  },
] satisfies RuleCase[];
