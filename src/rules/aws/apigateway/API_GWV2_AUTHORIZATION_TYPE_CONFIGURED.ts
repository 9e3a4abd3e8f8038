import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { stringSetting } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';

interface Params {
  authorizationType?: string;
}

const TYPES = ['AWS_IAM', 'CUSTOM', 'JWT', 'NONE'];

export default defineRule<Params>({
  meta: {
    id: 'API_GWV2_AUTHORIZATION_TYPE_CONFIGURED',
    title: 'API Gateway V2 routes have an authorization type',
    description:
      'Checks that an API Gateway V2 route declares an authorization type other than NONE (the default), or the configured one. A route without authorization lets anyone call its integration. Routes SAM writes into an HttpApi\'s OpenAPI body are not AWS::ApiGatewayV2::Route resources and are not checked.',
    severity: 'medium',
    resourceTypes: ['AWS::ApiGatewayV2::Route'],
    managedRule: 'api-gwv2-authorization-type-configured',
    frameworks: { FSBP: ['APIGateway.8'], 'NIST-800-53-r5': ['AC-3', 'CM-2', 'CM-2(2)'] },
    parameters: {
      authorizationType: { type: 'string', description: 'The authorization type every route must have; any type but NONE when absent.', enum: ['AWS_IAM', 'CUSTOM', 'JWT'] },
    },
    messages: {
      authorized: 'Route {{id}} uses authorization type {{actual}}.',
      none: 'Route {{id}} has authorization type {{actual}}: anyone can call it.',
      wrongType: 'Route {{id}} uses authorization type {{actual}}, not {{expected}}.',
      unknown: 'The authorization type of route {{id}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Set AuthorizationType to AWS_IAM, JWT or CUSTOM (with an AuthorizerId) on each route.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Api:\n    Type: AWS::ApiGatewayV2::Api\n    Properties: { Name: api, ProtocolType: HTTP }\n  Route:\n    Type: AWS::ApiGatewayV2::Route\n    Properties:\n      ApiId: !Ref Api\n      RouteKey: GET /items\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Api:\n    Type: AWS::ApiGatewayV2::Api\n    Properties: { Name: api, ProtocolType: HTTP }\n  Route:\n    Type: AWS::ApiGatewayV2::Route\n    Properties:\n      ApiId: !Ref Api\n      RouteKey: GET /items\n      AuthorizationType: AWS_IAM\n',
        },
      ],
    },
  },
  check(route, { params }) {
    const written = route.properties.AuthorizationType;
    const type = stringSetting(route, ['AuthorizationType'], 'NONE');
    const path = written === undefined ? [] : ['AuthorizationType'];
    if (isUnknown(type)) return insufficientData('unknown', { reason: type.reason }, path);
    const actual = (type ?? 'NONE').toUpperCase();
    if (!TYPES.includes(actual)) return insufficientData('unknown', { reason: `malformed: AuthorizationType ${JSON.stringify(written)}` }, path);
    const shown = written === undefined ? 'NONE (not set)' : actual;
    if (actual === 'NONE') return nonCompliant('none', { actual: shown }, path);
    const expected = params.authorizationType?.toUpperCase();
    if (expected !== undefined && actual !== expected) return nonCompliant('wrongType', { actual, expected }, path);
    return compliant('authorized', { actual }, path);
  },
});
