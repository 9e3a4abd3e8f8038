import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'tracing on, off by default, from a parameter without a default, and a SAM Api with TracingEnabled in Globals',
    template: `
Transform: AWS::Serverless-2016-10-31
Parameters:
  Trace: { Type: String }
Globals:
  Api:
    TracingEnabled: true
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: api }
  Traced:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Api, StageName: traced, DeploymentId: abc123, TracingEnabled: true }
  Default:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Api, StageName: plain, DeploymentId: abc123 }
  Maybe:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Api, StageName: maybe, DeploymentId: abc123, TracingEnabled: !Ref Trace }
  SamApi:
    Type: AWS::Serverless::Api
    Properties: { StageName: prod }
  Untraced:
    Type: AWS::Serverless::Api
    Properties: { StageName: dev, TracingEnabled: false }
`,
    expect: {
      Traced: { status: 'COMPLIANT', path: ['TracingEnabled'] },
      Default: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [] },
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      SamApiprodStage: 'COMPLIANT',
      UntraceddevStage: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['TracingEnabled'] },
    },
  },
  {
    name: 'a deployment that names a stage creates it: traced by its StageDescription, untraced by default; one without StageName makes none',
    template: `
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: api }
  Traced:
    Type: AWS::ApiGateway::Deployment
    Properties:
      RestApiId: !Ref Api
      StageName: prod
      StageDescription: { TracingEnabled: true }
  Plain:
    Type: AWS::ApiGateway::Deployment
    Properties: { RestApiId: !Ref Api, StageName: dev }
  Unstaged:
    Type: AWS::ApiGateway::Deployment
    Properties: { RestApiId: !Ref Api }
`,
    expect: {
      TracedStage: { status: 'COMPLIANT', path: ['TracingEnabled'] },
      PlainStage: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [] },
    },
  },
  {
    name: 'hcl: xray_tracing_enabled set and unset',
    hcl: `
resource "aws_api_gateway_rest_api" "api" {
  name = "api"
}

resource "aws_api_gateway_stage" "traced" {
  rest_api_id          = aws_api_gateway_rest_api.api.id
  deployment_id        = "abc123"
  stage_name           = "traced"
  xray_tracing_enabled = true
}

resource "aws_api_gateway_stage" "plain" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "abc123"
  stage_name    = "plain"
}
`,
    expect: {
      'aws_api_gateway_stage.traced': 'COMPLIANT',
      'aws_api_gateway_stage.plain': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'plan: tracing on, off, and known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_api_gateway_stage.traced', { stage_name: 'traced', deployment_id: 'abc123', xray_tracing_enabled: true }),
        created('aws_api_gateway_stage.plain', { stage_name: 'plain', deployment_id: 'abc123', xray_tracing_enabled: false }),
        created('aws_api_gateway_stage.later', { stage_name: 'later', deployment_id: 'abc123' }, { xray_tracing_enabled: true }),
      ],
    },
    expect: {
      'aws_api_gateway_stage.traced': 'COMPLIANT',
      'aws_api_gateway_stage.plain': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_api_gateway_stage.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'hcl: a deployment with stage_name creates that stage, untraced; one without stage_name makes none',
    hcl: `
resource "aws_api_gateway_rest_api" "api" {
  name = "api"
}

resource "aws_api_gateway_deployment" "staged" {
  rest_api_id       = aws_api_gateway_rest_api.api.id
  stage_name        = "prod"
  stage_description = "production"
  variables         = { backend = "orders" }
}

resource "aws_api_gateway_deployment" "unstaged" {
  rest_api_id = aws_api_gateway_rest_api.api.id
}
`,
    expect: {
      'aws_api_gateway_deployment.staged#stage': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'plan: a deployment with stage_name creates that stage; one with stage_name null makes none',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_api_gateway_deployment.staged', { stage_name: 'prod', stage_description: null, variables: null, description: null }, { id: true, invoke_url: true, execution_arn: true, rest_api_id: true }),
        created('aws_api_gateway_deployment.unstaged', { stage_name: null, stage_description: null, variables: null, description: null }, { id: true, invoke_url: true, execution_arn: true, rest_api_id: true }),
      ],
    },
    expect: {
      'aws_api_gateway_deployment.staged#stage': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
] satisfies RuleCase[];
