import { defineRule } from '../../define.js';
import { judgeFlag } from '../../lib/settings.js';

export default defineRule({
  meta: {
    id: 'API_GW_XRAY_ENABLED',
    title: 'API Gateway REST API stages have X-Ray tracing',
    description:
      'Checks that an API Gateway REST API stage has AWS X-Ray tracing enabled (TracingEnabled, false by default). Tracing shows each request\'s path through the API and its integrations, which finding faults and abuse needs.',
    severity: 'low',
    resourceTypes: ['AWS::ApiGateway::Stage'],
    managedRule: 'api-gw-xray-enabled',
    frameworks: { FSBP: ['APIGateway.3'], 'NIST-800-53-r5': ['CA-7'] },
    messages: {
      enabled: 'Stage {{id}} traces requests with X-Ray.',
      disabled: 'Stage {{id}} does not trace requests with X-Ray (TracingEnabled {{actual}}).',
      unknown: 'Whether stage {{id}} traces requests with X-Ray is not known before deployment ({{reason}}).',
    },
    remediation: 'Set TracingEnabled: true on the stage (SAM: TracingEnabled on the Api or in Globals).',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties: { Name: api }\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      RestApiId: !Ref Api\n      StageName: prod\n      DeploymentId: abc123\n' }],
      compliant: [{ cloudformation: 'Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties: { Name: api }\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      RestApiId: !Ref Api\n      StageName: prod\n      DeploymentId: abc123\n      TracingEnabled: true\n' }],
    },
  },
  check(stage) {
    return judgeFlag(stage, ['TracingEnabled'], false, { pass: 'enabled', fail: 'disabled', unknown: 'unknown' });
  },
});
