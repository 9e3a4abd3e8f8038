import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const GROUP = `
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MinSize: "1"
      MaxSize: "2"
      LaunchTemplate: { LaunchTemplateName: web, Version: "1" }`;
const subnet = (cidr: string, zone: string) => `
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Net
      CidrBlock: ${cidr}
      AvailabilityZone: ${zone}`;

export default [
  {
    name: 'zones listed, one zone, subnets of the template in two zones and in one, literal subnets, one literal subnet, and zones known at deployment',
    template: `
Parameters:
  Zones: { Type: "List<AWS::EC2::AvailabilityZone::Name>" }
Resources:
  Net:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  A:${subnet('10.0.0.0/24', 'us-east-1a')}
  B:${subnet('10.0.1.0/24', 'us-east-1b')}
  A2:${subnet('10.0.2.0/24', 'us-east-1a')}
  Listed:${GROUP}
      AvailabilityZones: [us-east-1a, us-east-1b, us-east-1a]
  OneZone:${GROUP}
      AvailabilityZones: [us-east-1a]
  TwoSubnets:${GROUP}
      VPCZoneIdentifier: [!Ref A, !Ref B]
  SameZoneSubnets:${GROUP}
      VPCZoneIdentifier: [!Ref A, !Ref A2]
  LiteralSubnets:${GROUP}
      VPCZoneIdentifier: [subnet-0a1b2c3d4e5f60001, subnet-0a1b2c3d4e5f60002]
  OneLiteralSubnet:${GROUP}
      VPCZoneIdentifier: [subnet-0a1b2c3d4e5f60001]
  FromParameter:${GROUP}
      AvailabilityZones: !Ref Zones
`,
    expect: {
      Listed: { status: 'COMPLIANT', path: ['AvailabilityZones'] },
      OneZone: { status: 'NON_COMPLIANT', messageId: 'tooFew', path: ['AvailabilityZones'] },
      TwoSubnets: { status: 'COMPLIANT', path: ['VPCZoneIdentifier'] },
      SameZoneSubnets: { status: 'NON_COMPLIANT', messageId: 'tooFew', path: ['VPCZoneIdentifier'] },
      LiteralSubnets: { status: 'INSUFFICIENT_DATA', messageId: 'unknownZones', messageIncludes: 'subnet-0a1b2c3d4e5f60001' },
      OneLiteralSubnet: { status: 'NON_COMPLIANT', messageId: 'tooFew' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownZones' },
    },
  },
  {
    name: 'minAvailabilityZones 3',
    params: { minAvailabilityZones: 3 },
    template: `
Resources:
  Three:${GROUP}
      AvailabilityZones: [us-east-1a, us-east-1b, us-east-1c]
  Two:${GROUP}
      AvailabilityZones: [us-east-1a, us-east-1b]
`,
    expect: {
      Three: 'COMPLIANT',
      Two: { status: 'NON_COMPLIANT', messageId: 'tooFew', messageIncludes: 'fewer than 3' },
    },
  },
  {
    name: 'hcl: two zones, and one',
    hcl: `
resource "aws_autoscaling_group" "spread" {
  name               = "spread"
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a", "us-east-1b"]
  launch_template {
    name = "web"
  }
}

resource "aws_autoscaling_group" "single" {
  name               = "single"
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a"]
  launch_template {
    name = "web"
  }
}
`,
    expect: {
      'aws_autoscaling_group.spread': 'COMPLIANT',
      'aws_autoscaling_group.single': { status: 'NON_COMPLIANT', messageId: 'tooFew' },
    },
  },
  {
    name: 'plan: two zones, one, and zones known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_autoscaling_group.spread', { name: 'spread', min_size: 1, max_size: 2, availability_zones: ['us-east-1a', 'us-east-1b'] }, { arn: true, vpc_zone_identifier: true }),
        created('aws_autoscaling_group.single', { name: 'single', min_size: 1, max_size: 2, availability_zones: ['us-east-1a'] }, { arn: true, vpc_zone_identifier: true }),
        created('aws_autoscaling_group.later', { name: 'later', min_size: 1, max_size: 2 }, { arn: true, availability_zones: true, vpc_zone_identifier: true }),
      ],
    },
    expect: {
      'aws_autoscaling_group.spread': 'COMPLIANT',
      'aws_autoscaling_group.single': { status: 'NON_COMPLIANT', messageId: 'tooFew' },
      'aws_autoscaling_group.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownZones' },
    },
  },
] satisfies RuleCase[];
