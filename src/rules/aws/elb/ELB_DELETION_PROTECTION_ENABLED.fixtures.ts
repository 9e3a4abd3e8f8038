import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const BALANCER = `
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Subnets: [subnet-0a1b2c3d4e5f60001, subnet-0a1b2c3d4e5f60002]`;

export default [
  {
    name: 'deletion protection on, off, unset, from a parameter, under an unknown key, and malformed',
    template: `
Parameters:
  Protect: { Type: String }
  Key: { Type: String }
Resources:
  Protected:${BALANCER}
      Type: network
      LoadBalancerAttributes:
        - { Key: idle_timeout.timeout_seconds, Value: "60" }
        - { Key: deletion_protection.enabled, Value: "true" }
  Unprotected:${BALANCER}
      LoadBalancerAttributes:
        - { Key: deletion_protection.enabled, Value: "false" }
  Defaulted:${BALANCER}
  FromParameter:${BALANCER}
      LoadBalancerAttributes:
        - { Key: deletion_protection.enabled, Value: !Ref Protect }
  UnknownKey:${BALANCER}
      LoadBalancerAttributes:
        - { Key: !Ref Key, Value: "true" }
  UnknownKeyThenLiteral:${BALANCER}
      LoadBalancerAttributes:
        - { Key: !Ref Key, Value: "false" }
        - { Key: deletion_protection.enabled, Value: "true" }
  Malformed:${BALANCER}
      LoadBalancerAttributes:
        - { Key: deletion_protection.enabled, Value: "yes" }
`,
    expect: {
      Protected: { status: 'COMPLIANT', path: ['LoadBalancerAttributes', 1, 'Value'] },
      Unprotected: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['LoadBalancerAttributes', 0, 'Value'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [], messageIncludes: 'not set (default false)' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownProtection' },
      UnknownKey: { status: 'INSUFFICIENT_DATA', messageId: 'unknownProtection', path: ['LoadBalancerAttributes', 0] },
      UnknownKeyThenLiteral: 'COMPLIANT',
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownProtection', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: enable_deletion_protection true, and unset',
    hcl: `
resource "aws_lb" "protected" {
  name                       = "protected"
  subnets                    = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  enable_deletion_protection = true
}

resource "aws_alb" "open" {
  name    = "open"
  subnets = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}
`,
    expect: {
      'aws_lb.protected': 'COMPLIANT',
      'aws_alb.open': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'plan: on, off, and known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_lb.on', { name: 'on', load_balancer_type: 'gateway', enable_deletion_protection: true }, { arn: true }),
        created('aws_lb.off', { name: 'off', load_balancer_type: 'application', enable_deletion_protection: false }, { arn: true }),
        created('aws_lb.later', { name: 'later', load_balancer_type: 'application' }, { arn: true, enable_deletion_protection: true }),
      ],
    },
    expect: {
      'aws_lb.on': 'COMPLIANT',
      'aws_lb.off': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_lb.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownProtection' },
    },
  },
] satisfies RuleCase[];
