import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const HOST = `
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: exporter
      NetworkMode: host
      ContainerDefinitions:`;

export default [
  {
    name: 'host mode: root by default, root by name and uid, a non-root user, privileged; other network modes',
    template: `
Resources:
  DefaultUser:${HOST}
        - Name: exporter
          Image: quay.io/prometheus/node-exporter:v1.8.2
          Memory: 128
  RootByName:${HOST}
        - Name: exporter
          Image: quay.io/prometheus/node-exporter:v1.8.2
          Memory: 128
          User: 'root:root'
  RootByUid:${HOST}
        - Name: exporter
          Image: quay.io/prometheus/node-exporter:v1.8.2
          Memory: 128
          User: '0'
  NonRoot:${HOST}
        - Name: exporter
          Image: quay.io/prometheus/node-exporter:v1.8.2
          Memory: 128
          User: '65534:65534'
  Privileged:${HOST}
        - Name: exporter
          Image: quay.io/prometheus/node-exporter:v1.8.2
          Memory: 128
          Privileged: true
  Bridge:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      ContainerDefinitions:
        - Name: web
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 256
  Awsvpc:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: web
      NetworkMode: awsvpc
      ContainerDefinitions:
        - Name: web
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 256
`,
    expect: {
      DefaultUser: { status: 'NON_COMPLIANT', messageId: 'rootUser', path: ['ContainerDefinitions', 0], messageIncludes: 'User not set' },
      RootByName: { status: 'NON_COMPLIANT', messageId: 'rootUser', path: ['ContainerDefinitions', 0, 'User'] },
      RootByUid: { status: 'NON_COMPLIANT', messageId: 'rootUser' },
      NonRoot: { status: 'COMPLIANT', path: ['ContainerDefinitions'] },
      Privileged: 'COMPLIANT',
      Bridge: { status: 'COMPLIANT', messageId: 'notHost', path: [] },
      Awsvpc: { status: 'COMPLIANT', messageId: 'notHost', path: ['NetworkMode'] },
    },
  },
  {
    name: 'network mode and user not known before deployment',
    template: `
Parameters:
  Mode: { Type: String, AllowedValues: [host, bridge, awsvpc] }
  RunAs: { Type: String }
Resources:
  UnknownMode:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: exporter
      NetworkMode: !Ref Mode
      ContainerDefinitions:
        - Name: exporter
          Image: quay.io/prometheus/node-exporter:v1.8.2
          Memory: 128
  UnknownUser:${HOST}
        - Name: exporter
          Image: quay.io/prometheus/node-exporter:v1.8.2
          Memory: 128
          User: !Ref RunAs
  UnknownUserPrivileged:${HOST}
        - Name: exporter
          Image: quay.io/prometheus/node-exporter:v1.8.2
          Memory: 128
          User: !Ref RunAs
          Privileged: true
  MalformedUser:${HOST}
        - Name: exporter
          Image: quay.io/prometheus/node-exporter:v1.8.2
          Memory: 128
          User: [nobody]
`,
    expect: {
      UnknownMode: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['NetworkMode'] },
      UnknownUser: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['ContainerDefinitions', 0] },
      UnknownUserPrivileged: 'COMPLIANT',
      MalformedUser: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: host mode as root and as a non-root user, bridge mode',
    hcl: `
resource "aws_ecs_task_definition" "root" {
  family                = "root"
  network_mode          = "host"
  container_definitions = jsonencode([{ name = "exporter", image = "quay.io/prometheus/node-exporter:v1.8.2", memory = 128 }])
}

resource "aws_ecs_task_definition" "nobody" {
  family                = "nobody"
  network_mode          = "host"
  container_definitions = jsonencode([{ name = "exporter", image = "quay.io/prometheus/node-exporter:v1.8.2", memory = 128, user = "nobody" }])
}

resource "aws_ecs_task_definition" "bridge" {
  family                = "bridge"
  container_definitions = jsonencode([{ name = "web", image = "public.ecr.aws/nginx/nginx:1.27", memory = 256 }])
}
`,
    expect: {
      'aws_ecs_task_definition.root': { status: 'NON_COMPLIANT', messageId: 'rootUser' },
      'aws_ecs_task_definition.nobody': 'COMPLIANT',
      'aws_ecs_task_definition.bridge': { status: 'COMPLIANT', messageId: 'notHost' },
    },
  },
  {
    name: 'plan: host mode as root, a non-root uid, network mode known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_ecs_task_definition.root', { family: 'root', network_mode: 'host', container_definitions: '[{"essential":true,"image":"node-exporter","memory":128,"name":"exporter","user":"0:0"}]' }, { arn: true, id: true }),
        created('aws_ecs_task_definition.uid', { family: 'uid', network_mode: 'host', container_definitions: '[{"essential":true,"image":"node-exporter","memory":128,"name":"exporter","user":"1000"}]' }, { arn: true, id: true }),
        created('aws_ecs_task_definition.later', { family: 'later', container_definitions: '[{"essential":true,"image":"node-exporter","memory":128,"name":"exporter"}]' }, { arn: true, id: true, network_mode: true }),
      ],
    },
    expect: {
      'aws_ecs_task_definition.root': { status: 'NON_COMPLIANT', messageId: 'rootUser', path: ['ContainerDefinitions', 0, 'User'] },
      'aws_ecs_task_definition.uid': 'COMPLIANT',
      'aws_ecs_task_definition.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['NetworkMode'] },
    },
  },
] satisfies RuleCase[];
