import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const TASK = `
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: app
      ContainerDefinitions:`;

export default [
  {
    name: 'read-only, writable, not set (ECS default writable), as text, and one writable sidecar',
    template: `
Resources:
  ReadOnly:${TASK}
        - Name: web
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 256
          ReadonlyRootFilesystem: true
  Writable:${TASK}
        - Name: web
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 256
          ReadonlyRootFilesystem: false
  NotSet:${TASK}
        - Name: web
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 256
  AsText:${TASK}
        - Name: web
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 256
          ReadonlyRootFilesystem: 'true'
  Sidecar:${TASK}
        - Name: web
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 256
          ReadonlyRootFilesystem: true
        - Name: log-router
          Image: public.ecr.aws/aws-observability/aws-for-fluent-bit:stable
          Memory: 64
`,
    expect: {
      ReadOnly: { status: 'COMPLIANT', path: ['ContainerDefinitions'] },
      Writable: { status: 'NON_COMPLIANT', messageId: 'writable', path: ['ContainerDefinitions', 0, 'ReadonlyRootFilesystem'] },
      NotSet: { status: 'NON_COMPLIANT', messageId: 'writable', path: ['ContainerDefinitions', 0], messageIncludes: 'default false' },
      AsText: 'COMPLIANT',
      Sidecar: { status: 'NON_COMPLIANT', messageId: 'writable', path: ['ContainerDefinitions', 1], messageIncludes: 'log-router' },
    },
  },
  {
    name: 'read-only from a parameter without a default, a condition with AWS::NoValue, an imported container list, a malformed value',
    template: `
Parameters:
  ReadOnly: { Type: String, AllowedValues: ['true', 'false'] }
  Stage: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  FromParameter:${TASK}
        - Name: web
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 256
          ReadonlyRootFilesystem: !Ref ReadOnly
  ByCondition:${TASK}
        - Name: web
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 256
          ReadonlyRootFilesystem: !If [IsProd, true, !Ref AWS::NoValue]
  OneUnknownOneWritable:${TASK}
        - Name: web
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 256
          ReadonlyRootFilesystem: !Ref ReadOnly
        - Name: shell
          Image: public.ecr.aws/docker/library/busybox:1.36
          Memory: 64
          ReadonlyRootFilesystem: false
  Malformed:${TASK}
        - Name: web
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 256
          ReadonlyRootFilesystem: 'yes'
`,
    expect: {
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['ContainerDefinitions', 0, 'ReadonlyRootFilesystem'] },
      ByCondition: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      OneUnknownOneWritable: { status: 'NON_COMPLIANT', messageId: 'writable', messageIncludes: 'shell' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: read-only and writable containers, an unknown flag',
    hcl: `
variable "read_only" {
  type = bool
}

resource "aws_ecs_task_definition" "read_only" {
  family = "read-only"
  container_definitions = jsonencode([
    { name = "web", image = "public.ecr.aws/nginx/nginx:1.27", memory = 256, readonlyRootFilesystem = true }
  ])
}

resource "aws_ecs_task_definition" "writable" {
  family                = "writable"
  container_definitions = jsonencode([{ name = "web", image = "public.ecr.aws/nginx/nginx:1.27", memory = 256 }])
}

resource "aws_ecs_task_definition" "unknown" {
  family                = "unknown"
  container_definitions = jsonencode([{ name = "web", image = "public.ecr.aws/nginx/nginx:1.27", memory = 256, readonlyRootFilesystem = var.read_only }])
}
`,
    expect: {
      'aws_ecs_task_definition.read_only': 'COMPLIANT',
      'aws_ecs_task_definition.writable': { status: 'NON_COMPLIANT', messageId: 'writable' },
      'aws_ecs_task_definition.unknown': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'plan: read-only, writable, and definitions known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_ecs_task_definition.read_only', { family: 'read-only', container_definitions: '[{"essential":true,"image":"nginx","memory":256,"name":"web","readonlyRootFilesystem":true}]' }, { arn: true, id: true }),
        created('aws_ecs_task_definition.writable', { family: 'writable', container_definitions: '[{"essential":true,"image":"nginx","memory":256,"name":"web","readonlyRootFilesystem":false}]' }, { arn: true, id: true }),
        created('aws_ecs_task_definition.later', { family: 'later' }, { arn: true, id: true, container_definitions: true }),
      ],
    },
    expect: {
      'aws_ecs_task_definition.read_only': 'COMPLIANT',
      'aws_ecs_task_definition.writable': { status: 'NON_COMPLIANT', messageId: 'writable', path: ['ContainerDefinitions', 0, 'ReadonlyRootFilesystem'] },
      'aws_ecs_task_definition.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
