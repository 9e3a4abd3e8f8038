import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'encrypted, explicitly unencrypted, and unset (the service default is off)',
    template: `
Resources:
  Encrypted:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EngineVersion: OpenSearch_2.11
      EncryptionAtRestOptions:
        Enabled: true
        KmsKeyId: 1234abcd-12ab-34cd-56ef-1234567890ab
  EncryptedAsString:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EncryptionAtRestOptions: { Enabled: "true" }
  Plain:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EncryptionAtRestOptions:
        Enabled: false
  OptionsWithoutEnabled:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EncryptionAtRestOptions:
        KmsKeyId: 1234abcd-12ab-34cd-56ef-1234567890ab
  Defaulted:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EngineVersion: OpenSearch_2.11
`,
    expect: {
      Encrypted: { status: 'COMPLIANT', path: ['EncryptionAtRestOptions', 'Enabled'] },
      EncryptedAsString: 'COMPLIANT',
      Plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['EncryptionAtRestOptions', 'Enabled'] },
      OptionsWithoutEnabled: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['EncryptionAtRestOptions'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
    },
  },
  {
    name: 'unknown, conditional and malformed encryption settings',
    template: `
Parameters:
  Encrypt:
    Type: String
    AllowedValues: ['true', 'false']
  EncryptWithDefault:
    Type: String
    Default: 'false'
Conditions:
  InFrankfurt: !Equals [!Ref AWS::Region, eu-central-1]
Resources:
  FromParameter:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EncryptionAtRestOptions: { Enabled: !Ref Encrypt }
  FromParameterDefault:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EncryptionAtRestOptions: { Enabled: !Ref EncryptWithDefault }
  MaybeNoOptions:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EncryptionAtRestOptions: !If [InFrankfurt, { Enabled: true }, !Ref AWS::NoValue]
  WrongType:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EncryptionAtRestOptions: { Enabled: yes please }
  BlockNotAnObject:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EncryptionAtRestOptions: true
`,
    expect: {
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', path: ['EncryptionAtRestOptions', 'Enabled'] },
      FromParameterDefault: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      MaybeNoOptions: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
      WrongType: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'malformed' },
      BlockNotAnObject: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'JSON template: encrypted and not',
    template: JSON.stringify({
      Resources: {
        Encrypted: { Type: 'AWS::OpenSearchService::Domain', Properties: { EncryptionAtRestOptions: { Enabled: true } } },
        Plain: { Type: 'AWS::OpenSearchService::Domain', Properties: { EncryptionAtRestOptions: { Enabled: false } } },
      },
    }),
    expect: { Encrypted: 'COMPLIANT', Plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted' } },
  },
  {
    name: 'only OpenSearch Service domains: the legacy Elasticsearch type has its own rule',
    template: `
Resources:
  Legacy:
    Type: AWS::Elasticsearch::Domain
    Properties:
      ElasticsearchVersion: "7.10"
  Current:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EncryptionAtRestOptions: { Enabled: true }
`,
    expect: { Current: 'COMPLIANT' },
  },
  {
    name: 'hcl: encrypted, unencrypted, block absent, and from a variable without a value',
    hcl: `
variable "encrypt" {
  type = bool
}

resource "aws_kms_key" "search" {}

resource "aws_opensearch_domain" "encrypted" {
  domain_name    = "encrypted"
  engine_version = "OpenSearch_2.11"
  encrypt_at_rest {
    enabled    = true
    kms_key_id = aws_kms_key.search.key_id
  }
}

resource "aws_opensearch_domain" "plain" {
  domain_name = "plain"
  encrypt_at_rest {
    enabled = false
  }
}

resource "aws_opensearch_domain" "defaulted" {
  domain_name = "defaulted"
}

resource "aws_opensearch_domain" "from_variable" {
  domain_name = "from-variable"
  encrypt_at_rest {
    enabled = var.encrypt
  }
}
`,
    expect: {
      'aws_opensearch_domain.encrypted': { status: 'COMPLIANT', path: ['EncryptionAtRestOptions', 'Enabled'] },
      'aws_opensearch_domain.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_opensearch_domain.defaulted': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      'aws_opensearch_domain.from_variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
  {
    name: 'plan: encrypted, unencrypted, and a block the provider computes when not configured',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_opensearch_domain.encrypted', { domain_name: 'encrypted', encrypt_at_rest: [{ enabled: true }] }, { arn: true, encrypt_at_rest: [{ kms_key_id: true }] }),
        created('aws_opensearch_domain.plain', { domain_name: 'plain', encrypt_at_rest: [{ enabled: false, kms_key_id: '' }] }, { arn: true }),
        created('aws_opensearch_domain.unset', { domain_name: 'unset' }, { arn: true, encrypt_at_rest: true }),
        created('module.search.aws_opensearch_domain.this', { domain_name: 'module' }, { arn: true, encrypt_at_rest: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_opensearch_domain.encrypted', mode: 'managed', type: 'aws_opensearch_domain', name: 'encrypted', provider_config_key: 'aws', expressions: { domain_name: { constant_value: 'encrypted' }, encrypt_at_rest: [{ enabled: { constant_value: true } }] } },
            { address: 'aws_opensearch_domain.plain', mode: 'managed', type: 'aws_opensearch_domain', name: 'plain', provider_config_key: 'aws', expressions: { domain_name: { constant_value: 'plain' }, encrypt_at_rest: [{ enabled: { constant_value: false } }] } },
            { address: 'aws_opensearch_domain.unset', mode: 'managed', type: 'aws_opensearch_domain', name: 'unset', provider_config_key: 'aws', expressions: { domain_name: { constant_value: 'unset' } } },
          ],
        },
      },
    },
    expect: {
      'aws_opensearch_domain.encrypted': 'COMPLIANT',
      'aws_opensearch_domain.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_opensearch_domain.unset': { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      // Without the module's configuration, an unknown block may be one the configuration sets.
      'module.search.aws_opensearch_domain.this': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
  {
    name: 'hcl: awscc_opensearchservice_domain',
    hcl: `
resource "awscc_opensearchservice_domain" "encrypted" {
  encryption_at_rest_options = {
    enabled = true
  }
}

resource "awscc_opensearchservice_domain" "plain" {
  engine_version = "OpenSearch_2.11"
}
`,
    expect: {
      'awscc_opensearchservice_domain.encrypted': 'COMPLIANT',
      'awscc_opensearchservice_domain.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'a KmsKeyId that names no key is one the service refuses: not known, never compliant; an alias ARN is a key',
    template: `
Resources:
  Placeholder:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EncryptionAtRestOptions:
        Enabled: true
        KmsKeyId: your-kms-key
  ByAliasArn:
    Type: AWS::OpenSearchService::Domain
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
resource "aws_opensearch_domain" "placeholder" {
  domain_name = "placeholder"
  encrypt_at_rest {
    enabled    = true
    kms_key_id = "some-key"
  }
}
`,
    expect: { 'aws_opensearch_domain.placeholder': { status: 'INSUFFICIENT_DATA', messageIncludes: 'is not a KMS key id, key ARN, alias name or alias ARN' } },
  },
] satisfies RuleCase[];
