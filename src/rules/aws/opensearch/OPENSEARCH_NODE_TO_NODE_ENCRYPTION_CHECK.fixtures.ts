import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'node-to-node encryption on, off, unset, and from a parameter',
    template: `
Parameters:
  NodeEncryption:
    Type: String
    AllowedValues: ['true', 'false']
Conditions:
  InFrankfurt: !Equals [!Ref AWS::Region, eu-central-1]
Resources:
  Encrypted:
    Type: AWS::OpenSearchService::Domain
    Properties:
      NodeToNodeEncryptionOptions:
        Enabled: true
  Plain:
    Type: AWS::OpenSearchService::Domain
    Properties:
      NodeToNodeEncryptionOptions:
        Enabled: false
  Defaulted:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EngineVersion: OpenSearch_2.11
  FromParameter:
    Type: AWS::OpenSearchService::Domain
    Properties:
      NodeToNodeEncryptionOptions:
        Enabled: !Ref NodeEncryption
  ByRegion:
    Type: AWS::OpenSearchService::Domain
    Properties:
      NodeToNodeEncryptionOptions:
        Enabled: !If [InFrankfurt, true, false]
`,
    expect: {
      Encrypted: { status: 'COMPLIANT', path: ['NodeToNodeEncryptionOptions', 'Enabled'] },
      Plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['NodeToNodeEncryptionOptions', 'Enabled'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
      ByRegion: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
  {
    name: 'hcl: node_to_node_encryption on, off and absent',
    hcl: `
resource "aws_opensearch_domain" "encrypted" {
  domain_name = "encrypted"
  node_to_node_encryption {
    enabled = true
  }
}

resource "aws_opensearch_domain" "plain" {
  domain_name = "plain"
  node_to_node_encryption {
    enabled = false
  }
}

resource "aws_opensearch_domain" "defaulted" {
  domain_name = "defaulted"
}
`,
    expect: {
      'aws_opensearch_domain.encrypted': 'COMPLIANT',
      'aws_opensearch_domain.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_opensearch_domain.defaulted': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'plan: on, off, and unconfigured (computed by the provider)',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_opensearch_domain.encrypted', { domain_name: 'encrypted', node_to_node_encryption: [{ enabled: true }] }, { arn: true }),
        created('aws_opensearch_domain.plain', { domain_name: 'plain', node_to_node_encryption: [{ enabled: false }] }, { arn: true }),
        created('aws_opensearch_domain.unset', { domain_name: 'unset' }, { arn: true, node_to_node_encryption: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_opensearch_domain.unset', mode: 'managed', type: 'aws_opensearch_domain', name: 'unset', provider_config_key: 'aws', expressions: { domain_name: { constant_value: 'unset' } } },
          ],
        },
      },
    },
    expect: {
      'aws_opensearch_domain.encrypted': 'COMPLIANT',
      'aws_opensearch_domain.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_opensearch_domain.unset': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
] satisfies RuleCase[];
