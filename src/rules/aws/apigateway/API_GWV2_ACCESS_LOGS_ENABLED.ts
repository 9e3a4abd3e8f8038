import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { getPath } from '../../../model/value.js';
import { isSet } from '../../lib/certainty.js';

export default defineRule({
  meta: {
    id: 'API_GWV2_ACCESS_LOGS_ENABLED',
    title: 'API Gateway V2 stages have access logging',
    description:
      'Checks that an API Gateway V2 (HTTP or WebSocket) stage sends access logs to a destination (AccessLogSettings DestinationArn). Access logs record who called the API and what it answered.',
    severity: 'medium',
    resourceTypes: ['AWS::ApiGatewayV2::Stage'],
    managedRule: 'api-gwv2-access-logs-enabled',
    frameworks: { FSBP: ['APIGateway.9'], 'NIST-800-53-r5': ['AC-4(26)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SC-7(9)', 'SI-7(8)'] },
    messages: {
      enabled: 'Stage {{id}} sends access logs to a destination.',
      disabled: 'Stage {{id}} has no access log destination.',
      unknown: 'Whether stage {{id}} sends access logs is not known before deployment ({{reason}}).',
    },
    remediation: 'Set AccessLogSettings with DestinationArn (a CloudWatch Logs group) and a Format (SAM: AccessLogSettings on the HttpApi or in Globals).',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Api:\n    Type: AWS::ApiGatewayV2::Api\n    Properties: { Name: api, ProtocolType: HTTP }\n  Stage:\n    Type: AWS::ApiGatewayV2::Stage\n    Properties:\n      ApiId: !Ref Api\n      StageName: $default\n      AutoDeploy: true\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Logs:\n    Type: AWS::Logs::LogGroup\n  Api:\n    Type: AWS::ApiGatewayV2::Api\n    Properties: { Name: api, ProtocolType: HTTP }\n  Stage:\n    Type: AWS::ApiGatewayV2::Stage\n    Properties:\n      ApiId: !Ref Api\n      StageName: $default\n      AutoDeploy: true\n      AccessLogSettings:\n        DestinationArn: !GetAtt Logs.Arn\n        Format: \'$context.requestId $context.status\'\n',
        },
      ],
    },
  },
  check(stage) {
    const path = ['AccessLogSettings', 'DestinationArn'];
    const set = isSet(getPath(stage.properties, path));
    if (isUnknown(set)) return insufficientData('unknown', { reason: set.reason }, path);
    const settings = stage.properties.AccessLogSettings;
    if (isUnknown(settings)) return insufficientData('unknown', { reason: settings.reason }, ['AccessLogSettings']);
    return set ? compliant('enabled', {}, path) : nonCompliant('disabled', {}, settings === undefined ? [] : ['AccessLogSettings']);
  },
});
