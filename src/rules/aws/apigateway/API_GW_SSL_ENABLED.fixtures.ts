import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const method = (id: string, api: string, type: string) => `
  ${id}:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: ${api}
      ResourceId: !GetAtt Api.RootResourceId
      HttpMethod: GET
      AuthorizationType: NONE
      Integration: { Type: ${type}, IntegrationHttpMethod: GET, Uri: "https://backend.example.com/" }`;

export default [
  {
    name: 'a certificate created beside the stage, none with an HTTP_PROXY integration, and one from a parameter without a default',
    template: `
Parameters:
  Certificate: { Type: String }
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: orders }
${method('Get', '!Ref Api', 'HTTP_PROXY')}
${method('Post', '!Ref Api', 'AWS_PROXY')}
  ClientCertificate:
    Type: AWS::ApiGateway::ClientCertificate
  Certified:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Api, StageName: prod, DeploymentId: abc123, ClientCertificateId: !Ref ClientCertificate }
  Literal:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Api, StageName: lit, DeploymentId: abc123, ClientCertificateId: abc1de }
  Bare:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Api, StageName: dev, DeploymentId: abc123 }
  Empty:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Api, StageName: empty, DeploymentId: abc123, ClientCertificateId: "" }
  Maybe:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Api, StageName: maybe, DeploymentId: abc123, ClientCertificateId: !Ref Certificate }
`,
    expect: {
      Certified: { status: 'COMPLIANT', messageId: 'certified', path: ['ClientCertificateId'] },
      Literal: { status: 'COMPLIANT', messageIncludes: 'abc1de' },
      Bare: { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'Get' },
      Empty: { status: 'NON_COMPLIANT', messageId: 'missing' },
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknownCertificate' },
    },
  },
  {
    name: 'a deployment that names a stage creates it: certified by its StageDescription, bare without one',
    template: `
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: orders }
${method('Get', '!Ref Api', 'HTTP_PROXY')}
  ClientCertificate:
    Type: AWS::ApiGateway::ClientCertificate
  Certified:
    Type: AWS::ApiGateway::Deployment
    DependsOn: Get
    Properties:
      RestApiId: !Ref Api
      StageName: prod
      StageDescription: { ClientCertificateId: !Ref ClientCertificate }
  Bare:
    Type: AWS::ApiGateway::Deployment
    DependsOn: Get
    Properties: { RestApiId: !Ref Api, StageName: dev }
`,
    expect: {
      CertifiedStage: { status: 'COMPLIANT', messageId: 'certified', path: ['ClientCertificateId'] },
      BareStage: { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'Get' },
    },
  },
  {
    name: 'CertificateIDs: a listed, an unlisted and a not yet created certificate',
    params: { CertificateIDs: 'abc1de,fgh2ij' },
    template: `
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: orders }
${method('Get', '!Ref Api', 'HTTP')}
  ClientCertificate:
    Type: AWS::ApiGateway::ClientCertificate
  Listed:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Api, StageName: prod, DeploymentId: abc123, ClientCertificateId: fgh2ij }
  Unlisted:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Api, StageName: dev, DeploymentId: abc123, ClientCertificateId: zzz9yy }
  New:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Api, StageName: new, DeploymentId: abc123, ClientCertificateId: !Ref ClientCertificate }
`,
    expect: {
      Listed: 'COMPLIANT',
      Unlisted: { status: 'NON_COMPLIANT', messageId: 'otherCertificate', path: ['ClientCertificateId'] },
      New: { status: 'INSUFFICIENT_DATA', messageId: 'unknownCertificate' },
    },
  },
  {
    name: 'integrations decide without a certificate: only non-HTTP, an OpenAPI body, no methods, an unresolved type, an API outside the template',
    template: `
Parameters:
  Kind: { Type: String }
  ApiId: { Type: String }
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: lambda }
${method('Invoke', '!Ref Api', 'AWS_PROXY')}
${method('Mock', '!Ref Api', 'MOCK')}
  Lambda:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Api, StageName: prod, DeploymentId: abc123 }
  Documented:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body: { openapi: 3.0.1, info: { title: doc, version: "1" }, paths: {} }
  FromDocument:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Documented, StageName: prod, DeploymentId: abc123 }
  Empty:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: empty }
  NoMethods:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Empty, StageName: prod, DeploymentId: abc123 }
  Open:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: open }
${method('OpenMethod', '!Ref Open', '!Ref Kind')}
  OpenType:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Open, StageName: prod, DeploymentId: abc123 }
  Elsewhere:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref ApiId, StageName: prod, DeploymentId: abc123 }
`,
    expect: {
      Lambda: { status: 'NOT_APPLICABLE', messageId: 'noHttp' },
      FromDocument: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIntegrations', messageIncludes: 'OpenAPI' },
      NoMethods: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIntegrations' },
      OpenType: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIntegrations' },
      Elsewhere: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIntegrations' },
    },
  },
  {
    name: 'a malformed integration type is never passed over',
    template: `
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: orders }
${method('Odd', '!Ref Api', 'SOAP')}
${method('Invoke', '!Ref Api', 'AWS_PROXY')}
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties: { RestApiId: !Ref Api, StageName: prod, DeploymentId: abc123 }
`,
    expect: { Stage: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIntegrations', messageIncludes: 'SOAP' } },
  },
  {
    name: 'SAM: an Api with Lambda events has no visible methods',
    template: `
Transform: AWS::Serverless-2016-10-31
Resources:
  Orders:
    Type: AWS::Serverless::Api
    Properties: { StageName: prod }
`,
    expect: { OrdersprodStage: { status: 'INSUFFICIENT_DATA', messageId: 'unknownIntegrations' } },
  },
  {
    name: 'hcl: HTTP integration with and without a client certificate, and an AWS_PROXY-only API',
    hcl: `
resource "aws_api_gateway_rest_api" "api" {
  name = "orders"
}

resource "aws_api_gateway_integration" "get" {
  rest_api_id             = aws_api_gateway_rest_api.api.id
  resource_id             = aws_api_gateway_rest_api.api.root_resource_id
  http_method             = "GET"
  type                    = "HTTP_PROXY"
  integration_http_method = "GET"
  uri                     = "https://backend.example.com/"
}

resource "aws_api_gateway_client_certificate" "cert" {
  description = "backend"
}

resource "aws_api_gateway_stage" "certified" {
  rest_api_id           = aws_api_gateway_rest_api.api.id
  deployment_id         = "abc123"
  stage_name            = "prod"
  client_certificate_id = aws_api_gateway_client_certificate.cert.id
}

resource "aws_api_gateway_stage" "bare" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "abc123"
  stage_name    = "dev"
}

resource "aws_api_gateway_rest_api" "lambda" {
  name = "lambda"
}

resource "aws_api_gateway_integration" "invoke" {
  rest_api_id             = aws_api_gateway_rest_api.lambda.id
  resource_id             = aws_api_gateway_rest_api.lambda.root_resource_id
  http_method             = "POST"
  type                    = "AWS_PROXY"
  integration_http_method = "POST"
  uri                     = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:orders/invocations"
}

resource "aws_api_gateway_stage" "lambda" {
  rest_api_id   = aws_api_gateway_rest_api.lambda.id
  deployment_id = "abc123"
  stage_name    = "prod"
}
`,
    expect: {
      'aws_api_gateway_stage.certified': 'COMPLIANT',
      'aws_api_gateway_stage.bare': { status: 'NON_COMPLIANT', messageId: 'missing', messageIncludes: 'aws_api_gateway_integration.get' },
      'aws_api_gateway_stage.lambda': { status: 'NOT_APPLICABLE', messageId: 'noHttp' },
    },
  },
  {
    name: 'plan: an existing API by id, a certificate known after apply, and an integration type known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_api_gateway_integration.get', { rest_api_id: 'a1b2c3', resource_id: 'r00t', http_method: 'GET', type: 'HTTP' }),
        created('aws_api_gateway_stage.bare', { rest_api_id: 'a1b2c3', deployment_id: 'abc123', stage_name: 'dev' }),
        created('aws_api_gateway_stage.later', { rest_api_id: 'a1b2c3', deployment_id: 'abc123', stage_name: 'later' }, { client_certificate_id: true }),
        created('aws_api_gateway_stage.certified', { rest_api_id: 'a1b2c3', deployment_id: 'abc123', stage_name: 'prod', client_certificate_id: 'abc1de' }),
        created('aws_api_gateway_integration.open', { rest_api_id: 'd4e5f6', resource_id: 'r00t', http_method: 'GET' }, { type: true }),
        created('aws_api_gateway_stage.open', { rest_api_id: 'd4e5f6', deployment_id: 'abc123', stage_name: 'prod' }),
      ],
    },
    expect: {
      'aws_api_gateway_stage.bare': { status: 'NON_COMPLIANT', messageId: 'missing' },
      'aws_api_gateway_stage.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknownCertificate' },
      'aws_api_gateway_stage.certified': 'COMPLIANT',
      'aws_api_gateway_stage.open': { status: 'INSUFFICIENT_DATA', messageId: 'unknownIntegrations' },
    },
  },
] satisfies RuleCase[];
