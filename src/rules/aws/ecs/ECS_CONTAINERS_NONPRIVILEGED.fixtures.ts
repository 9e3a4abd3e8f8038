import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const TASK = `
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: app
      RequiresCompatibilities: [EC2]
      ContainerDefinitions:`;

export default [
  {
    name: 'privileged true, false, as text, not set, and one privileged container among others',
    template: `
Resources:
  Privileged:${TASK}
        - Name: agent
          Image: public.ecr.aws/docker/library/busybox:1.36
          Memory: 128
          Privileged: true
  Unprivileged:${TASK}
        - Name: web
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 128
          Privileged: false
  PrivilegedText:${TASK}
        - Name: agent
          Image: public.ecr.aws/docker/library/busybox:1.36
          Memory: 128
          Privileged: 'True'
  NotSet:${TASK}
        - Name: web
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 128
  Sidecar:${TASK}
        - Name: web
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 128
        - Name: agent
          Image: public.ecr.aws/docker/library/busybox:1.36
          Memory: 128
          Privileged: true
  NoContainers:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: empty
`,
    expect: {
      Privileged: { status: 'NON_COMPLIANT', messageId: 'privileged', path: ['ContainerDefinitions', 0, 'Privileged'], messageIncludes: 'agent' },
      Unprivileged: { status: 'COMPLIANT', path: ['ContainerDefinitions'] },
      PrivilegedText: { status: 'NON_COMPLIANT', messageId: 'privileged' },
      NotSet: 'COMPLIANT',
      Sidecar: { status: 'NON_COMPLIANT', messageId: 'privileged', path: ['ContainerDefinitions', 1, 'Privileged'] },
      NoContainers: 'COMPLIANT',
    },
  },
  {
    name: 'privileged from a parameter: with a default, without one, a condition, and a malformed value',
    template: `
Parameters:
  AgentPrivileged: { Type: String, AllowedValues: ['true', 'false'], Default: 'false' }
  Elevated: { Type: String, AllowedValues: ['true', 'false'] }
  Stage: { Type: String }
Conditions:
  IsDebug: !Equals [!Ref Stage, debug]
Resources:
  FromDefault:${TASK}
        - Name: agent
          Image: public.ecr.aws/docker/library/busybox:1.36
          Memory: 128
          Privileged: !Ref AgentPrivileged
  FromParameter:${TASK}
        - Name: agent
          Image: public.ecr.aws/docker/library/busybox:1.36
          Memory: 128
          Privileged: !Ref Elevated
  ByCondition:${TASK}
        - Name: agent
          Image: public.ecr.aws/docker/library/busybox:1.36
          Memory: 128
          Privileged: !If [IsDebug, true, !Ref AWS::NoValue]
  UnknownAndPrivileged:${TASK}
        - Name: unknown
          Image: public.ecr.aws/docker/library/busybox:1.36
          Memory: 128
          Privileged: !Ref Elevated
        - Name: agent
          Image: public.ecr.aws/docker/library/busybox:1.36
          Memory: 128
          Privileged: true
  Malformed:${TASK}
        - Name: agent
          Image: public.ecr.aws/docker/library/busybox:1.36
          Memory: 128
          Privileged: [true]
`,
    expect: {
      FromDefault: 'COMPLIANT',
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['ContainerDefinitions', 0, 'Privileged'] },
      ByCondition: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      UnknownAndPrivileged: { status: 'NON_COMPLIANT', messageId: 'privileged', path: ['ContainerDefinitions', 1, 'Privileged'] },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
  // Terraform (HCL): container_definitions is a JSON text in the API's camelCase.
  {
    name: 'hcl: jsonencode and heredoc container definitions, privileged and not',
    hcl: `
resource "aws_ecs_task_definition" "agent" {
  family = "agent"
  container_definitions = jsonencode([
    { name = "agent", image = "public.ecr.aws/docker/library/busybox:1.36", memory = 128, privileged = true }
  ])
}

resource "aws_ecs_task_definition" "web" {
  family                = "web"
  container_definitions = <<JSON
[
  { "name": "web", "image": "public.ecr.aws/nginx/nginx:1.27", "memory": 256, "privileged": false, "dockerLabels": { "team": "web" } }
]
JSON
}
`,
    expect: {
      'aws_ecs_task_definition.agent': { status: 'NON_COMPLIANT', messageId: 'privileged', path: ['ContainerDefinitions', 0, 'Privileged'] },
      'aws_ecs_task_definition.web': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: an unknown image leaves the rest decidable; an unknown flag or text does not',
    hcl: `
variable "image" {
  type = string
}

variable "privileged" {
  type = bool
}

variable "definitions" {
  type = string
}

resource "aws_ecs_task_definition" "unknown_image" {
  family = "unknown-image"
  container_definitions = jsonencode([
    { name = "web", image = var.image, memory = 256 },
    { name = "agent", image = var.image, memory = 128, privileged = true }
  ])
}

resource "aws_ecs_task_definition" "unknown_image_only" {
  family                = "unknown-image-only"
  container_definitions = jsonencode([{ name = "web", image = var.image, memory = 256, privileged = false }])
}

resource "aws_ecs_task_definition" "unknown_flag" {
  family                = "unknown-flag"
  container_definitions = jsonencode([{ name = "agent", image = "busybox", memory = 128, privileged = var.privileged }])
}

resource "aws_ecs_task_definition" "unknown_text" {
  family                = "unknown-text"
  container_definitions = var.definitions
}
`,
    expect: {
      'aws_ecs_task_definition.unknown_image': { status: 'NON_COMPLIANT', messageId: 'privileged', path: ['ContainerDefinitions', 1, 'Privileged'] },
      'aws_ecs_task_definition.unknown_image_only': 'COMPLIANT',
      'aws_ecs_task_definition.unknown_flag': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['ContainerDefinitions', 0, 'Privileged'] },
      'aws_ecs_task_definition.unknown_text': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['ContainerDefinitions'] },
    },
  },
  // Terraform plan JSON: the provider normalises the JSON text.
  {
    name: 'plan: privileged, unprivileged, known after apply, and not JSON',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_ecs_task_definition.agent', { family: 'agent', network_mode: 'bridge', container_definitions: '[{"essential":true,"image":"busybox","memory":128,"name":"agent","privileged":true}]', requires_compatibilities: ['EC2'] }, { arn: true, id: true, revision: true }),
        created('aws_ecs_task_definition.web', { family: 'web', network_mode: 'awsvpc', container_definitions: '[{"essential":true,"image":"nginx","memory":256,"name":"web"}]', requires_compatibilities: ['FARGATE'] }, { arn: true, id: true, revision: true }),
        created('module.svc.aws_ecs_task_definition.this[0]', { family: 'svc', network_mode: 'awsvpc' }, { arn: true, id: true, revision: true, container_definitions: true }),
        created('aws_ecs_task_definition.broken', { family: 'broken', container_definitions: '[{"name":"agent",' }, { arn: true, id: true }),
      ],
    },
    expect: {
      'aws_ecs_task_definition.agent': { status: 'NON_COMPLIANT', messageId: 'privileged' },
      'aws_ecs_task_definition.web': 'COMPLIANT',
      'module.svc.aws_ecs_task_definition.this[0]': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      'aws_ecs_task_definition.broken': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'not valid JSON' },
    },
  },
] satisfies RuleCase[];
