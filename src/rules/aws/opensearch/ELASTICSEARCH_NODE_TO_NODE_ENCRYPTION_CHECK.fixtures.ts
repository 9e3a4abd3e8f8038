import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'node-to-node encryption on, off, unset, and imported',
    template: `
Resources:
  Encrypted:
    Type: AWS::Elasticsearch::Domain
    Properties:
      NodeToNodeEncryptionOptions: { Enabled: true }
  Plain:
    Type: AWS::Elasticsearch::Domain
    Properties:
      NodeToNodeEncryptionOptions: { Enabled: false }
  Defaulted:
    Type: AWS::Elasticsearch::Domain
    Properties:
      ElasticsearchVersion: "7.10"
  Imported:
    Type: AWS::Elasticsearch::Domain
    Properties:
      NodeToNodeEncryptionOptions: { Enabled: !ImportValue shared-node-encryption }
`,
    expect: {
      Encrypted: 'COMPLIANT',
      Plain: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: ['NodeToNodeEncryptionOptions', 'Enabled'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'notEncrypted', path: [] },
      Imported: { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
  {
    name: 'hcl: aws_elasticsearch_domain node-to-node encryption',
    hcl: `
resource "aws_elasticsearch_domain" "encrypted" {
  domain_name = "encrypted"
  node_to_node_encryption {
    enabled = true
  }
}

resource "aws_elasticsearch_domain" "defaulted" {
  domain_name = "defaulted"
}
`,
    expect: {
      'aws_elasticsearch_domain.encrypted': 'COMPLIANT',
      'aws_elasticsearch_domain.defaulted': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
    },
  },
  {
    name: 'plan: on, off and known only after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_elasticsearch_domain.encrypted', { domain_name: 'encrypted', node_to_node_encryption: [{ enabled: true }] }, { arn: true }),
        created('aws_elasticsearch_domain.plain', { domain_name: 'plain', node_to_node_encryption: [{ enabled: false }] }, { arn: true }),
        created('aws_elasticsearch_domain.later', { domain_name: 'later', node_to_node_encryption: [{}] }, { arn: true, node_to_node_encryption: [{ enabled: true }] }),
      ],
    },
    expect: {
      'aws_elasticsearch_domain.encrypted': 'COMPLIANT',
      'aws_elasticsearch_domain.plain': { status: 'NON_COMPLIANT', messageId: 'notEncrypted' },
      'aws_elasticsearch_domain.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownEncryption' },
    },
  },
] satisfies RuleCase[];
