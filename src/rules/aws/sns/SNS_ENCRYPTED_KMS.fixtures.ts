import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

export default [
  {
    name: 'the AWS managed key, a key created alongside, no key, an empty key, one from an undecidable condition, and aws/sns without alias/ (no key name)',
    template: `
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  TopicKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: '2012-10-17', Statement: [] }
  Managed:
    Type: AWS::SNS::Topic
    Properties:
      KmsMasterKeyId: alias/aws/sns
  Customer:
    Type: AWS::SNS::Topic
    Properties:
      KmsMasterKeyId: !Ref TopicKey
  Plain:
    Type: AWS::SNS::Topic
    Properties:
      DisplayName: plain
  Empty:
    Type: AWS::SNS::Topic
    Properties:
      KmsMasterKeyId: ''
  Maybe:
    Type: AWS::SNS::Topic
    Properties:
      KmsMasterKeyId: !If [InIreland, alias/aws/sns, !Ref AWS::NoValue]
  Misnamed:
    Type: AWS::SNS::Topic
    Properties:
      KmsMasterKeyId: aws/sns
`,
    expect: {
      Managed: { status: 'COMPLIANT', path: ['KmsMasterKeyId'] },
      Customer: 'COMPLIANT',
      Plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      Empty: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
      Misnamed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', path: ['KmsMasterKeyId'], messageIncludes: 'malformed' },
    },
  },
  {
    name: 'kmsKeyIds: the listed key by id and by ARN, an alias name, another key and an alias that may name the listed key',
    params: { kmsKeyIds: `1234abcd-12ab-34cd-56ef-1234567890ab,alias/alerts` },
    template: `
Resources:
  ById:
    Type: AWS::SNS::Topic
    Properties:
      KmsMasterKeyId: 1234abcd-12ab-34cd-56ef-1234567890ab
  ByArn:
    Type: AWS::SNS::Topic
    Properties:
      KmsMasterKeyId: ${KEY}
  ByAlias:
    Type: AWS::SNS::Topic
    Properties:
      KmsMasterKeyId: arn:aws:kms:us-east-1:111122223333:alias/alerts
  Other:
    Type: AWS::SNS::Topic
    Properties:
      KmsMasterKeyId: arn:aws:kms:us-east-1:111122223333:key/00000000-0000-0000-0000-000000000000
  OtherAlias:
    Type: AWS::SNS::Topic
    Properties:
      KmsMasterKeyId: alias/other
`,
    expect: {
      ById: 'COMPLIANT',
      ByArn: 'COMPLIANT',
      ByAlias: 'COMPLIANT',
      // A key id is compared with the listed alias only by AWS.
      Other: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
      OtherAlias: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
  {
    name: 'hcl: kms_master_key_id set, unset, a key of the configuration, and text that names no key',
    hcl: `
resource "aws_sns_topic" "encrypted" {
  name              = "encrypted"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic" "plain" {
  name = "plain"
}

resource "aws_kms_key" "topic" {}

resource "aws_sns_topic" "referenced" {
  name              = "referenced"
  kms_master_key_id = aws_kms_key.topic.id
}

resource "aws_sns_topic" "misnamed" {
  name              = "misnamed"
  kms_master_key_id = "topic-key"
}
`,
    expect: {
      'aws_sns_topic.encrypted': 'COMPLIANT',
      'aws_sns_topic.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_sns_topic.referenced': 'COMPLIANT',
      'aws_sns_topic.misnamed': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'plan: an alias, no key, and a key known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_sns_topic.encrypted', { name: 'encrypted', kms_master_key_id: 'alias/aws/sns' }, { arn: true }),
        created('aws_sns_topic.plain', { name: 'plain' }, { arn: true }),
        created('aws_sns_topic.later', { name: 'later' }, { arn: true, kms_master_key_id: true }),
      ],
      configuration: {
        root_module: {
          resources: [{ address: 'aws_sns_topic.later', mode: 'managed', type: 'aws_sns_topic', name: 'later', provider_config_key: 'aws', expressions: { kms_master_key_id: { references: ['aws_kms_key.topic.id', 'aws_kms_key.topic'] } } }],
        },
      },
    },
    expect: {
      'aws_sns_topic.encrypted': 'COMPLIANT',
      'aws_sns_topic.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_sns_topic.later': 'COMPLIANT',
    },
  },
  {
    name: 'a key named by text that is none of the ways KMS names a key is malformed, beside an alias',
    template: `
Resources:
  Misnamed:
    Type: AWS::SNS::Topic
    Properties: { KmsMasterKeyId: aws_kms_key.topic.arn }
  Aliased:
    Type: AWS::SNS::Topic
    Properties: { KmsMasterKeyId: alias/topics }
`,
    expect: {
      Misnamed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'is not a KMS key id' },
      Aliased: 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a topic whose key is text that names no KMS key, beside an alias',
    hcl: `
resource "aws_sns_topic" "misnamed" {
  name              = "misnamed"
  kms_master_key_id = "aws_kms_key.topic.arn"
}

resource "aws_sns_topic" "aliased" {
  name              = "aliased"
  kms_master_key_id = "alias/topics"
}
`,
    expect: {
      'aws_sns_topic.misnamed': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'is not a KMS key id' },
      'aws_sns_topic.aliased': 'COMPLIANT',
    },
  },
  {
    name: 'plan: a topic whose key is text that names no KMS key, beside an alias',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_sns_topic.misnamed', { name: 'misnamed', kms_master_key_id: 'aws_kms_key.topic.arn' }, { arn: true }),
        created('aws_sns_topic.aliased', { name: 'aliased', kms_master_key_id: 'alias/topics' }, { arn: true }),
      ],
    },
    expect: {
      'aws_sns_topic.misnamed': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'is not a KMS key id' },
      'aws_sns_topic.aliased': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: kms_master_key_id from a variable without a default (may be given null: unencrypted) and from one declared nullable = false',
    hcl: `
variable "topic_key" {
  type = string
}

variable "required_topic_key" {
  type     = string
  nullable = false
}

resource "aws_sns_topic" "maybe" {
  name              = "maybe"
  kms_master_key_id = var.topic_key
}

resource "aws_sns_topic" "required" {
  name              = "required"
  kms_master_key_id = var.required_topic_key
}
`,
    expect: {
      'aws_sns_topic.maybe': { status: 'INSUFFICIENT_DATA', messageIncludes: 'var.topic_key' },
      'aws_sns_topic.required': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a key of the configuration chosen by a condition, with null on the other side (known false: no key; unknown: may be no key)',
    hcl: `
variable "encrypt" {
  type = bool
}

variable "encrypt_known" {
  type    = bool
  default = false
}

resource "aws_kms_key" "topics" {}

resource "aws_sns_topic" "undecided" {
  name              = "undecided"
  kms_master_key_id = var.encrypt ? aws_kms_key.topics.arn : null
}

resource "aws_sns_topic" "off" {
  name              = "off"
  kms_master_key_id = var.encrypt_known ? aws_kms_key.topics.arn : null
}
`,
    expect: {
      'aws_sns_topic.undecided': { status: 'INSUFFICIENT_DATA', messageIncludes: 'aws_kms_key.topics' },
      'aws_sns_topic.off': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'plan: a key chosen by a condition that the plan decided for null (the configuration still names the key)',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [created('aws_sns_topic.off', { name: 'off', kms_master_key_id: null }, { arn: true })],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_sns_topic.off', mode: 'managed', type: 'aws_sns_topic', name: 'off', provider_config_key: 'aws', expressions: { kms_master_key_id: { references: ['aws_kms_key.topic.arn', 'aws_kms_key.topic'] } } },
          ],
        },
      },
    },
    expect: {
      'aws_sns_topic.off': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
] satisfies RuleCase[];
