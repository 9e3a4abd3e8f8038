import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const ROUTE = (id: string, extra = '') => `
  ${id}:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: !Ref Api
      RouteKey: GET /${id.toLowerCase()}${extra}`;

export default [
  {
    name: 'IAM, JWT, unset, NONE, a type from a parameter without a default, and a malformed type',
    template: `
Parameters:
  Auth: { Type: String }
Resources:
  Api:
    Type: AWS::ApiGatewayV2::Api
    Properties: { Name: api, ProtocolType: HTTP }${ROUTE('Iam', '\n      AuthorizationType: AWS_IAM')}${ROUTE('Jwt', '\n      AuthorizationType: JWT\n      AuthorizerId: abc123')}${ROUTE('Unset')}${ROUTE('Open', '\n      AuthorizationType: NONE')}${ROUTE('Maybe', '\n      AuthorizationType: !Ref Auth')}${ROUTE('Odd', '\n      AuthorizationType: [AWS_IAM]')}
`,
    expect: {
      Iam: { status: 'COMPLIANT', path: ['AuthorizationType'] },
      Jwt: 'COMPLIANT',
      Unset: { status: 'NON_COMPLIANT', messageId: 'none', path: [] },
      Open: { status: 'NON_COMPLIANT', messageId: 'none', path: ['AuthorizationType'] },
      Maybe: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      Odd: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'authorizationType: JWT required',
    params: { authorizationType: 'JWT' },
    template: `
Resources:
  Api:
    Type: AWS::ApiGatewayV2::Api
    Properties: { Name: api, ProtocolType: HTTP }${ROUTE('Iam', '\n      AuthorizationType: AWS_IAM')}${ROUTE('Jwt', '\n      AuthorizationType: JWT\n      AuthorizerId: abc123')}
`,
    expect: {
      Iam: { status: 'NON_COMPLIANT', messageId: 'wrongType' },
      Jwt: 'COMPLIANT',
    },
  },
  {
    name: 'hcl: a route with AWS_IAM and one without authorization',
    hcl: `
resource "aws_apigatewayv2_api" "api" {
  name          = "api"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_route" "private" {
  api_id             = aws_apigatewayv2_api.api.id
  route_key          = "GET /private"
  authorization_type = "AWS_IAM"
}

resource "aws_apigatewayv2_route" "open" {
  api_id    = aws_apigatewayv2_api.api.id
  route_key = "GET /open"
}
`,
    expect: {
      'aws_apigatewayv2_route.private': 'COMPLIANT',
      'aws_apigatewayv2_route.open': { status: 'NON_COMPLIANT', messageId: 'none' },
    },
  },
  {
    name: 'plan: JWT, the provider default NONE, and a type known after apply',
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_apigatewayv2_route.jwt', { route_key: 'GET /jwt', authorization_type: 'JWT' }),
        created('aws_apigatewayv2_route.open', { route_key: 'GET /open', authorization_type: 'NONE' }),
        created('aws_apigatewayv2_route.later', { route_key: 'GET /later' }, { authorization_type: true }),
      ],
    },
    expect: {
      'aws_apigatewayv2_route.jwt': 'COMPLIANT',
      'aws_apigatewayv2_route.open': { status: 'NON_COMPLIANT', messageId: 'none' },
      'aws_apigatewayv2_route.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
