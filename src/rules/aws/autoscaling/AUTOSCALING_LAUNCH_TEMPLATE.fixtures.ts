import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const GROUP = `
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MinSize: "1"
      MaxSize: "2"
      AvailabilityZones: [us-east-1a, us-east-1b]`;

export default [
  {
    name: 'a launch template, a mixed instances policy, a launch configuration, an instance, a template under an undecidable condition',
    template: `
Parameters:
  UseTemplate: { Type: String, AllowedValues: ["yes", "no"] }
Conditions:
  Templated: !Equals [!Ref UseTemplate, "yes"]
Resources:
  Template:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData: { ImageId: ami-0abcdef1234567890, InstanceType: t3.micro }
  Launch:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties: { ImageId: ami-0abcdef1234567890, InstanceType: t3.micro }
  FromTemplate:${GROUP}
      LaunchTemplate: { LaunchTemplateId: !Ref Template, Version: !GetAtt Template.LatestVersionNumber }
  Mixed:${GROUP}
      MixedInstancesPolicy:
        LaunchTemplate:
          LaunchTemplateSpecification: { LaunchTemplateId: !Ref Template, Version: "1" }
          Overrides: [{ InstanceType: t3.micro }, { InstanceType: t3a.micro }]
  FromConfiguration:${GROUP}
      LaunchConfigurationName: !Ref Launch
  FromInstance:${GROUP}
      InstanceId: i-0abcdef1234567890
  Either:${GROUP}
      LaunchTemplate: !If [Templated, { LaunchTemplateId: !Ref Template, Version: "1" }, !Ref AWS::NoValue]
      LaunchConfigurationName: !If [Templated, !Ref AWS::NoValue, !Ref Launch]
`,
    expect: {
      FromTemplate: { status: 'COMPLIANT', path: ['LaunchTemplate'] },
      Mixed: { status: 'COMPLIANT', path: ['MixedInstancesPolicy', 'LaunchTemplate', 'LaunchTemplateSpecification'] },
      FromConfiguration: { status: 'NON_COMPLIANT', messageId: 'notTemplate', path: ['LaunchConfigurationName'] },
      FromInstance: { status: 'NON_COMPLIANT', messageId: 'notTemplate', messageIncludes: 'an instance' },
      Either: { status: 'INSUFFICIENT_DATA', messageId: 'unknownSource' },
    },
  },
  {
    name: 'hcl: a launch template, a mixed instances policy, and a launch configuration',
    hcl: `
resource "aws_launch_template" "web" {
  name          = "web"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
}

resource "aws_launch_configuration" "web" {
  name          = "web"
  image_id      = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
}

resource "aws_autoscaling_group" "templated" {
  name               = "templated"
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a", "us-east-1b"]
  launch_template {
    id      = aws_launch_template.web.id
    version = "$Latest"
  }
}

resource "aws_autoscaling_group" "mixed" {
  name               = "mixed"
  min_size           = 1
  max_size           = 2
  availability_zones = ["us-east-1a", "us-east-1b"]
  mixed_instances_policy {
    launch_template {
      launch_template_specification {
        launch_template_id = aws_launch_template.web.id
      }
    }
  }
}

resource "aws_autoscaling_group" "configured" {
  name                 = "configured"
  min_size             = 1
  max_size             = 2
  availability_zones   = ["us-east-1a", "us-east-1b"]
  launch_configuration = aws_launch_configuration.web.name
}
`,
    expect: {
      'aws_autoscaling_group.templated': 'COMPLIANT',
      'aws_autoscaling_group.mixed': 'COMPLIANT',
      'aws_autoscaling_group.configured': { status: 'NON_COMPLIANT', messageId: 'notTemplate' },
    },
  },
  {
    name: 'plan: a launch template and a launch configuration',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_autoscaling_group.templated', { name: 'templated', min_size: 1, max_size: 2, launch_template: [{ name: 'web', version: '$Latest' }], mixed_instances_policy: [], launch_configuration: null }, { arn: true, launch_template: [{ id: true }] }),
        created('aws_autoscaling_group.configured', { name: 'configured', min_size: 1, max_size: 2, launch_template: [], mixed_instances_policy: [], launch_configuration: 'web' }, { arn: true }),
      ],
    },
    expect: {
      'aws_autoscaling_group.templated': 'COMPLIANT',
      'aws_autoscaling_group.configured': { status: 'NON_COMPLIANT', messageId: 'notTemplate' },
    },
  },
] satisfies RuleCase[];
