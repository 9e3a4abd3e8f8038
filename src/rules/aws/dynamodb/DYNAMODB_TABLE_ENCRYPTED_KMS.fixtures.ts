import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const KEYS = `
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      BillingMode: PAY_PER_REQUEST`;
const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const OTHER = 'arn:aws:kms:us-east-1:111122223333:key/99999999-aaaa-bbbb-cccc-000000000000';

export default [
  {
    name: 'KMS with a key created alongside, the AWS managed key, the AWS owned key (unset or SSEEnabled false), and unknown',
    template: `
Parameters:
  Encrypt: { Type: String }
Resources:
  TableKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: '2012-10-17', Statement: [] }
  CustomerKey:
    Type: AWS::DynamoDB::Table
    Properties:${KEYS}
      SSESpecification: { SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: !Ref TableKey }
  ManagedKey:
    Type: AWS::DynamoDB::Table
    Properties:${KEYS}
      SSESpecification: { SSEEnabled: true }
  OwnedKey:
    Type: AWS::DynamoDB::Table
    Properties:${KEYS}
  Disabled:
    Type: AWS::DynamoDB::Table
    Properties:${KEYS}
      SSESpecification: { SSEEnabled: false }
  FromParameter:
    Type: AWS::DynamoDB::Table
    Properties:${KEYS}
      SSESpecification: { SSEEnabled: !Ref Encrypt }
  Malformed:
    Type: AWS::DynamoDB::Table
    Properties:${KEYS}
      SSESpecification: KMS
`,
    expect: {
      CustomerKey: { status: 'COMPLIANT', path: ['SSESpecification', 'KMSMasterKeyId'] },
      ManagedKey: { status: 'COMPLIANT', messageIncludes: 'alias/aws/dynamodb' },
      OwnedKey: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      Disabled: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['SSESpecification', 'SSEEnabled'] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'kmsKeyArns: the listed key by ARN, another key, the AWS managed key, and an unencrypted table',
    params: { kmsKeyArns: KEY },
    template: `
Resources:
  Listed:
    Type: AWS::DynamoDB::Table
    Properties:${KEYS}
      SSESpecification: { SSEEnabled: true, KMSMasterKeyId: ${KEY} }
  Other:
    Type: AWS::DynamoDB::Table
    Properties:${KEYS}
      SSESpecification: { SSEEnabled: true, KMSMasterKeyId: ${OTHER} }
  ManagedKey:
    Type: AWS::DynamoDB::Table
    Properties:${KEYS}
      SSESpecification: { SSEEnabled: true }
  Plain:
    Type: AWS::DynamoDB::Table
    Properties:${KEYS}
`,
    expect: {
      Listed: 'COMPLIANT',
      Other: { status: 'NON_COMPLIANT', messageId: 'keyNotAllowed', path: ['SSESpecification', 'KMSMasterKeyId'] },
      // Which key aws/dynamodb is, only the account knows.
      ManagedKey: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
      Plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'hcl: server_side_encryption with a key, enabled without one, and absent',
    hcl: `
resource "aws_kms_key" "table" {}

resource "aws_dynamodb_table" "customer" {
  name         = "customer"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.table.arn
  }
}

resource "aws_dynamodb_table" "managed" {
  name         = "managed"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled = true
  }
}

resource "aws_dynamodb_table" "owned" {
  name         = "owned"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}
`,
    expect: {
      'aws_dynamodb_table.customer': 'COMPLIANT',
      'aws_dynamodb_table.managed': 'COMPLIANT',
      'aws_dynamodb_table.owned': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'plan: kmsKeyArns with the listed key, another key, a computed block not configured (AWS owned key), and a key known after apply',
    params: { kmsKeyArns: KEY },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_dynamodb_table.listed', { name: 'listed', server_side_encryption: [{ enabled: true, kms_key_arn: KEY }] }, { arn: true }),
        created('aws_dynamodb_table.other', { name: 'other', server_side_encryption: [{ enabled: true, kms_key_arn: OTHER }] }, { arn: true }),
        created('aws_dynamodb_table.owned', { name: 'owned' }, { arn: true, server_side_encryption: true }),
        created('aws_dynamodb_table.later', { name: 'later', server_side_encryption: [{ enabled: true }] }, { arn: true, server_side_encryption: [{ kms_key_arn: true }] }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_dynamodb_table.owned', mode: 'managed', type: 'aws_dynamodb_table', name: 'owned', provider_config_key: 'aws', expressions: { name: { constant_value: 'owned' } } },
            { address: 'aws_dynamodb_table.later', mode: 'managed', type: 'aws_dynamodb_table', name: 'later', provider_config_key: 'aws', expressions: { name: { constant_value: 'later' }, server_side_encryption: [{ enabled: { constant_value: true }, kms_key_arn: { references: ['aws_kms_key.table.arn', 'aws_kms_key.table'] } }] } },
          ],
        },
      },
    },
    expect: {
      'aws_dynamodb_table.listed': 'COMPLIANT',
      'aws_dynamodb_table.other': { status: 'NON_COMPLIANT', messageId: 'keyNotAllowed' },
      'aws_dynamodb_table.owned': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_dynamodb_table.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
  {
    name: 'a key named by text that is none of the ways KMS names a key is malformed, beside an alias',
    template: `
Resources:
  Misnamed:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      SSESpecification: { SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: table-key }
  Aliased:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      SSESpecification: { SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: alias/tables }
`,
    expect: {
      Misnamed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'is not a KMS key id' },
      Aliased: 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a table whose key is text that names no KMS key, beside an alias',
    hcl: `
resource "aws_dynamodb_table" "misnamed" {
  name         = "misnamed"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = "table-key"
  }
}

resource "aws_dynamodb_table" "aliased" {
  name         = "aliased"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = "alias/tables"
  }
}
`,
    expect: {
      'aws_dynamodb_table.misnamed': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'is not a KMS key id' },
      'aws_dynamodb_table.aliased': 'COMPLIANT',
    },
  },
  {
    name: 'plan: a table whose key is text that names no KMS key, beside an alias',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_dynamodb_table.misnamed', { name: 'misnamed', server_side_encryption: [{ enabled: true, kms_key_arn: 'table-key' }] }, { arn: true }),
        created('aws_dynamodb_table.aliased', { name: 'aliased', server_side_encryption: [{ enabled: true, kms_key_arn: 'alias/tables' }] }, { arn: true }),
      ],
    },
    expect: {
      'aws_dynamodb_table.misnamed': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'is not a KMS key id' },
      'aws_dynamodb_table.aliased': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
