import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'the default key, RSA_4096, RSA_1024, an elliptic-curve key, a parameter without default, and a malformed value',
    template: `
Parameters:
  Algorithm: { Type: String }
Resources:
  Default:
    Type: AWS::CertificateManager::Certificate
    Properties:
      DomainName: www.example.com
  Long:
    Type: AWS::CertificateManager::Certificate
    Properties:
      DomainName: long.example.com
      KeyAlgorithm: RSA_4096
  Short:
    Type: AWS::CertificateManager::Certificate
    Properties:
      DomainName: short.example.com
      KeyAlgorithm: RSA_1024
  Curve:
    Type: AWS::CertificateManager::Certificate
    Properties:
      DomainName: curve.example.com
      KeyAlgorithm: EC_prime256v1
  FromParameter:
    Type: AWS::CertificateManager::Certificate
    Properties:
      DomainName: param.example.com
      KeyAlgorithm: !Ref Algorithm
  Malformed:
    Type: AWS::CertificateManager::Certificate
    Properties:
      DomainName: bad.example.com
      KeyAlgorithm: strong
`,
    expect: {
      Default: { status: 'COMPLIANT', path: [] },
      Long: { status: 'COMPLIANT', path: ['KeyAlgorithm'] },
      Short: { status: 'NON_COMPLIANT', messageId: 'weakKey', path: ['KeyAlgorithm'] },
      Curve: { status: 'NOT_APPLICABLE', messageId: 'notRsa' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: a requested certificate, one with RSA_1024 named, and imported material',
    hcl: `
resource "aws_acm_certificate" "site" {
  domain_name       = "www.example.com"
  validation_method = "DNS"
}

resource "aws_acm_certificate" "short" {
  domain_name       = "short.example.com"
  validation_method = "DNS"
  key_algorithm     = "RSA_1024"
}

variable "body" { type = string }
variable "key" { type = string }

resource "aws_acm_certificate" "imported" {
  certificate_body = var.body
  private_key      = var.key
}
`,
    vars: { body: '-----BEGIN CERTIFICATE-----', key: '-----BEGIN PRIVATE KEY-----' },
    expect: {
      'aws_acm_certificate.site': 'COMPLIANT',
      'aws_acm_certificate.short': { status: 'NON_COMPLIANT', messageId: 'weakKey' },
      'aws_acm_certificate.imported': { status: 'INSUFFICIENT_DATA', messageId: 'unknownKey', messageIncludes: 'imported certificate material' },
    },
  },
  {
    name: 'plan: a requested certificate whose key_algorithm is computed, RSA_1024, and an elliptic-curve key',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_acm_certificate.site', { domain_name: 'www.example.com', validation_method: 'DNS' }, { arn: true, id: true, key_algorithm: true, not_after: true }),
        created('aws_acm_certificate.short', { domain_name: 'short.example.com', validation_method: 'DNS', key_algorithm: 'RSA_1024' }, { arn: true, id: true, not_after: true }),
        created('aws_acm_certificate.curve', { domain_name: 'curve.example.com', validation_method: 'DNS', key_algorithm: 'EC_prime256v1' }, { arn: true, id: true, not_after: true }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_acm_certificate.site', mode: 'managed', type: 'aws_acm_certificate', name: 'site', provider_config_key: 'aws', expressions: { domain_name: { constant_value: 'www.example.com' }, validation_method: { constant_value: 'DNS' } } },
            { address: 'aws_acm_certificate.short', mode: 'managed', type: 'aws_acm_certificate', name: 'short', provider_config_key: 'aws', expressions: { domain_name: { constant_value: 'short.example.com' }, key_algorithm: { constant_value: 'RSA_1024' } } },
            { address: 'aws_acm_certificate.curve', mode: 'managed', type: 'aws_acm_certificate', name: 'curve', provider_config_key: 'aws', expressions: { domain_name: { constant_value: 'curve.example.com' }, key_algorithm: { constant_value: 'EC_prime256v1' } } },
          ],
        },
      },
    },
    expect: {
      'aws_acm_certificate.site': 'COMPLIANT',
      'aws_acm_certificate.short': { status: 'NON_COMPLIANT', messageId: 'weakKey' },
      'aws_acm_certificate.curve': { status: 'NOT_APPLICABLE', messageId: 'notRsa' },
    },
  },
] satisfies RuleCase[];
