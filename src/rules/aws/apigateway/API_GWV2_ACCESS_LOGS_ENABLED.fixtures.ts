import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'a log group destination, none, a destination only under an undecidable condition; SAM HttpApi stages with and without AccessLogSettings',
    template: `
Transform: AWS::Serverless-2016-10-31
Parameters:
  Env: { Type: String }
Conditions:
  Prod: !Equals [!Ref Env, prod]
Resources:
  Logs:
    Type: AWS::Logs::LogGroup
  Api:
    Type: AWS::ApiGatewayV2::Api
    Properties: { Name: api, ProtocolType: HTTP }
  Logged:
    Type: AWS::ApiGatewayV2::Stage
    Properties: { ApiId: !Ref Api, StageName: logged, AccessLogSettings: { DestinationArn: !GetAtt Logs.Arn, Format: $context.requestId } }
  Silent:
    Type: AWS::ApiGatewayV2::Stage
    Properties: { ApiId: !Ref Api, StageName: silent }
  Maybe:
    Type: AWS::ApiGatewayV2::Stage
    Properties: { ApiId: !Ref Api, StageName: maybe, AccessLogSettings: { DestinationArn: !If [Prod, !GetAtt Logs.Arn, !Ref AWS::NoValue], Format: $context.requestId } }
  Http:
    Type: AWS::Serverless::HttpApi
    Properties:
      AccessLogSettings: { DestinationArn: !GetAtt Logs.Arn, Format: $context.requestId }
  Bare:
    Type: AWS::Serverless::HttpApi
`,
    expect: {
      Logged: { status: 'COMPLIANT', path: ['AccessLogSettings', 'DestinationArn'] },
      Silent: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [] },
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      HttpApiGatewayDefaultStage: 'COMPLIANT',
      BareApiGatewayDefaultStage: { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'hcl: access_log_settings and none',
    hcl: `
resource "aws_cloudwatch_log_group" "logs" {
  name = "api"
}

resource "aws_apigatewayv2_api" "api" {
  name          = "api"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_stage" "logged" {
  api_id = aws_apigatewayv2_api.api.id
  name   = "$default"
  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.logs.arn
    format          = "$context.requestId"
  }
}

resource "aws_apigatewayv2_stage" "silent" {
  api_id = aws_apigatewayv2_api.api.id
  name   = "silent"
}
`,
    expect: {
      'aws_apigatewayv2_stage.logged': 'COMPLIANT',
      'aws_apigatewayv2_stage.silent': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'plan: a destination, none, and a destination known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_apigatewayv2_stage.logged', { name: 'logged', access_log_settings: [{ destination_arn: 'arn:aws:logs:us-east-1:123456789012:log-group:api', format: '$context.requestId' }] }),
        created('aws_apigatewayv2_stage.silent', { name: 'silent', access_log_settings: [] }),
        created('aws_apigatewayv2_stage.later', { name: 'later', access_log_settings: [{ format: '$context.requestId' }] }, { access_log_settings: [{ destination_arn: true }] }),
      ],
    },
    expect: {
      'aws_apigatewayv2_stage.logged': 'COMPLIANT',
      'aws_apigatewayv2_stage.silent': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_apigatewayv2_stage.later': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a dynamic access_log_settings over a collection not known before deployment may be no block at all',
    hcl: `
variable "log_group_arns" {
  type = list(string)
}

resource "aws_apigatewayv2_api" "http" {
  name          = "http"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_stage" "dynamic" {
  api_id = aws_apigatewayv2_api.http.id
  name   = "dynamic"

  dynamic "access_log_settings" {
    for_each = var.log_group_arns
    content {
      destination_arn = access_log_settings.value
      format          = "$context.requestId"
    }
  }
}
`,
    expect: {
      'aws_apigatewayv2_stage.dynamic': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
