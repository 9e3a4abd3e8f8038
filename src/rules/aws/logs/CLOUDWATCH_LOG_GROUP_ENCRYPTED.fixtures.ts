import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

export default [
  {
    name: 'a key ARN, a key of the template, no key, and a key from an undecidable condition',
    template: `
Conditions:
  InIreland: !Equals [!Ref AWS::Region, eu-west-1]
Resources:
  LogsKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: '2012-10-17', Statement: [] }
  ByArn:
    Type: AWS::Logs::LogGroup
    Properties:
      KmsKeyId: ${KEY}
  OwnKey:
    Type: AWS::Logs::LogGroup
    Properties:
      KmsKeyId: !GetAtt LogsKey.Arn
  Plain:
    Type: AWS::Logs::LogGroup
    Properties:
      RetentionInDays: 365
  Maybe:
    Type: AWS::Logs::LogGroup
    Properties:
      KmsKeyId: !If [InIreland, ${KEY}, !Ref AWS::NoValue]
`,
    expect: {
      ByArn: { status: 'COMPLIANT', path: ['KmsKeyId'] },
      OwnKey: 'COMPLIANT',
      Plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
  {
    name: 'KmsKeyId: the expected key and another key',
    params: { KmsKeyId: KEY },
    template: `
Resources:
  Expected:
    Type: AWS::Logs::LogGroup
    Properties:
      KmsKeyId: ${KEY}
  Other:
    Type: AWS::Logs::LogGroup
    Properties:
      KmsKeyId: arn:aws:kms:eu-west-1:111122223333:key/00000000-0000-0000-0000-000000000000
`,
    expect: {
      Expected: 'COMPLIANT',
      Other: { status: 'NON_COMPLIANT', messageId: 'keyNotAllowed' },
    },
  },
  {
    name: 'hcl: kms_key_id set and unset',
    hcl: `
resource "aws_cloudwatch_log_group" "encrypted" {
  name       = "/app/encrypted"
  kms_key_id = "${KEY}"
}

resource "aws_cloudwatch_log_group" "plain" {
  name = "/app/plain"
}
`,
    expect: {
      'aws_cloudwatch_log_group.encrypted': 'COMPLIANT',
      'aws_cloudwatch_log_group.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'plan: a key, no key, and a key of the plan known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_cloudwatch_log_group.encrypted', { name: '/app/encrypted', kms_key_id: KEY }, { arn: true, id: true }),
        created('aws_cloudwatch_log_group.plain', { name: '/app/plain', kms_key_id: null }, { arn: true, id: true }),
        created('aws_kms_key.logs', { description: 'logs' }, { arn: true, id: true, key_id: true }),
        created('aws_cloudwatch_log_group.later', { name: '/app/later' }, { arn: true, id: true, kms_key_id: true }),
      ],
      configuration: {
        root_module: {
          resources: [{ address: 'aws_cloudwatch_log_group.later', mode: 'managed', type: 'aws_cloudwatch_log_group', name: 'later', provider_config_key: 'aws', expressions: { kms_key_id: { references: ['aws_kms_key.logs.arn', 'aws_kms_key.logs'] } } }],
        },
      },
    },
    expect: {
      'aws_cloudwatch_log_group.encrypted': 'COMPLIANT',
      'aws_cloudwatch_log_group.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_cloudwatch_log_group.later': 'COMPLIANT',
    },
  },
  {
    name: 'a key named by text that is none of the ways KMS names a key is malformed, beside an alias',
    template: `
Resources:
  Misnamed:
    Type: AWS::Logs::LogGroup
    Properties: { KmsKeyId: log-key }
  Aliased:
    Type: AWS::Logs::LogGroup
    Properties: { KmsKeyId: alias/logs }
`,
    expect: {
      Misnamed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'is not a KMS key id' },
      Aliased: 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a log group whose key is text that names no KMS key, beside an alias',
    hcl: `
resource "aws_cloudwatch_log_group" "misnamed" {
  name       = "/app/misnamed"
  kms_key_id = "log-key"
}

resource "aws_cloudwatch_log_group" "aliased" {
  name       = "/app/aliased"
  kms_key_id = "alias/logs"
}
`,
    expect: {
      'aws_cloudwatch_log_group.misnamed': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'is not a KMS key id' },
      'aws_cloudwatch_log_group.aliased': 'COMPLIANT',
    },
  },
  {
    name: 'plan: a log group whose key is text that names no KMS key, beside an alias',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_cloudwatch_log_group.misnamed', { name: '/app/misnamed', kms_key_id: 'log-key' }, { arn: true }),
        created('aws_cloudwatch_log_group.aliased', { name: '/app/aliased', kms_key_id: 'alias/logs' }, { arn: true }),
      ],
    },
    expect: {
      'aws_cloudwatch_log_group.misnamed': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'is not a KMS key id' },
      'aws_cloudwatch_log_group.aliased': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
