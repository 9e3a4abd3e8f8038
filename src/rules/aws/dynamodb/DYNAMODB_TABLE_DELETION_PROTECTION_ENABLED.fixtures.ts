import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const KEYS = `
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      BillingMode: PAY_PER_REQUEST`;

export default [
  {
    name: 'deletion protection on, off, unset, as a string, from an import, and malformed',
    template: `
Resources:
  Protected:
    Type: AWS::DynamoDB::Table
    Properties:${KEYS}
      DeletionProtectionEnabled: true
  AsString:
    Type: AWS::DynamoDB::Table
    Properties:${KEYS}
      DeletionProtectionEnabled: "true"
  Unprotected:
    Type: AWS::DynamoDB::Table
    Properties:${KEYS}
      DeletionProtectionEnabled: false
  Defaulted:
    Type: AWS::DynamoDB::Table
    Properties:${KEYS}
  Imported:
    Type: AWS::DynamoDB::Table
    Properties:${KEYS}
      DeletionProtectionEnabled: !ImportValue table-protection
  Malformed:
    Type: AWS::DynamoDB::Table
    Properties:${KEYS}
      DeletionProtectionEnabled: [true]
`,
    expect: {
      Protected: { status: 'COMPLIANT', path: ['DeletionProtectionEnabled'] },
      AsString: 'COMPLIANT',
      Unprotected: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['DeletionProtectionEnabled'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [] },
      Imported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownProtection' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownProtection', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: deletion_protection_enabled on and unset',
    hcl: `
resource "aws_dynamodb_table" "protected" {
  name                        = "protected"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "id"
  deletion_protection_enabled = true
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "unset" {
  name         = "unset"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}
`,
    expect: {
      'aws_dynamodb_table.protected': 'COMPLIANT',
      'aws_dynamodb_table.unset': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'plan: on, off, and from a variable known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_dynamodb_table.on', { name: 'on', deletion_protection_enabled: true }, { arn: true }),
        created('aws_dynamodb_table.off', { name: 'off', deletion_protection_enabled: false }, { arn: true }),
        created('aws_dynamodb_table.later', { name: 'later' }, { arn: true, deletion_protection_enabled: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_dynamodb_table.later', mode: 'managed', type: 'aws_dynamodb_table', name: 'later', provider_config_key: 'aws', expressions: { name: { constant_value: 'later' }, deletion_protection_enabled: { references: ['var.protect'] } } },
          ],
        },
      },
    },
    expect: {
      'aws_dynamodb_table.on': 'COMPLIANT',
      'aws_dynamodb_table.off': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_dynamodb_table.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownProtection' },
    },
  },
] satisfies RuleCase[];
