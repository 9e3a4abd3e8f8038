import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const BALANCER = `
    Type: AWS::ElasticLoadBalancing::LoadBalancer
    Properties:
      AvailabilityZones: [us-east-1a, us-east-1b]
      Listeners: [{ LoadBalancerPort: "80", InstancePort: "80", Protocol: HTTP }]`;

export default [
  {
    name: 'cross-zone on, off, unset, from a parameter, and malformed',
    template: `
Parameters:
  CrossZone: { Type: String }
Resources:
  Enabled:${BALANCER}
      CrossZone: true
  Disabled:${BALANCER}
      CrossZone: "false"
  Defaulted:${BALANCER}
  FromParameter:${BALANCER}
      CrossZone: !Ref CrossZone
  Malformed:${BALANCER}
      CrossZone: everywhere
`,
    expect: {
      Enabled: { status: 'COMPLIANT', path: ['CrossZone'] },
      Disabled: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['CrossZone'] },
      Defaulted: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [], messageIncludes: 'not set (default false)' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownCrossZone' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknownCrossZone', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: cross_zone_load_balancing unset (the provider enables it), and false',
    hcl: `
resource "aws_elb" "defaulted" {
  name               = "defaulted"
  availability_zones = ["us-east-1a", "us-east-1b"]
  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 80
    instance_protocol = "http"
  }
}

resource "aws_elb" "zonal" {
  name                      = "zonal"
  availability_zones        = ["us-east-1a", "us-east-1b"]
  cross_zone_load_balancing = false
  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 80
    instance_protocol = "http"
  }
}
`,
    expect: {
      'aws_elb.defaulted': 'COMPLIANT',
      'aws_elb.zonal': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'plan: on, off, and known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_elb.on', { name: 'on', cross_zone_load_balancing: true }, { arn: true }),
        created('aws_elb.off', { name: 'off', cross_zone_load_balancing: false }, { arn: true }),
        created('aws_elb.later', { name: 'later' }, { arn: true, cross_zone_load_balancing: true }),
      ],
    },
    expect: {
      'aws_elb.on': 'COMPLIANT',
      'aws_elb.off': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_elb.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownCrossZone' },
    },
  },
] satisfies RuleCase[];
