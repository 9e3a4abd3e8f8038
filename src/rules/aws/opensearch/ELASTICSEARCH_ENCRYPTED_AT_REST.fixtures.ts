import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'encrypted, explicitly unencrypted, and unset (off)',
    template: `
Parameters:
  Encrypt:
    Type: String
Resources:
  Encrypted:
    Type: AWS::Elasticsearch::Domain
    Properties:
      ElasticsearchVersion: "7.10"
      EncryptionAtRestOptions:
        Enabled: true
  Plain:
    Type: AWS::Elasticsearch::Domain
    Properties:
      EncryptionAtRestOptions:
        Enabled: false
  Defaulted:
    Type: AWS::Elasticsearch::Domain
    Properties:
      ElasticsearchVersion: "6.8"
  FromParameter:
    Type: AWS::Elasticsearch::Domain
    Properties:
      EncryptionAtRestOptions:
        Enabled: !Ref Encrypt
  NotABoolean:
    Type: AWS::Elasticsearch::Domain
    Properties:
      EncryptionAtRestOptions:
        Enabled: [true]
`,
    expect: {
      Encrypted: { status: 'COMPLIANT', path: ['EncryptionAtRestOptions', 'Enabled'] },
      Plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['EncryptionAtRestOptions', 'Enabled'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
      NotABoolean: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: aws_elasticsearch_domain encrypted, unencrypted and without the block',
    hcl: `
resource "aws_elasticsearch_domain" "encrypted" {
  domain_name           = "encrypted"
  elasticsearch_version = "7.10"
  encrypt_at_rest {
    enabled = true
  }
}

resource "aws_elasticsearch_domain" "plain" {
  domain_name = "plain"
  encrypt_at_rest {
    enabled = false
  }
}

resource "aws_elasticsearch_domain" "defaulted" {
  domain_name = "defaulted"
}
`,
    expect: {
      'aws_elasticsearch_domain.encrypted': 'COMPLIANT',
      'aws_elasticsearch_domain.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_elasticsearch_domain.defaulted': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'plan: encrypted, unencrypted, and encryption known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_elasticsearch_domain.encrypted', { domain_name: 'encrypted', encrypt_at_rest: [{ enabled: true }] }, { arn: true, encrypt_at_rest: [{ kms_key_id: true }] }),
        created('aws_elasticsearch_domain.plain', { domain_name: 'plain', encrypt_at_rest: [{ enabled: false, kms_key_id: '' }] }, { arn: true }),
        created('aws_elasticsearch_domain.later', { domain_name: 'later', encrypt_at_rest: [{}] }, { arn: true, encrypt_at_rest: [{ enabled: true, kms_key_id: true }] }),
      ],
    },
    expect: {
      'aws_elasticsearch_domain.encrypted': 'COMPLIANT',
      'aws_elasticsearch_domain.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_elasticsearch_domain.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'known after apply' },
    },
  },
  {
    name: 'a KmsKeyId that names no key is one the service refuses: not known, never compliant; an alias ARN is a key',
    template: `
Resources:
  Placeholder:
    Type: AWS::Elasticsearch::Domain
    Properties:
      EncryptionAtRestOptions:
        Enabled: true
        KmsKeyId: your-kms-key
  ByAliasArn:
    Type: AWS::Elasticsearch::Domain
    Properties:
      EncryptionAtRestOptions:
        Enabled: true
        KmsKeyId: arn:aws:kms:eu-west-1:111122223333:alias/search
`,
    expect: {
      Placeholder: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'is not a KMS key id, key ARN, alias name or alias ARN', path: ['EncryptionAtRestOptions', 'KmsKeyId'] },
      ByAliasArn: 'COMPLIANT',
    },
  },
  {
    name: 'hcl: an encrypt_at_rest kms_key_id that names no key',
    hcl: `
resource "aws_elasticsearch_domain" "placeholder" {
  domain_name = "placeholder"
  encrypt_at_rest {
    enabled    = true
    kms_key_id = "some-key"
  }
}
`,
    expect: { 'aws_elasticsearch_domain.placeholder': { status: 'INSUFFICIENT_DATA', messageIncludes: 'is not a KMS key id, key ARN, alias name or alias ARN' } },
  },
] satisfies RuleCase[];
