import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const ACM = 'arn:aws:acm:us-east-1:123456789012:certificate/0b0c1f22-7a4c-4d9e-a5c9-2f0d1e3b4a5c';
const IAM = 'arn:aws:iam::123456789012:server-certificate/web';
const BALANCER = `
    Type: AWS::ElasticLoadBalancing::LoadBalancer
    Properties:
      AvailabilityZones: [us-east-1a, us-east-1b]
      Listeners:`;

export default [
  {
    name: 'ACM ARNs and a template certificate, an IAM certificate, plain HTTP only, a certificate from a parameter, and a protocol from a parameter',
    template: `
Parameters:
  Certificate: { Type: String }
  Protocol: { Type: String }
Resources:
  Cert:
    Type: AWS::CertificateManager::Certificate
    Properties:
      DomainName: www.example.com
      ValidationMethod: DNS
  Acm:${BALANCER}
        - { LoadBalancerPort: "443", InstancePort: "80", Protocol: HTTPS, SSLCertificateId: ${ACM} }
        - { LoadBalancerPort: "8443", InstancePort: "8443", Protocol: SSL, SSLCertificateId: !Ref Cert }
        - { LoadBalancerPort: "80", InstancePort: "80", Protocol: HTTP }
  Iam:${BALANCER}
        - { LoadBalancerPort: "443", InstancePort: "80", Protocol: HTTPS, SSLCertificateId: ${IAM} }
  PlainOnly:${BALANCER}
        - { LoadBalancerPort: "80", InstancePort: "80", Protocol: HTTP }
  FromParameter:${BALANCER}
        - { LoadBalancerPort: "443", InstancePort: "80", Protocol: HTTPS, SSLCertificateId: !Ref Certificate }
  ProtocolFromParameter:${BALANCER}
        - { LoadBalancerPort: "443", InstancePort: "80", Protocol: !Ref Protocol, SSLCertificateId: ${IAM} }
  ProtocolFromParameterAcm:${BALANCER}
        - { LoadBalancerPort: "443", InstancePort: "80", Protocol: !Ref Protocol, SSLCertificateId: ${ACM} }
`,
    expect: {
      Acm: { status: 'COMPLIANT', path: ['Listeners'] },
      Iam: { status: 'NON_COMPLIANT', messageId: 'notAcm', path: ['Listeners', 0, 'SSLCertificateId'], messageIncludes: 'server-certificate/web' },
      PlainOnly: { status: 'NOT_APPLICABLE', messageId: 'noTls' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownCertificate' },
      ProtocolFromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownCertificate' },
      ProtocolFromParameterAcm: { status: 'INSUFFICIENT_DATA', messageId: 'unknownCertificate' },
    },
  },
  {
    name: 'hcl: an ACM certificate resource, and an IAM server certificate resource',
    hcl: `
resource "aws_acm_certificate" "web" {
  domain_name       = "www.example.com"
  validation_method = "DNS"
}

resource "aws_iam_server_certificate" "legacy" {
  name             = "legacy"
  certificate_body = "-----BEGIN CERTIFICATE-----"
  private_key      = "-----BEGIN RSA PRIVATE KEY-----"
}

resource "aws_elb" "acm" {
  name               = "acm"
  availability_zones = ["us-east-1a", "us-east-1b"]
  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 80
    instance_protocol  = "http"
    ssl_certificate_id = aws_acm_certificate.web.arn
  }
}

resource "aws_elb" "iam" {
  name               = "iam"
  availability_zones = ["us-east-1a", "us-east-1b"]
  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 80
    instance_protocol  = "http"
    ssl_certificate_id = aws_iam_server_certificate.legacy.arn
  }
}
`,
    expect: {
      'aws_elb.acm': 'COMPLIANT',
      'aws_elb.iam': { status: 'NON_COMPLIANT', messageId: 'notAcm' },
    },
  },
  {
    name: 'plan: ACM, IAM, and a certificate known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_elb.acm', { name: 'acm', listener: [{ lb_port: 443, lb_protocol: 'https', instance_port: 80, instance_protocol: 'http', ssl_certificate_id: ACM }] }, { arn: true }),
        created('aws_elb.iam', { name: 'iam', listener: [{ lb_port: 443, lb_protocol: 'https', instance_port: 80, instance_protocol: 'http', ssl_certificate_id: IAM }] }, { arn: true }),
        created('aws_elb.later', { name: 'later', listener: [{ lb_port: 443, lb_protocol: 'https', instance_port: 80, instance_protocol: 'http' }] }, { arn: true, listener: [{ ssl_certificate_id: true }] }),
      ],
    },
    expect: {
      'aws_elb.acm': 'COMPLIANT',
      'aws_elb.iam': { status: 'NON_COMPLIANT', messageId: 'notAcm' },
      'aws_elb.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownCertificate' },
    },
  },
] satisfies RuleCase[];
