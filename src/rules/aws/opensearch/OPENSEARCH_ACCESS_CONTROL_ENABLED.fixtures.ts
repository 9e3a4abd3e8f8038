import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'fine-grained access control on, off, unset, and from a parameter',
    template: `
Parameters:
  FineGrained:
    Type: String
Resources:
  Enabled:
    Type: AWS::OpenSearchService::Domain
    Properties:
      AdvancedSecurityOptions:
        Enabled: true
        MasterUserOptions: { MasterUserARN: arn:aws:iam::111122223333:role/search-admin }
  Disabled:
    Type: AWS::OpenSearchService::Domain
    Properties:
      AdvancedSecurityOptions:
        Enabled: false
  Defaulted:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EngineVersion: OpenSearch_2.11
  FromParameter:
    Type: AWS::OpenSearchService::Domain
    Properties:
      AdvancedSecurityOptions:
        Enabled: !Ref FineGrained
`,
    expect: {
      Enabled: { status: 'COMPLIANT', path: ['AdvancedSecurityOptions', 'Enabled'] },
      Disabled: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['AdvancedSecurityOptions', 'Enabled'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownAccessControl' },
    },
  },
  {
    name: 'hcl: advanced_security_options on, off and absent',
    hcl: `
resource "aws_opensearch_domain" "enabled" {
  domain_name = "enabled"
  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true
  }
}

resource "aws_opensearch_domain" "disabled" {
  domain_name = "disabled"
  advanced_security_options {
    enabled = false
  }
}

resource "aws_opensearch_domain" "defaulted" {
  domain_name = "defaulted"
}
`,
    expect: {
      'aws_opensearch_domain.enabled': 'COMPLIANT',
      'aws_opensearch_domain.disabled': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_opensearch_domain.defaulted': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'plan: on, off, and a computed block without the configuration to tell',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_opensearch_domain.enabled', { domain_name: 'enabled', advanced_security_options: [{ enabled: true, internal_user_database_enabled: true, anonymous_auth_enabled: false }] }, { arn: true }),
        created('aws_opensearch_domain.disabled', { domain_name: 'disabled', advanced_security_options: [{ enabled: false }] }, { arn: true }),
        created('aws_opensearch_domain.unknown', { domain_name: 'unknown' }, { arn: true, advanced_security_options: true }),
      ],
    },
    expect: {
      'aws_opensearch_domain.enabled': 'COMPLIANT',
      'aws_opensearch_domain.disabled': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_opensearch_domain.unknown': { status: 'INSUFFICIENT_DATA', messageId: 'unknownAccessControl' },
    },
  },
] satisfies RuleCase[];
