import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const SERVICE = `
    Type: AWS::ECS::Service
    Properties:
      Cluster: apps
      TaskDefinition: arn:aws:ecs:eu-west-1:111122223333:task-definition/web:3
      DesiredCount: 2`;

export default [
  {
    name: 'public IP enabled, disabled, not set, and a bridge-mode service without network configuration',
    template: `
Resources:
  Enabled:${SERVICE}
      LaunchType: FARGATE
      NetworkConfiguration:
        AwsvpcConfiguration:
          AssignPublicIp: ENABLED
          Subnets: [subnet-0a1b2c3d]
  Disabled:${SERVICE}
      LaunchType: FARGATE
      NetworkConfiguration:
        AwsvpcConfiguration:
          AssignPublicIp: DISABLED
          Subnets: [subnet-0a1b2c3d]
  NotSet:${SERVICE}
      LaunchType: FARGATE
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: [subnet-0a1b2c3d]
  Bridge:${SERVICE}
      LaunchType: EC2
`,
    expect: {
      Enabled: { status: 'NON_COMPLIANT', messageId: 'enabled', path: ['NetworkConfiguration', 'AwsvpcConfiguration', 'AssignPublicIp'] },
      Disabled: { status: 'COMPLIANT', path: ['NetworkConfiguration', 'AwsvpcConfiguration', 'AssignPublicIp'] },
      NotSet: { status: 'COMPLIANT', path: [] },
      Bridge: 'COMPLIANT',
    },
  },
  {
    name: 'public IP from a parameter, a parameter default, a condition, and a malformed value',
    template: `
Parameters:
  PublicIp: { Type: String, AllowedValues: [ENABLED, DISABLED] }
  DefaultPublicIp: { Type: String, Default: ENABLED }
  Stage: { Type: String }
Conditions:
  IsDev: !Equals [!Ref Stage, dev]
Resources:
  FromParameter:${SERVICE}
      NetworkConfiguration:
        AwsvpcConfiguration:
          AssignPublicIp: !Ref PublicIp
          Subnets: [subnet-0a1b2c3d]
  FromDefault:${SERVICE}
      NetworkConfiguration:
        AwsvpcConfiguration:
          AssignPublicIp: !Ref DefaultPublicIp
          Subnets: [subnet-0a1b2c3d]
  ByCondition:${SERVICE}
      NetworkConfiguration:
        AwsvpcConfiguration:
          AssignPublicIp: !If [IsDev, ENABLED, DISABLED]
          Subnets: [subnet-0a1b2c3d]
  Malformed:${SERVICE}
      NetworkConfiguration:
        AwsvpcConfiguration:
          AssignPublicIp: [ENABLED]
          Subnets: [subnet-0a1b2c3d]
`,
    expect: {
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['NetworkConfiguration', 'AwsvpcConfiguration', 'AssignPublicIp'] },
      FromDefault: { status: 'NON_COMPLIANT', messageId: 'enabled' },
      ByCondition: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: assign_public_ip true, false, absent, and from a variable',
    hcl: `
variable "public" {
  type = bool
}

resource "aws_ecs_service" "public" {
  name            = "public"
  cluster         = "apps"
  task_definition = "web:3"
  launch_type     = "FARGATE"
  network_configuration {
    subnets          = ["subnet-0a1b2c3d"]
    assign_public_ip = true
  }
}

resource "aws_ecs_service" "private" {
  name            = "private"
  cluster         = "apps"
  task_definition = "web:3"
  launch_type     = "FARGATE"
  network_configuration {
    subnets          = ["subnet-0a1b2c3d"]
    assign_public_ip = false
  }
}

resource "aws_ecs_service" "unset" {
  name            = "unset"
  cluster         = "apps"
  task_definition = "web:3"
  network_configuration {
    subnets = ["subnet-0a1b2c3d"]
  }
}

resource "aws_ecs_service" "variable" {
  name            = "variable"
  cluster         = "apps"
  task_definition = "web:3"
  network_configuration {
    subnets          = ["subnet-0a1b2c3d"]
    assign_public_ip = var.public
  }
}
`,
    expect: {
      'aws_ecs_service.public': { status: 'NON_COMPLIANT', messageId: 'enabled' },
      'aws_ecs_service.private': 'COMPLIANT',
      'aws_ecs_service.unset': 'COMPLIANT',
      'aws_ecs_service.variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'plan: public, private (provider default false), known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_ecs_service.public', { name: 'public', launch_type: 'FARGATE', network_configuration: [{ assign_public_ip: true, security_groups: null, subnets: ['subnet-0a1b2c3d'] }] }, { id: true, cluster: true, task_definition: true }),
        created('aws_ecs_service.private', { name: 'private', launch_type: 'FARGATE', network_configuration: [{ assign_public_ip: false, security_groups: null, subnets: ['subnet-0a1b2c3d'] }] }, { id: true, cluster: true }),
        created('aws_ecs_service.later', { name: 'later', launch_type: 'FARGATE', network_configuration: [{ security_groups: null, subnets: ['subnet-0a1b2c3d'] }] }, { id: true, network_configuration: [{ assign_public_ip: true }] }),
      ],
    },
    expect: {
      'aws_ecs_service.public': { status: 'NON_COMPLIANT', messageId: 'enabled', path: ['NetworkConfiguration', 'AwsvpcConfiguration', 'AssignPublicIp'] },
      'aws_ecs_service.private': 'COMPLIANT',
      'aws_ecs_service.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
