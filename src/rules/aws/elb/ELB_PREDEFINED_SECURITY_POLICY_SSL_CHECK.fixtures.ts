import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const ACM = 'arn:aws:acm:us-east-1:123456789012:certificate/0b0c1f22-7a4c-4d9e-a5c9-2f0d1e3b4a5c';
const BALANCER = `
    Type: AWS::ElasticLoadBalancing::LoadBalancer
    Properties:
      AvailabilityZones: [us-east-1a, us-east-1b]`;
const policy = (name: string, reference: string) => `
        - PolicyName: ${name}
          PolicyType: SSLNegotiationPolicyType
          Attributes: [{ Name: Reference-Security-Policy, Value: ${reference} }]`;

export default [
  {
    name: 'the expected policy by listener and by port, an older one, none (the service default), a custom one, plain HTTP only, and a policy from a parameter',
    template: `
Parameters:
  Reference: { Type: String }
Resources:
  ByListener:${BALANCER}
      Listeners:
        - { LoadBalancerPort: "443", InstancePort: "80", Protocol: HTTPS, SSLCertificateId: ${ACM}, PolicyNames: [sticky, tls] }
        - { LoadBalancerPort: "80", InstancePort: "80", Protocol: HTTP }
      LBCookieStickinessPolicy: [{ PolicyName: sticky, CookieExpirationPeriod: "60" }]
      Policies:${policy('tls', 'ELBSecurityPolicy-TLS-1-2-2017-01')}
  ByPort:${BALANCER}
      Listeners:
        - { LoadBalancerPort: "443", InstancePort: "80", Protocol: SSL, SSLCertificateId: ${ACM} }
      Policies:${policy('tls', 'ELBSecurityPolicy-TLS-1-2-2017-01')}
          LoadBalancerPorts: ["443"]
  Older:${BALANCER}
      Listeners:
        - { LoadBalancerPort: "443", InstancePort: "80", Protocol: HTTPS, SSLCertificateId: ${ACM}, PolicyNames: [tls] }
      Policies:${policy('tls', 'ELBSecurityPolicy-2015-05')}
  Defaulted:${BALANCER}
      Listeners:
        - { LoadBalancerPort: "443", InstancePort: "80", Protocol: HTTPS, SSLCertificateId: ${ACM} }
  Custom:${BALANCER}
      Listeners:
        - { LoadBalancerPort: "443", InstancePort: "80", Protocol: HTTPS, SSLCertificateId: ${ACM}, PolicyNames: [ciphers] }
      Policies:
        - PolicyName: ciphers
          PolicyType: SSLNegotiationPolicyType
          Attributes: [{ Name: Protocol-TLSv1.2, Value: "true" }, { Name: ECDHE-RSA-AES128-GCM-SHA256, Value: "true" }]
  PlainOnly:${BALANCER}
      Listeners:
        - { LoadBalancerPort: "80", InstancePort: "80", Protocol: HTTP }
  FromParameter:${BALANCER}
      Listeners:
        - { LoadBalancerPort: "443", InstancePort: "80", Protocol: HTTPS, SSLCertificateId: ${ACM}, PolicyNames: [tls] }
      Policies:${policy('tls', '!Ref Reference')}
`,
    expect: {
      ByListener: { status: 'COMPLIANT', path: ['Listeners'] },
      ByPort: 'COMPLIANT',
      Older: { status: 'NON_COMPLIANT', messageId: 'otherPolicy', path: ['Listeners', 0], messageIncludes: 'uses ELBSecurityPolicy-2015-05' },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'otherPolicy', messageIncludes: 'ELBSecurityPolicy-2016-08 (the default)' },
      Custom: { status: 'NON_COMPLIANT', messageId: 'otherPolicy', messageIncludes: 'custom policy ciphers' },
      PlainOnly: { status: 'NOT_APPLICABLE', messageId: 'noTls' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy' },
    },
  },
  {
    name: 'predefinedPolicyName ELBSecurityPolicy-TLS13-1-2-2021-06',
    params: { predefinedPolicyName: 'ELBSecurityPolicy-TLS13-1-2-2021-06' },
    template: `
Resources:
  Modern:${BALANCER}
      Listeners:
        - { LoadBalancerPort: "443", InstancePort: "80", Protocol: HTTPS, SSLCertificateId: ${ACM}, PolicyNames: [tls] }
      Policies:${policy('tls', 'ELBSecurityPolicy-TLS13-1-2-2021-06')}
  Tls12:${BALANCER}
      Listeners:
        - { LoadBalancerPort: "443", InstancePort: "80", Protocol: HTTPS, SSLCertificateId: ${ACM}, PolicyNames: [tls] }
      Policies:${policy('tls', 'ELBSecurityPolicy-TLS-1-2-2017-01')}
`,
    expect: {
      Modern: 'COMPLIANT',
      Tls12: { status: 'NON_COMPLIANT', messageId: 'otherPolicy' },
    },
  },
  {
    name: 'hcl: a listener policy naming the expected predefined policy, and a listener without one',
    hcl: `
resource "aws_elb" "tls" {
  name               = "tls"
  availability_zones = ["us-east-1a", "us-east-1b"]
  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 80
    instance_protocol  = "http"
    ssl_certificate_id = "${ACM}"
  }
}

resource "aws_load_balancer_policy" "tls" {
  load_balancer_name = aws_elb.tls.name
  policy_name        = "tls"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}

resource "aws_load_balancer_listener_policy" "tls" {
  load_balancer_name = aws_elb.tls.name
  load_balancer_port = 443
  policy_names       = ["tls"]
}

resource "aws_elb" "defaulted" {
  name               = "defaulted"
  availability_zones = ["us-east-1a", "us-east-1b"]
  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 80
    instance_protocol  = "http"
    ssl_certificate_id = "${ACM}"
  }
}
`,
    expect: {
      'aws_elb.tls': 'COMPLIANT',
      'aws_elb.defaulted': { status: 'NON_COMPLIANT', messageId: 'otherPolicy' },
    },
  },
  {
    name: 'plan: an older predefined policy attached by a listener policy, the expected one, and policy names known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        ...['old', 'new', 'later'].map((name) =>
          created(`aws_elb.${name}`, { name, listener: [{ lb_port: 443, lb_protocol: 'https', instance_port: 80, instance_protocol: 'http', ssl_certificate_id: ACM }] }, { arn: true, id: true }),
        ),
        created('aws_load_balancer_policy.old', { load_balancer_name: 'old', policy_name: 'tls', policy_type_name: 'SSLNegotiationPolicyType', policy_attribute: [{ name: 'Reference-Security-Policy', value: 'ELBSecurityPolicy-2016-08' }] }, { id: true }),
        created('aws_load_balancer_listener_policy.old', { load_balancer_name: 'old', load_balancer_port: 443, policy_names: ['tls'] }, { id: true }),
        created('aws_load_balancer_policy.new', { load_balancer_name: 'new', policy_name: 'tls', policy_type_name: 'SSLNegotiationPolicyType', policy_attribute: [{ name: 'Reference-Security-Policy', value: 'ELBSecurityPolicy-TLS-1-2-2017-01' }] }, { id: true }),
        created('aws_load_balancer_listener_policy.new', { load_balancer_name: 'new', load_balancer_port: 443, policy_names: ['tls'] }, { id: true }),
        created('aws_load_balancer_listener_policy.later', { load_balancer_name: 'later', load_balancer_port: 443 }, { id: true, policy_names: true }),
      ],
    },
    expect: {
      'aws_elb.old': { status: 'NON_COMPLIANT', messageId: 'otherPolicy', messageIncludes: 'uses ELBSecurityPolicy-2016-08,' },
      'aws_elb.new': 'COMPLIANT',
      'aws_elb.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownPolicy' },
    },
  },
] satisfies RuleCase[];
