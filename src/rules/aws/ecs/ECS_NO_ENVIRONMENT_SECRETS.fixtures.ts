import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const TASK = `
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: app
      ContainerDefinitions:`;

export default [
  {
    name: 'default secret keys: an access key in plain text, a secret reference, other variables, none',
    template: `
Resources:
  AccessKey:${TASK}
        - Name: uploader
          Image: public.ecr.aws/aws-cli/aws-cli:2.17.0
          Memory: 256
          Environment:
            - Name: BUCKET
              Value: uploads
            - Name: AWS_ACCESS_KEY_ID
              Value: AKIAIOSFODNN7EXAMPLE
  FromSecrets:${TASK}
        - Name: uploader
          Image: public.ecr.aws/aws-cli/aws-cli:2.17.0
          Memory: 256
          Secrets:
            - Name: AWS_SECRET_ACCESS_KEY
              ValueFrom: arn:aws:secretsmanager:eu-west-1:111122223333:secret:uploader-key
  OtherVariables:${TASK}
        - Name: web
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 256
          Environment:
            - Name: PORT
              Value: '8080'
  NoEnvironment:${TASK}
        - Name: web
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 256
  SecondContainer:${TASK}
        - Name: web
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 256
        - Name: agent
          Image: public.ecr.aws/ecs/amazon-ecs-agent:latest
          Memory: 128
          Environment:
            - Name: ECS_ENGINE_AUTH_DATA
              Value: '{"https://index.docker.io/v1/":{"username":"me","password":"pw"}}'
`,
    expect: {
      AccessKey: { status: 'NON_COMPLIANT', messageId: 'secret', path: ['ContainerDefinitions', 0, 'Environment', 1, 'Name'], messageIncludes: 'AWS_ACCESS_KEY_ID' },
      FromSecrets: 'COMPLIANT',
      OtherVariables: { status: 'COMPLIANT', path: ['ContainerDefinitions'] },
      NoEnvironment: 'COMPLIANT',
      SecondContainer: { status: 'NON_COMPLIANT', messageId: 'secret', path: ['ContainerDefinitions', 1, 'Environment', 0, 'Name'] },
    },
  },
  {
    name: 'secretKeys given as text with spaces',
    params: { secretKeys: ' DB_PASSWORD , API_TOKEN ' },
    template: `
Resources:
  Password:${TASK}
        - Name: api
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 256
          Environment:
            - Name: DB_PASSWORD
              Value: hunter2
  AccessKeyNotListed:${TASK}
        - Name: api
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 256
          Environment:
            - Name: AWS_ACCESS_KEY_ID
              Value: AKIAIOSFODNN7EXAMPLE
`,
    expect: {
      Password: { status: 'NON_COMPLIANT', messageId: 'secret', messageIncludes: 'DB_PASSWORD' },
      AccessKeyNotListed: 'COMPLIANT',
    },
  },
  {
    name: 'variable names and lists not known before deployment',
    template: `
Parameters:
  VariableName: { Type: String }
  Stage: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  UnknownName:${TASK}
        - Name: api
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 256
          Environment:
            - Name: !Ref VariableName
              Value: x
  UnknownNameAndSecret:${TASK}
        - Name: api
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 256
          Environment:
            - Name: !Ref VariableName
              Value: x
            - Name: AWS_SECRET_ACCESS_KEY
              Value: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
  ConditionalList:${TASK}
        - Name: api
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 256
          Environment: !If [IsProd, [{ Name: MODE, Value: prod }], !Ref AWS::NoValue]
  Malformed:${TASK}
        - Name: api
          Image: public.ecr.aws/nginx/nginx:1.27
          Memory: 256
          Environment: { Name: MODE, Value: prod }
`,
    expect: {
      UnknownName: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['ContainerDefinitions', 0, 'Environment'] },
      UnknownNameAndSecret: { status: 'NON_COMPLIANT', messageId: 'secret' },
      ConditionalList: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: plain access key, secrets, and an unknown variable name',
    hcl: `
variable "name" {
  type = string
}

resource "aws_ecs_task_definition" "plain" {
  family = "plain"
  container_definitions = jsonencode([{
    name        = "uploader"
    image       = "public.ecr.aws/aws-cli/aws-cli:2.17.0"
    memory      = 256
    environment = [{ name = "AWS_SECRET_ACCESS_KEY", value = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" }]
  }])
}

resource "aws_ecs_task_definition" "secrets" {
  family = "secrets"
  container_definitions = jsonencode([{
    name    = "uploader"
    image   = "public.ecr.aws/aws-cli/aws-cli:2.17.0"
    memory  = 256
    secrets = [{ name = "AWS_SECRET_ACCESS_KEY", valueFrom = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:uploader-key" }]
  }])
}

resource "aws_ecs_task_definition" "unknown_name" {
  family = "unknown-name"
  container_definitions = jsonencode([{
    name        = "uploader"
    image       = "public.ecr.aws/aws-cli/aws-cli:2.17.0"
    memory      = 256
    environment = [{ name = var.name, value = "x" }]
  }])
}
`,
    expect: {
      'aws_ecs_task_definition.plain': { status: 'NON_COMPLIANT', messageId: 'secret', path: ['ContainerDefinitions', 0, 'Environment', 0, 'Name'] },
      'aws_ecs_task_definition.secrets': 'COMPLIANT',
      'aws_ecs_task_definition.unknown_name': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'plan: a plain access key id and ordinary variables',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_ecs_task_definition.plain', { family: 'plain', container_definitions: '[{"environment":[{"name":"AWS_ACCESS_KEY_ID","value":"AKIAIOSFODNN7EXAMPLE"}],"essential":true,"image":"amazon/aws-cli","memory":256,"name":"cli"}]' }, { arn: true, id: true }),
        created('aws_ecs_task_definition.ordinary', { family: 'ordinary', container_definitions: '[{"environment":[{"name":"PORT","value":"8080"}],"essential":true,"image":"nginx","memory":256,"name":"web"}]' }, { arn: true, id: true }),
      ],
    },
    expect: {
      'aws_ecs_task_definition.plain': { status: 'NON_COMPLIANT', messageId: 'secret' },
      'aws_ecs_task_definition.ordinary': 'COMPLIANT',
    },
  },
] satisfies RuleCase[];
