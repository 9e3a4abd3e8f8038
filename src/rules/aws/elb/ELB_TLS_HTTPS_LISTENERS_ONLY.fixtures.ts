import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/0b0c1f22-7a4c-4d9e-a5c9-2f0d1e3b4a5c';
const BALANCER = `
    Type: AWS::ElasticLoadBalancing::LoadBalancer
    Properties:
      AvailabilityZones: [us-east-1a, us-east-1b]
      Listeners:`;

export default [
  {
    name: 'HTTPS and SSL, HTTP beside HTTPS, TCP, a protocol from a parameter, and malformed listeners',
    template: `
Parameters:
  Protocol: { Type: String }
Resources:
  Encrypted:${BALANCER}
        - { LoadBalancerPort: "443", InstancePort: "80", Protocol: HTTPS, InstanceProtocol: HTTP, SSLCertificateId: ${CERTIFICATE} }
        - { LoadBalancerPort: "8443", InstancePort: "8443", Protocol: ssl, SSLCertificateId: ${CERTIFICATE} }
  Mixed:${BALANCER}
        - { LoadBalancerPort: "443", InstancePort: "80", Protocol: HTTPS, SSLCertificateId: ${CERTIFICATE} }
        - { LoadBalancerPort: "80", InstancePort: "80", Protocol: HTTP }
  Tcp:${BALANCER}
        - { LoadBalancerPort: "5432", InstancePort: "5432", Protocol: TCP }
  FromParameter:${BALANCER}
        - { LoadBalancerPort: "443", InstancePort: "80", Protocol: !Ref Protocol }
  UnknownBesidePlaintext:${BALANCER}
        - { LoadBalancerPort: "443", InstancePort: "80", Protocol: !Ref Protocol }
        - { LoadBalancerPort: "80", InstancePort: "80", Protocol: HTTP }
  Malformed:${BALANCER}
        - { LoadBalancerPort: "443", InstancePort: "80", Protocol: [HTTPS] }
`,
    expect: {
      Encrypted: { status: 'COMPLIANT', path: ['Listeners'] },
      Mixed: { status: 'NON_COMPLIANT', messageId: 'plaintext', path: ['Listeners', 1], messageIncludes: 'port 80 with protocol HTTP' },
      Tcp: { status: 'NON_COMPLIANT', messageId: 'plaintext' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownListeners', path: ['Listeners', 0, 'Protocol'] },
      UnknownBesidePlaintext: { status: 'NON_COMPLIANT', messageId: 'plaintext', path: ['Listeners', 1] },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownListeners', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'listeners from a condition that can not be decided',
    template: `
Parameters:
  Secure: { Type: String, AllowedValues: ["yes", "no"] }
Conditions:
  IsSecure: !Equals [!Ref Secure, "yes"]
Resources:
  Either:${BALANCER.replace('      Listeners:', '      Listeners: !If')}
        - IsSecure
        - [{ LoadBalancerPort: "443", InstancePort: "80", Protocol: HTTPS, SSLCertificateId: ${CERTIFICATE} }]
        - [{ LoadBalancerPort: "80", InstancePort: "80", Protocol: HTTP }]
`,
    expect: { Either: { status: 'INSUFFICIENT_DATA', messageId: 'unknownListeners' } },
  },
  {
    name: 'hcl: an https listener, and an http one',
    hcl: `
resource "aws_elb" "secure" {
  name               = "secure"
  availability_zones = ["us-east-1a", "us-east-1b"]
  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 80
    instance_protocol  = "http"
    ssl_certificate_id = "${CERTIFICATE}"
  }
}

resource "aws_elb" "plain" {
  name               = "plain"
  availability_zones = ["us-east-1a", "us-east-1b"]
  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 80
    instance_protocol = "http"
  }
}
`,
    expect: {
      'aws_elb.secure': 'COMPLIANT',
      'aws_elb.plain': { status: 'NON_COMPLIANT', messageId: 'plaintext', path: ['Listeners', 0] },
    },
  },
  {
    name: 'plan: ssl, tcp, and listeners known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_elb.ssl', { name: 'ssl', listener: [{ lb_port: 8443, lb_protocol: 'ssl', instance_port: 8443, instance_protocol: 'tcp', ssl_certificate_id: CERTIFICATE }] }, { arn: true }),
        created('aws_elb.tcp', { name: 'tcp', listener: [{ lb_port: 5432, lb_protocol: 'tcp', instance_port: 5432, instance_protocol: 'tcp', ssl_certificate_id: '' }] }, { arn: true }),
        created('aws_elb.later', { name: 'later' }, { arn: true, listener: true }),
      ],
    },
    expect: {
      'aws_elb.ssl': 'COMPLIANT',
      'aws_elb.tcp': { status: 'NON_COMPLIANT', messageId: 'plaintext' },
      'aws_elb.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownListeners' },
    },
  },
] satisfies RuleCase[];
