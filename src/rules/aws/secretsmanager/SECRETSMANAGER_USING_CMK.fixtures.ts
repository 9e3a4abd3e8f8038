import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const SECRET = `
    Type: AWS::SecretsManager::Secret
    Properties:
      GenerateSecretString: { PasswordLength: 32 }`;

export default [
  {
    name: 'a key created alongside, a customer key by ARN and by alias, the AWS managed key (unset or by alias), and an imported key',
    template: `
Resources:
  SecretKey:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: { Version: '2012-10-17', Statement: [] }
  CreatedKey:${SECRET}
      KmsKeyId: !GetAtt SecretKey.Arn
  KeyArn:${SECRET}
      KmsKeyId: ${KEY}
  CustomerAlias:${SECRET}
      KmsKeyId: alias/payments
  Unset:${SECRET}
  ManagedAlias:${SECRET}
      KmsKeyId: alias/aws/secretsmanager
  Imported:${SECRET}
      KmsKeyId: !ImportValue shared-key
`,
    expect: {
      CreatedKey: { status: 'COMPLIANT', path: ['KmsKeyId'] },
      KeyArn: 'COMPLIANT',
      CustomerAlias: 'COMPLIANT',
      Unset: { status: 'NON_COMPLIANT', messageId: 'awsManagedKey', path: [], messageIncludes: 'alias/aws/secretsmanager' },
      ManagedAlias: { status: 'NON_COMPLIANT', messageId: 'awsManagedKey', path: ['KmsKeyId'] },
      Imported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
  {
    name: 'a key named by key id or multi-Region key id, and text that is no KMS key name (malformed, never compliant)',
    template: `
Resources:
  KeyId:${SECRET}
      KmsKeyId: 1234abcd-12ab-34cd-56ef-1234567890ab
  MultiRegionKeyId:${SECRET}
      KmsKeyId: mrk-1234abcd12ab34cd56ef1234567890ab
  ManagedAliasWithoutPrefix:${SECRET}
      KmsKeyId: aws/secretsmanager
  BareName:${SECRET}
      KmsKeyId: payments-key
`,
    expect: {
      KeyId: 'COMPLIANT',
      MultiRegionKeyId: 'COMPLIANT',
      ManagedAliasWithoutPrefix: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'malformed' },
      BareName: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'kmsKeyArns: the listed key, another customer key, and the AWS managed key',
    params: { kmsKeyArns: KEY },
    template: `
Resources:
  Listed:${SECRET}
      KmsKeyId: ${KEY}
  Other:${SECRET}
      KmsKeyId: arn:aws:kms:us-east-1:111122223333:key/00000000-0000-0000-0000-000000000000
  Unset:${SECRET}
`,
    expect: {
      Listed: 'COMPLIANT',
      Other: { status: 'NON_COMPLIANT', messageId: 'keyNotAllowed' },
      Unset: { status: 'NON_COMPLIANT', messageId: 'awsManagedKey' },
    },
  },
  {
    name: 'hcl: kms_key_id from an aws_kms_key, and unset',
    hcl: `
resource "aws_kms_key" "secrets" {}

resource "aws_secretsmanager_secret" "customer" {
  name       = "customer"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret" "managed" {
  name = "managed"
}
`,
    expect: {
      'aws_secretsmanager_secret.customer': 'COMPLIANT',
      'aws_secretsmanager_secret.managed': { status: 'NON_COMPLIANT', messageId: 'awsManagedKey' },
    },
  },
  {
    name: 'plan: a key ARN, unset, and a key known after apply from a data source',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_secretsmanager_secret.customer', { name: 'customer', kms_key_id: KEY }, { arn: true }),
        created('aws_secretsmanager_secret.managed', { name: 'managed' }, { arn: true }),
        created('aws_secretsmanager_secret.later', { name: 'later' }, { arn: true, kms_key_id: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_secretsmanager_secret.later', mode: 'managed', type: 'aws_secretsmanager_secret', name: 'later', provider_config_key: 'aws', expressions: { name: { constant_value: 'later' }, kms_key_id: { references: ['data.aws_kms_key.shared.arn', 'data.aws_kms_key.shared'] } } },
          ],
        },
      },
    },
    expect: {
      'aws_secretsmanager_secret.customer': 'COMPLIANT',
      'aws_secretsmanager_secret.managed': { status: 'NON_COMPLIANT', messageId: 'awsManagedKey' },
      'aws_secretsmanager_secret.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
] satisfies RuleCase[];
