import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const GROUP = `
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MinSize: "1"
      MaxSize: "2"
      AvailabilityZones: [us-east-1a, us-east-1b]
      LaunchTemplate: { LaunchTemplateName: web, Version: "1" }`;
const TARGET_GROUP = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/abcd9b2e38491ce1';

export default [
  {
    name: 'ELB checks with a target group and a classic load balancer, EC2 checks, no load balancer, a type from a parameter, and a target group under an undecidable condition',
    template: `
Parameters:
  CheckType: { Type: String }
  Balanced: { Type: String, AllowedValues: ["yes", "no"] }
Conditions:
  IsBalanced: !Equals [!Ref Balanced, "yes"]
Resources:
  Classic:
    Type: AWS::ElasticLoadBalancing::LoadBalancer
    Properties:
      AvailabilityZones: [us-east-1a, us-east-1b]
      Listeners: [{ LoadBalancerPort: "80", InstancePort: "80", Protocol: HTTP }]
  TargetGroupElb:${GROUP}
      TargetGroupARNs: [${TARGET_GROUP}]
      HealthCheckType: ELB
  ClassicElb:${GROUP}
      LoadBalancerNames: [!Ref Classic]
      HealthCheckType: "EC2,ELB"
  TargetGroupEc2:${GROUP}
      TargetGroupARNs: [${TARGET_GROUP}]
      HealthCheckType: EC2
  TargetGroupDefaulted:${GROUP}
      TargetGroupARNs: [${TARGET_GROUP}]
  Alone:${GROUP}
  FromParameter:${GROUP}
      TargetGroupARNs: [${TARGET_GROUP}]
      HealthCheckType: !Ref CheckType
  MaybeBalanced:${GROUP}
      TargetGroupARNs: [!If [IsBalanced, ${TARGET_GROUP}, !Ref AWS::NoValue]]
`,
    expect: {
      TargetGroupElb: { status: 'COMPLIANT', path: ['HealthCheckType'] },
      ClassicElb: 'COMPLIANT',
      TargetGroupEc2: { status: 'NON_COMPLIANT', messageId: 'notElb', path: ['HealthCheckType'] },
      TargetGroupDefaulted: { status: 'NON_COMPLIANT', messageId: 'notElb', path: [] },
      Alone: { status: 'NOT_APPLICABLE', messageId: 'noLoadBalancer' },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknownHealthCheck' },
      MaybeBalanced: { status: 'INSUFFICIENT_DATA', messageId: 'unknownHealthCheck' },
    },
  },
  {
    name: 'hcl: ELB checks, a target group attached by aws_autoscaling_attachment without them, and no load balancer',
    hcl: `
resource "aws_autoscaling_group" "checked" {
  name               = "checked"
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a", "us-east-1b"]
  target_group_arns  = ["${TARGET_GROUP}"]
  health_check_type  = "ELB"
  launch_template {
    name = "web"
  }
}

resource "aws_autoscaling_group" "attached" {
  name               = "attached"
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a", "us-east-1b"]
  launch_template {
    name = "web"
  }
}

resource "aws_autoscaling_attachment" "attached" {
  autoscaling_group_name = aws_autoscaling_group.attached.id
  lb_target_group_arn    = "${TARGET_GROUP}"
}

resource "aws_autoscaling_group" "alone" {
  name               = "alone"
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a", "us-east-1b"]
  launch_template {
    name = "web"
  }
}
`,
    expect: {
      'aws_autoscaling_group.checked': 'COMPLIANT',
      'aws_autoscaling_group.attached': { status: 'NON_COMPLIANT', messageId: 'notElb' },
      'aws_autoscaling_group.alone': { status: 'NOT_APPLICABLE', messageId: 'noLoadBalancer' },
    },
  },
  {
    name: 'plan: ELB checks, EC2 checks, and a health check type known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_autoscaling_group.elb', { name: 'elb', min_size: 1, max_size: 2, target_group_arns: [TARGET_GROUP], health_check_type: 'ELB' }, { arn: true }),
        created('aws_autoscaling_group.ec2', { name: 'ec2', min_size: 1, max_size: 2, load_balancers: ['web'], health_check_type: 'EC2' }, { arn: true }),
        created('aws_autoscaling_group.later', { name: 'later', min_size: 1, max_size: 2, target_group_arns: [TARGET_GROUP] }, { arn: true, health_check_type: true }),
      ],
    },
    expect: {
      'aws_autoscaling_group.elb': 'COMPLIANT',
      'aws_autoscaling_group.ec2': { status: 'NON_COMPLIANT', messageId: 'notElb' },
      'aws_autoscaling_group.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownHealthCheck' },
    },
  },
] satisfies RuleCase[];
