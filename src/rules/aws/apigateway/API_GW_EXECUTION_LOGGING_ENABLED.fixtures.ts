import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const STAGE = (id: string, extra: string) => `
  ${id}:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: !Ref Api
      StageName: ${id.toLowerCase()}
      DeploymentId: abc123${extra}`;

export default [
  {
    name: 'REST stages: every method at ERROR, none, OFF for one method, a level from a parameter; a SAM Api with MethodSettings in Globals',
    template: `
Transform: AWS::Serverless-2016-10-31
Parameters:
  Level: { Type: String }
Globals:
  Api:
    MethodSettings:
      - { ResourcePath: "/*", HttpMethod: "*", LoggingLevel: INFO }
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: api }${STAGE('Logged', '\n      MethodSettings:\n        - { ResourcePath: "/*", HttpMethod: "*", LoggingLevel: ERROR }')}${STAGE('Silent', '')}${STAGE('Override', '\n      MethodSettings:\n        - { ResourcePath: "/*", HttpMethod: "*", LoggingLevel: INFO }\n        - { ResourcePath: "/health", HttpMethod: GET, LoggingLevel: "OFF" }')}${STAGE('Maybe', '\n      MethodSettings:\n        - { ResourcePath: "/*", HttpMethod: "*", LoggingLevel: !Ref Level }')}
  Service:
    Type: AWS::Serverless::Api
    Properties: { StageName: prod }
`,
    expect: {
      Logged: { status: 'COMPLIANT', path: ['MethodSettings', 0, 'LoggingLevel'] },
      Silent: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [] },
      Override: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['MethodSettings', 1, 'LoggingLevel'] },
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      ServiceprodStage: 'COMPLIANT',
    },
  },
  {
    name: 'a deployment that names a stage creates it: logged by its StageDescription LoggingLevel, silent without one',
    template: `
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: api }
  Logged:
    Type: AWS::ApiGateway::Deployment
    Properties:
      RestApiId: !Ref Api
      StageName: logged
      StageDescription: { LoggingLevel: ERROR }
  Silent:
    Type: AWS::ApiGateway::Deployment
    Properties:
      RestApiId: !Ref Api
      StageName: silent
      StageDescription: { MetricsEnabled: true }
`,
    expect: {
      LoggedStage: 'COMPLIANT',
      SilentStage: { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'V2 stages: default route at INFO, none, a route turned off; HTTP API stages (declared, from a body, from SAM) are not applicable',
    template: `
Resources:
  Api:
    Type: AWS::ApiGatewayV2::Api
    Properties: { Name: api, ProtocolType: WEBSOCKET, RouteSelectionExpression: $request.body.action }
  Logged:
    Type: AWS::ApiGatewayV2::Stage
    Properties: { ApiId: !Ref Api, StageName: logged, DefaultRouteSettings: { LoggingLevel: INFO } }
  Silent:
    Type: AWS::ApiGatewayV2::Stage
    Properties: { ApiId: !Ref Api, StageName: silent }
  RouteOff:
    Type: AWS::ApiGatewayV2::Stage
    Properties: { ApiId: !Ref Api, StageName: routeoff, DefaultRouteSettings: { LoggingLevel: ERROR }, RouteSettings: { $connect: { LoggingLevel: "OFF" } } }
  Http:
    Type: AWS::ApiGatewayV2::Api
    Properties: { Name: http, ProtocolType: HTTP }
  HttpStage:
    Type: AWS::ApiGatewayV2::Stage
    Properties: { ApiId: !Ref Http, StageName: $default }
  Imported:
    Type: AWS::ApiGatewayV2::Api
    Properties: { BodyS3Location: { Bucket: specs, Key: api.yaml } }
  ImportedStage:
    Type: AWS::ApiGatewayV2::Stage
    Properties: { ApiId: !Ref Imported, StageName: $default }
  External:
    Type: AWS::ApiGatewayV2::Stage
    Properties: { ApiId: a1b2c3d4e5, StageName: prod }
`,
    expect: {
      Logged: 'COMPLIANT',
      Silent: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      RouteOff: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['RouteSettings', '$connect', 'LoggingLevel'] },
      HttpStage: { status: 'NOT_APPLICABLE', messageId: 'httpApi' },
      ImportedStage: 'NOT_APPLICABLE',
      External: { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'loggingLevel: INFO only',
    params: { loggingLevel: 'INFO' },
    template: `
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: api }${STAGE('Info', '\n      MethodSettings:\n        - { ResourcePath: "/*", HttpMethod: "*", LoggingLevel: INFO }')}${STAGE('Errors', '\n      MethodSettings:\n        - { ResourcePath: "/*", HttpMethod: "*", LoggingLevel: ERROR }')}
`,
    expect: {
      Info: 'COMPLIANT',
      Errors: { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'hcl: method settings at INFO for every method, a WebSocket stage without default route logging, an HTTP API stage',
    hcl: `
resource "aws_api_gateway_rest_api" "api" {
  name = "api"
}

resource "aws_api_gateway_stage" "logged" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "abc123"
  stage_name    = "logged"
}

resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.logged.stage_name
  method_path = "*/*"
  settings {
    logging_level = "INFO"
  }
}

resource "aws_apigatewayv2_api" "ws" {
  name                       = "ws"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_apigatewayv2_stage" "silent" {
  api_id = aws_apigatewayv2_api.ws.id
  name   = "silent"
}

resource "aws_apigatewayv2_api" "http" {
  name          = "http"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_stage" "http" {
  api_id = aws_apigatewayv2_api.http.id
  name   = "$default"
}
`,
    expect: {
      'aws_api_gateway_stage.logged': 'COMPLIANT',
      'aws_apigatewayv2_stage.silent': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_apigatewayv2_stage.http': 'NOT_APPLICABLE',
    },
  },
  {
    name: 'plan: a v2 stage at ERROR, and a REST stage whose method settings are OFF',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_apigatewayv2_stage.logged', { name: 'logged', default_route_settings: [{ logging_level: 'ERROR', data_trace_enabled: false }] }),
        created('aws_api_gateway_stage.off', { stage_name: 'off', deployment_id: 'abc123' }),
        created('aws_api_gateway_method_settings.off', { stage_name: 'off', method_path: '*/*', settings: [{ logging_level: 'OFF' }] }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_api_gateway_method_settings.off', mode: 'managed', type: 'aws_api_gateway_method_settings', name: 'off', provider_config_key: 'aws', expressions: { stage_name: { references: ['aws_api_gateway_stage.off.stage_name', 'aws_api_gateway_stage.off'] } } },
          ],
        },
      },
    },
    expect: {
      'aws_apigatewayv2_stage.logged': 'COMPLIANT',
      'aws_api_gateway_stage.off': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'hcl: the stage a deployment creates with stage_name: without method settings no execution logging; method settings naming its stage_name log it',
    hcl: `
resource "aws_api_gateway_rest_api" "api" {
  name = "api"
}

resource "aws_api_gateway_deployment" "staged" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = "prod"
}

resource "aws_api_gateway_deployment" "logged" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = "logged"
}

resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_deployment.logged.stage_name
  method_path = "*/*"
  settings {
    logging_level = "INFO"
  }
}
`,
    expect: {
      'aws_api_gateway_deployment.staged#stage': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_api_gateway_deployment.logged#stage': 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a WebSocket stage with a dynamic default_route_settings over a collection not known before deployment (may be no block, so OFF)',
    hcl: `
variable "route_defaults" {
  type = list(string)
}

resource "aws_apigatewayv2_api" "socket" {
  name                       = "socket"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_apigatewayv2_stage" "dynamic" {
  api_id = aws_apigatewayv2_api.socket.id
  name   = "dynamic"

  dynamic "default_route_settings" {
    for_each = var.route_defaults
    content {
      logging_level = default_route_settings.value
    }
  }
}
`,
    expect: {
      'aws_apigatewayv2_stage.dynamic': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
