import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const BALANCER = `
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Subnets: [subnet-0a1b2c3d4e5f60001, subnet-0a1b2c3d4e5f60002]`;

export default [
  {
    name: 'dropping on, off, unset, from a parameter, on a network load balancer, of a type from a parameter, and of a type ELB does not have',
    template: `
Parameters:
  Drop: { Type: String }
  Kind: { Type: String }
Resources:
  Dropping:${BALANCER}
      Type: application
      LoadBalancerAttributes:
        - { Key: routing.http.drop_invalid_header_fields.enabled, Value: "TRUE" }
  Keeping:${BALANCER}
      LoadBalancerAttributes:
        - { Key: routing.http.drop_invalid_header_fields.enabled, Value: "false" }
  Defaulted:${BALANCER}
  FromParameter:${BALANCER}
      LoadBalancerAttributes:
        - { Key: routing.http.drop_invalid_header_fields.enabled, Value: !Ref Drop }
  Network:${BALANCER}
      Type: network
  AnyKind:${BALANCER}
      Type: !Ref Kind
  NoSuchKind:${BALANCER}
      Type: ElbResource
`,
    expect: {
      Dropping: { status: 'COMPLIANT', path: ['LoadBalancerAttributes', 0, 'Value'] },
      Keeping: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownHeaders' },
      Network: { status: 'NOT_APPLICABLE', messageId: 'notApplication' },
      AnyKind: { status: 'INSUFFICIENT_DATA', messageId: 'unknownType' },
      NoSuchKind: { status: 'INSUFFICIENT_DATA', messageId: 'unknownType', path: ['Type'], messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: drop_invalid_header_fields true, unset, a network load balancer, and a load_balancer_type the provider rejects',
    hcl: `
resource "aws_lb" "strict" {
  name                       = "strict"
  subnets                    = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  drop_invalid_header_fields = true
}

resource "aws_lb" "lenient" {
  name    = "lenient"
  subnets = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_lb" "network" {
  name               = "network"
  load_balancer_type = "network"
  subnets            = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_lb" "classic" {
  name               = "classic"
  load_balancer_type = "classic"
  subnets            = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}
`,
    expect: {
      'aws_lb.strict': 'COMPLIANT',
      'aws_lb.lenient': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_lb.network': { status: 'NOT_APPLICABLE', messageId: 'notApplication' },
      'aws_lb.classic': { status: 'INSUFFICIENT_DATA', messageId: 'unknownType', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'plan: on, off, and known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_lb.on', { name: 'on', load_balancer_type: 'application', drop_invalid_header_fields: true }, { arn: true }),
        created('aws_lb.off', { name: 'off', load_balancer_type: 'application', drop_invalid_header_fields: false }, { arn: true }),
        created('aws_lb.later', { name: 'later', load_balancer_type: 'application' }, { arn: true, drop_invalid_header_fields: true }),
      ],
    },
    expect: {
      'aws_lb.on': 'COMPLIANT',
      'aws_lb.off': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_lb.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownHeaders' },
    },
  },
] satisfies RuleCase[];
