import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const CONTAINERS = `
      ContainerDefinitions:
        - Name: app
          Image: public.ecr.aws/docker/library/busybox:1.36
          Memory: 128`;

export default [
  {
    name: 'pid mode host, task, not set, from a parameter, and malformed',
    template: `
Parameters:
  Mode: { Type: String, AllowedValues: [host, task] }
  DefaultMode: { Type: String, Default: task }
Resources:
  Host:
    Type: AWS::ECS::TaskDefinition
    Properties:
      PidMode: host${CONTAINERS}
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      PidMode: task${CONTAINERS}
  NotSet:
    Type: AWS::ECS::TaskDefinition
    Properties:${CONTAINERS}
  FromParameter:
    Type: AWS::ECS::TaskDefinition
    Properties:
      PidMode: !Ref Mode${CONTAINERS}
  FromDefault:
    Type: AWS::ECS::TaskDefinition
    Properties:
      PidMode: !Ref DefaultMode${CONTAINERS}
  Malformed:
    Type: AWS::ECS::TaskDefinition
    Properties:
      PidMode: [host]${CONTAINERS}
`,
    expect: {
      Host: { status: 'NON_COMPLIANT', messageId: 'host', path: ['PidMode'] },
      Task: { status: 'COMPLIANT', path: ['PidMode'] },
      NotSet: { status: 'COMPLIANT', path: [] },
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['PidMode'] },
      FromDefault: 'COMPLIANT',
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: pid_mode host, task, and from a variable',
    hcl: `
variable "pid_mode" {
  type = string
}

resource "aws_ecs_task_definition" "host" {
  family                = "host"
  pid_mode              = "host"
  container_definitions = jsonencode([{ name = "app", image = "busybox", memory = 128 }])
}

resource "aws_ecs_task_definition" "task" {
  family                = "task"
  pid_mode              = "task"
  container_definitions = jsonencode([{ name = "app", image = "busybox", memory = 128 }])
}

resource "aws_ecs_task_definition" "variable" {
  family                = "variable"
  pid_mode              = var.pid_mode
  container_definitions = jsonencode([{ name = "app", image = "busybox", memory = 128 }])
}
`,
    expect: {
      'aws_ecs_task_definition.host': { status: 'NON_COMPLIANT', messageId: 'host' },
      'aws_ecs_task_definition.task': 'COMPLIANT',
      'aws_ecs_task_definition.variable': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'plan: pid_mode host, not set, known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_ecs_task_definition.host', { family: 'host', pid_mode: 'host', container_definitions: '[{"image":"busybox","memory":128,"name":"app"}]' }, { arn: true, id: true }),
        created('aws_ecs_task_definition.unset', { family: 'unset', pid_mode: null, container_definitions: '[{"image":"busybox","memory":128,"name":"app"}]' }, { arn: true, id: true }),
        created('aws_ecs_task_definition.later', { family: 'later', container_definitions: '[{"image":"busybox","memory":128,"name":"app"}]' }, { arn: true, id: true, pid_mode: true }),
      ],
    },
    expect: {
      'aws_ecs_task_definition.host': { status: 'NON_COMPLIANT', messageId: 'host' },
      'aws_ecs_task_definition.unset': 'COMPLIANT',
      'aws_ecs_task_definition.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
