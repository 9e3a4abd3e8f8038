import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'KMS with the AWS managed key and a created key, no StreamEncryption, NONE, from a parameter, and KMS without the KeyId Kinesis requires',
    template: `
Parameters:
  Encryption: { Type: String }
Resources:
  StreamKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: '2012-10-17', Statement: [] }
  Managed:
    Type: AWS::Kinesis::Stream
    Properties:
      ShardCount: 1
      StreamEncryption: { EncryptionType: KMS, KeyId: alias/aws/kinesis }
  Customer:
    Type: AWS::Kinesis::Stream
    Properties:
      ShardCount: 1
      StreamEncryption: { EncryptionType: KMS, KeyId: !Ref StreamKey }
  Plain:
    Type: AWS::Kinesis::Stream
    Properties:
      ShardCount: 1
  None:
    Type: AWS::Kinesis::Stream
    Properties:
      ShardCount: 1
      StreamEncryption: { EncryptionType: NONE, KeyId: alias/aws/kinesis }
  FromParameter:
    Type: AWS::Kinesis::Stream
    Properties:
      ShardCount: 1
      StreamEncryption: { EncryptionType: !Ref Encryption, KeyId: alias/aws/kinesis }
  Malformed:
    Type: AWS::Kinesis::Stream
    Properties:
      ShardCount: 1
      StreamEncryption: KMS
  NoKey:
    Type: AWS::Kinesis::Stream
    Properties:
      ShardCount: 1
      StreamEncryption: { EncryptionType: KMS }
  EmptyKey:
    Type: AWS::Kinesis::Stream
    Properties:
      ShardCount: 1
      StreamEncryption: { EncryptionType: KMS, KeyId: '' }
`,
    expect: {
      Managed: { status: 'COMPLIANT', path: ['StreamEncryption', 'KeyId'] },
      Customer: 'COMPLIANT',
      Plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      None: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['StreamEncryption', 'EncryptionType'] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'malformed' },
      NoKey: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'names no KeyId' },
      EmptyKey: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'names no KeyId' },
    },
  },
  {
    name: 'hcl: encryption_type KMS and unset (NONE)',
    hcl: `
resource "aws_kinesis_stream" "encrypted" {
  name            = "encrypted"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
}

resource "aws_kinesis_stream" "plain" {
  name        = "plain"
  shard_count = 1
}
`,
    expect: {
      'aws_kinesis_stream.encrypted': 'COMPLIANT',
      'aws_kinesis_stream.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'plan: KMS, the provider default NONE, and an encryption type known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_kinesis_stream.encrypted', { name: 'encrypted', encryption_type: 'KMS', kms_key_id: 'alias/aws/kinesis' }, { arn: true }),
        created('aws_kinesis_stream.plain', { name: 'plain', encryption_type: 'NONE' }, { arn: true }),
        created('aws_kinesis_stream.later', { name: 'later', kms_key_id: 'alias/aws/kinesis' }, { arn: true, encryption_type: true }),
      ],
    },
    expect: {
      'aws_kinesis_stream.encrypted': 'COMPLIANT',
      'aws_kinesis_stream.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_kinesis_stream.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
  {
    name: 'a key named by text that is none of the ways KMS names a key is malformed, beside an alias',
    template: `
Resources:
  Misnamed:
    Type: AWS::Kinesis::Stream
    Properties: { ShardCount: 1, StreamEncryption: { EncryptionType: KMS, KeyId: alis/stream-key } }
  Aliased:
    Type: AWS::Kinesis::Stream
    Properties: { ShardCount: 1, StreamEncryption: { EncryptionType: KMS, KeyId: alias/streams } }
`,
    expect: {
      Misnamed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'is not a KMS key id' },
      Aliased: 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a stream whose key is text that names no KMS key, beside an alias',
    hcl: `
resource "aws_kinesis_stream" "misnamed" {
  name            = "misnamed"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = "alis/stream-key"
}

resource "aws_kinesis_stream" "aliased" {
  name            = "aliased"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = "alias/streams"
}
`,
    expect: {
      'aws_kinesis_stream.misnamed': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'is not a KMS key id' },
      'aws_kinesis_stream.aliased': 'COMPLIANT',
    },
  },
  {
    name: 'plan: a stream whose key is text that names no KMS key, beside an alias',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_kinesis_stream.misnamed', { name: 'misnamed', shard_count: 1, encryption_type: 'KMS', kms_key_id: 'alis/stream-key' }, { arn: true }),
        created('aws_kinesis_stream.aliased', { name: 'aliased', shard_count: 1, encryption_type: 'KMS', kms_key_id: 'alias/streams' }, { arn: true }),
      ],
    },
    expect: {
      'aws_kinesis_stream.misnamed': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'is not a KMS key id' },
      'aws_kinesis_stream.aliased': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
