import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const KEYS = `
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      BillingMode: PAY_PER_REQUEST`;

export default [
  {
    name: 'point-in-time recovery on, off, unset, from a parameter, and malformed',
    template: `
Parameters:
  Recovery: { Type: String }
Resources:
  Enabled:
    Type: AWS::DynamoDB::Table
    Properties:${KEYS}
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }
  Disabled:
    Type: AWS::DynamoDB::Table
    Properties:${KEYS}
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: false }
  Defaulted:
    Type: AWS::DynamoDB::Table
    Properties:${KEYS}
  EmptyBlock:
    Type: AWS::DynamoDB::Table
    Properties:${KEYS}
      PointInTimeRecoverySpecification: {}
  FromParameter:
    Type: AWS::DynamoDB::Table
    Properties:${KEYS}
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: !Ref Recovery }
  Malformed:
    Type: AWS::DynamoDB::Table
    Properties:${KEYS}
      PointInTimeRecoverySpecification: on
`,
    expect: {
      Enabled: { status: 'COMPLIANT', path: ['PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled'] },
      Disabled: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [] },
      EmptyBlock: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['PointInTimeRecoverySpecification'] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRecovery' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownRecovery', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: the point_in_time_recovery block on, off and absent',
    hcl: `
resource "aws_dynamodb_table" "on" {
  name         = "on"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery {
    enabled = true
  }
}

resource "aws_dynamodb_table" "off" {
  name         = "off"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery {
    enabled = false
  }
}

resource "aws_dynamodb_table" "absent" {
  name         = "absent"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}
`,
    expect: {
      'aws_dynamodb_table.on': 'COMPLIANT',
      'aws_dynamodb_table.off': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_dynamodb_table.absent': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'plan: enabled, disabled, a computed block that is not configured (off), and enabled known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_dynamodb_table.on', { name: 'on', billing_mode: 'PAY_PER_REQUEST', point_in_time_recovery: [{ enabled: true }] }, { arn: true }),
        created('aws_dynamodb_table.off', { name: 'off', billing_mode: 'PAY_PER_REQUEST', point_in_time_recovery: [{ enabled: false }] }, { arn: true }),
        created('aws_dynamodb_table.computed', { name: 'computed', billing_mode: 'PAY_PER_REQUEST' }, { arn: true, point_in_time_recovery: true }),
        created('aws_dynamodb_table.later', { name: 'later', billing_mode: 'PAY_PER_REQUEST', point_in_time_recovery: [{}] }, { arn: true, point_in_time_recovery: [{ enabled: true }] }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_dynamodb_table.computed', mode: 'managed', type: 'aws_dynamodb_table', name: 'computed', provider_config_key: 'aws', expressions: { name: { constant_value: 'computed' } } },
            { address: 'aws_dynamodb_table.later', mode: 'managed', type: 'aws_dynamodb_table', name: 'later', provider_config_key: 'aws', expressions: { name: { constant_value: 'later' }, point_in_time_recovery: [{ enabled: { references: ['var.recovery'] } }] } },
          ],
        },
      },
    },
    expect: {
      'aws_dynamodb_table.on': 'COMPLIANT',
      'aws_dynamodb_table.off': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_dynamodb_table.computed': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_dynamodb_table.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownRecovery' },
    },
  },
] satisfies RuleCase[];
