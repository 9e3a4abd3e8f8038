import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const BALANCER = `
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Subnets: [subnet-0a1b2c3d4e5f60001, subnet-0a1b2c3d4e5f60002]`;
const mode = (value: string) => `
      LoadBalancerAttributes:
        - { Key: routing.http.desync_mitigation_mode, Value: ${value} }`;

export default [
  {
    name: 'strictest, monitor, unset (defensive), from a parameter, malformed, and a gateway load balancer',
    template: `
Parameters:
  Mode: { Type: String }
Resources:
  Strictest:${BALANCER}${mode('strictest')}
  Monitor:${BALANCER}${mode('monitor')}
  Defaulted:${BALANCER}
  FromParameter:${BALANCER}${mode('!Ref Mode')}
  Malformed:${BALANCER}${mode('[defensive]')}
  Gateway:${BALANCER}
      Type: gateway
`,
    expect: {
      Strictest: { status: 'COMPLIANT', path: ['LoadBalancerAttributes', 0, 'Value'] },
      Monitor: { status: 'NON_COMPLIANT', messageId: 'otherMode', path: ['LoadBalancerAttributes', 0, 'Value'] },
      Defaulted: { status: 'COMPLIANT', path: [], messageIncludes: 'defensive (the default)' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownMode' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownMode', messageIncludes: 'malformed' },
      Gateway: { status: 'NOT_APPLICABLE', messageId: 'notApplication' },
    },
  },
  {
    name: 'desyncMode strictest only: defensive fails',
    params: { desyncMode: 'strictest' },
    template: `
Resources:
  Strictest:${BALANCER}${mode('strictest')}
  Defensive:${BALANCER}${mode('defensive')}
`,
    expect: {
      Strictest: 'COMPLIANT',
      Defensive: { status: 'NON_COMPLIANT', messageId: 'otherMode', messageIncludes: 'not strictest' },
    },
  },
  {
    name: 'hcl: desync_mitigation_mode strictest, monitor, and unset',
    hcl: `
resource "aws_lb" "strict" {
  name                   = "strict"
  subnets                = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  desync_mitigation_mode = "strictest"
}

resource "aws_lb" "monitor" {
  name                   = "monitor"
  subnets                = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  desync_mitigation_mode = "monitor"
}

resource "aws_alb" "defaulted" {
  name    = "defaulted"
  subnets = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}
`,
    expect: {
      'aws_lb.strict': 'COMPLIANT',
      'aws_lb.monitor': { status: 'NON_COMPLIANT', messageId: 'otherMode' },
      'aws_alb.defaulted': 'COMPLIANT',
    },
  },
  {
    name: 'plan: defensive, monitor, and known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_lb.defensive', { name: 'defensive', load_balancer_type: 'application', desync_mitigation_mode: 'defensive' }, { arn: true }),
        created('aws_lb.monitor', { name: 'monitor', load_balancer_type: 'application', desync_mitigation_mode: 'monitor' }, { arn: true }),
        created('aws_lb.later', { name: 'later', load_balancer_type: 'application' }, { arn: true, desync_mitigation_mode: true }),
      ],
    },
    expect: {
      'aws_lb.defensive': 'COMPLIANT',
      'aws_lb.monitor': { status: 'NON_COMPLIANT', messageId: 'otherMode' },
      'aws_lb.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownMode' },
    },
  },
] satisfies RuleCase[];
