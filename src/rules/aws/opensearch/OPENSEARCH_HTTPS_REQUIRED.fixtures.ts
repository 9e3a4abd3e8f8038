import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const PFS = 'Policy-Min-TLS-1-2-PFS-2023-10';

export default [
  {
    name: 'HTTPS enforced, not enforced, and unset; any TLS policy without tlsPolicies',
    template: `
Resources:
  Enforced:
    Type: AWS::OpenSearchService::Domain
    Properties:
      DomainEndpointOptions:
        EnforceHTTPS: true
        TLSSecurityPolicy: Policy-Min-TLS-1-0-2019-07
  NotEnforced:
    Type: AWS::OpenSearchService::Domain
    Properties:
      DomainEndpointOptions:
        EnforceHTTPS: false
  OptionsWithoutEnforce:
    Type: AWS::OpenSearchService::Domain
    Properties:
      DomainEndpointOptions:
        TLSSecurityPolicy: ${PFS}
  Defaulted:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EngineVersion: OpenSearch_2.11
`,
    expect: {
      Enforced: { status: 'COMPLIANT', path: ['DomainEndpointOptions', 'EnforceHTTPS'] },
      NotEnforced: { status: 'NON_COMPLIANT', messageId: 'httpsNotRequired', path: ['DomainEndpointOptions', 'EnforceHTTPS'] },
      OptionsWithoutEnforce: { status: 'NON_COMPLIANT', messageId: 'httpsNotRequired', path: ['DomainEndpointOptions'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'httpsNotRequired', path: [] },
    },
  },
  {
    name: 'tlsPolicies: an allowed policy, another policy, an unset policy (the service chooses), and unknowns',
    params: { tlsPolicies: `${PFS},Policy-Min-TLS-1-2-2019-07` },
    template: `
Parameters:
  Enforce:
    Type: String
  Policy:
    Type: String
Resources:
  Allowed:
    Type: AWS::OpenSearchService::Domain
    Properties:
      DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: ${PFS} }
  OldPolicy:
    Type: AWS::OpenSearchService::Domain
    Properties:
      DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: Policy-Min-TLS-1-0-2019-07 }
  PolicyUnset:
    Type: AWS::OpenSearchService::Domain
    Properties:
      DomainEndpointOptions: { EnforceHTTPS: true }
  PolicyFromParameter:
    Type: AWS::OpenSearchService::Domain
    Properties:
      DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: !Ref Policy }
  EnforceUnknownOldPolicy:
    Type: AWS::OpenSearchService::Domain
    Properties:
      DomainEndpointOptions: { EnforceHTTPS: !Ref Enforce, TLSSecurityPolicy: Policy-Min-TLS-1-0-2019-07 }
  EnforceUnknownGoodPolicy:
    Type: AWS::OpenSearchService::Domain
    Properties:
      DomainEndpointOptions: { EnforceHTTPS: !Ref Enforce, TLSSecurityPolicy: ${PFS} }
  NotEnforcedPolicyUnknown:
    Type: AWS::OpenSearchService::Domain
    Properties:
      DomainEndpointOptions: { EnforceHTTPS: false, TLSSecurityPolicy: !Ref Policy }
`,
    expect: {
      Allowed: { status: 'COMPLIANT', path: ['DomainEndpointOptions', 'TLSSecurityPolicy'], messageIncludes: PFS },
      OldPolicy: { status: 'NON_COMPLIANT', messageId: 'policyNotAllowed', path: ['DomainEndpointOptions', 'TLSSecurityPolicy'] },
      PolicyUnset: { status: 'INSUFFICIENT_DATA', messageId: 'unknownHttps', messageIncludes: 'service chooses' },
      PolicyFromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownHttps' },
      EnforceUnknownOldPolicy: { status: 'NON_COMPLIANT', messageId: 'policyNotAllowed' },
      EnforceUnknownGoodPolicy: { status: 'INSUFFICIENT_DATA', messageId: 'unknownHttps', path: ['DomainEndpointOptions', 'EnforceHTTPS'] },
      NotEnforcedPolicyUnknown: { status: 'NON_COMPLIANT', messageId: 'httpsNotRequired' },
    },
  },
  {
    name: 'hcl: enforce_https defaults to true inside the block; no block is not enforced',
    hcl: `
resource "aws_opensearch_domain" "block_default" {
  domain_name = "block-default"
  domain_endpoint_options {
    tls_security_policy = "${PFS}"
  }
}

resource "aws_opensearch_domain" "off" {
  domain_name = "off"
  domain_endpoint_options {
    enforce_https = false
  }
}

resource "aws_opensearch_domain" "no_block" {
  domain_name = "no-block"
}
`,
    expect: {
      'aws_opensearch_domain.block_default': 'COMPLIANT',
      'aws_opensearch_domain.off': { status: 'NON_COMPLIANT', messageId: 'httpsNotRequired' },
      'aws_opensearch_domain.no_block': { status: 'NON_COMPLIANT', messageId: 'httpsNotRequired' },
    },
  },
  {
    name: 'hcl: tlsPolicies against the configured policy',
    params: { tlsPolicies: PFS },
    hcl: `
resource "aws_opensearch_domain" "latest" {
  domain_name = "latest"
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "${PFS}"
  }
}

resource "aws_opensearch_domain" "tls12" {
  domain_name = "tls12"
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}
`,
    expect: {
      'aws_opensearch_domain.latest': 'COMPLIANT',
      'aws_opensearch_domain.tls12': { status: 'NON_COMPLIANT', messageId: 'policyNotAllowed' },
    },
  },
  {
    name: 'plan: enforced, not enforced, a computed block not configured, and a policy known after apply',
    params: { tlsPolicies: PFS },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_opensearch_domain.latest', { domain_name: 'latest', domain_endpoint_options: [{ enforce_https: true, tls_security_policy: PFS, custom_endpoint_enabled: false }] }, { arn: true, domain_endpoint_options: [{ custom_endpoint: true }] }),
        created('aws_opensearch_domain.off', { domain_name: 'off', domain_endpoint_options: [{ enforce_https: false, tls_security_policy: PFS }] }, { arn: true }),
        created('aws_opensearch_domain.unset', { domain_name: 'unset' }, { arn: true, domain_endpoint_options: true }),
        created('aws_opensearch_domain.policy_later', { domain_name: 'policy-later', domain_endpoint_options: [{ enforce_https: true }] }, { arn: true, domain_endpoint_options: [{ tls_security_policy: true }] }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_opensearch_domain.unset', mode: 'managed', type: 'aws_opensearch_domain', name: 'unset', provider_config_key: 'aws', expressions: { domain_name: { constant_value: 'unset' } } },
            { address: 'aws_opensearch_domain.policy_later', mode: 'managed', type: 'aws_opensearch_domain', name: 'policy_later', provider_config_key: 'aws', expressions: { domain_name: { constant_value: 'policy-later' }, domain_endpoint_options: [{ enforce_https: { constant_value: true } }] } },
          ],
        },
      },
    },
    expect: {
      'aws_opensearch_domain.latest': 'COMPLIANT',
      'aws_opensearch_domain.off': { status: 'NON_COMPLIANT', messageId: 'httpsNotRequired' },
      'aws_opensearch_domain.unset': { status: 'NON_COMPLIANT', messageId: 'httpsNotRequired' },
      'aws_opensearch_domain.policy_later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownHttps' },
    },
  },
] satisfies RuleCase[];
