import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import type { ResourceGraph } from '../../../model/graph.js';
import type { Resource } from '../../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import { isObject, type Value } from '../../../model/value.js';
import { everyMethod, stageMethodSettings } from '../../lib/apigateway.js';
import type { Verdict } from '../../types.js';

interface Params {
  loggingLevel: string[];
}

type MessageId = 'enabled' | 'disabled' | 'unknown' | 'httpApi';

export default defineRule<Params, MessageId>({
  meta: {
    id: 'API_GW_EXECUTION_LOGGING_ENABLED',
    title: 'API Gateway stages log execution for every method',
    description:
      'Checks that every method of an API Gateway REST API stage (MethodSettings for "/*" "*", with no method turning it off) or the default route of a WebSocket API stage (DefaultRouteSettings, with no route turning it off) logs execution at one of the given levels (ERROR or INFO). Execution logs record what happened to each request, needed to investigate errors and attacks. Stages of an HTTP API of the template (ProtocolType HTTP, or an OpenAPI body) are not applicable: HTTP APIs have no execution logs.',
    severity: 'medium',
    resourceTypes: ['AWS::ApiGateway::Stage', 'AWS::ApiGatewayV2::Stage'],
    managedRule: 'api-gw-execution-logging-enabled',
    frameworks: {
      FSBP: ['APIGateway.1'],
      'NIST-800-53-r5': ['AC-4(26)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SC-7(9)', 'SI-7(8)'],
      'PCI-DSS-v3.2.1': ['10.1', '10.3.1', '10.3.2', '10.3.3', '10.3.4', '10.3.5', '10.3.6', '10.5.4'],
    },
    parameters: {
      loggingLevel: { type: 'string-list', description: 'The logging levels that count as enabled.', default: ['ERROR', 'INFO'] },
    },
    messages: {
      enabled: 'Stage {{id}} logs execution at {{level}} for every method.',
      disabled: 'Stage {{id}} does not log execution at {{expected}} for every method ({{where}}).',
      unknown: 'Whether stage {{id}} logs execution for every method is not known before deployment ({{reason}}).',
      httpApi: 'Stage {{id}} belongs to HTTP API {{api}}, which has no execution logging (Security Hub checks REST and WebSocket stages).',
    },
    remediation:
      'REST API: add a MethodSettings entry with ResourcePath "/*", HttpMethod "*" and LoggingLevel ERROR or INFO (SAM: MethodSettings on the Api or in Globals). V2 (WebSocket): set DefaultRouteSettings LoggingLevel. The account needs a CloudWatch Logs role for API Gateway.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties: { Name: api }\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      RestApiId: !Ref Api\n      StageName: prod\n      DeploymentId: abc123\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties: { Name: api }\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      RestApiId: !Ref Api\n      StageName: prod\n      DeploymentId: abc123\n      MethodSettings:\n        - { ResourcePath: "/*", HttpMethod: "*", LoggingLevel: ERROR }\n',
        },
      ],
    },
  },
  check(stage, { params, graph }) {
    const allowed = params.loggingLevel.map((level) => level.toUpperCase());
    const test = (value: Value | undefined): boolean | Unknown => {
      if (value === undefined || value === null) return false;
      if (isUnknown(value)) return value;
      if (typeof value !== 'string') return unknown(`malformed: LoggingLevel ${JSON.stringify(value)}`);
      return allowed.includes(value.toUpperCase());
    };
    const data = { expected: allowed.join(' or ') };
    return stage.type === 'AWS::ApiGatewayV2::Stage' ? v2(stage, test, data, graph) : rest(stage, test, data);
  },
});

type Test = (value: Value | undefined) => boolean | Unknown;

function rest(stage: Resource, test: Test, data: { expected: string }): Verdict<MessageId> {
  const settings = stageMethodSettings(stage);
  if (isUnknown(settings)) return insufficientData('unknown', { reason: settings.reason }, ['MethodSettings']);
  const { outcome, at } = everyMethod(settings, 'LoggingLevel', test);
  if (isUnknown(outcome)) return insufficientData('unknown', { reason: outcome.reason }, at);
  if (!outcome) return nonCompliant('disabled', { ...data, where: settings.all ? `LoggingLevel at ${at.join('.')} is ${JSON.stringify(settings.all.setting.LoggingLevel ?? 'OFF')}` : 'no MethodSettings entry for "/*" "*"' }, at);
  return compliant('enabled', { level: String(settings.all?.setting.LoggingLevel) }, at);
}

/** An HTTP API of the graph: ProtocolType HTTP, or an OpenAPI body (only HTTP APIs are imported from one). */
function httpApiOf(stage: Resource, graph: ResourceGraph): Resource | undefined {
  const api = graph.target(stage.properties.ApiId);
  if (api?.type !== 'AWS::ApiGatewayV2::Api') return undefined;
  const protocol = api.properties.ProtocolType;
  const http = protocol === undefined ? api.properties.Body !== undefined || api.properties.BodyS3Location !== undefined : protocol === 'HTTP';
  return http ? api : undefined;
}

function v2(stage: Resource, test: Test, data: { expected: string }, graph: ResourceGraph): Verdict<MessageId> {
  const http = httpApiOf(stage, graph);
  if (http) return notApplicable('httpApi', { api: http.id }, ['ApiId']);
  const defaults = stage.properties.DefaultRouteSettings;
  if (isUnknown(defaults)) return insufficientData('unknown', { reason: defaults.reason }, ['DefaultRouteSettings']);
  const level = isObject(defaults) ? defaults.LoggingLevel : undefined;
  const outcome = test(level);
  const at = level === undefined ? [] : ['DefaultRouteSettings', 'LoggingLevel'];
  if (isUnknown(outcome)) return insufficientData('unknown', { reason: outcome.reason }, at);
  if (!outcome) return nonCompliant('disabled', { ...data, where: `the default route logs at ${JSON.stringify(level ?? 'OFF')}` }, at);
  const routes = stage.properties.RouteSettings;
  if (isUnknown(routes)) return insufficientData('unknown', { reason: routes.reason }, ['RouteSettings']);
  for (const [route, settings] of Object.entries(isObject(routes) ? routes : {})) {
    const own = isObject(settings) ? settings.LoggingLevel : undefined;
    if (own === undefined) continue;
    const routeOutcome = test(own);
    if (isUnknown(routeOutcome)) return insufficientData('unknown', { reason: routeOutcome.reason }, ['RouteSettings', route, 'LoggingLevel']);
    if (!routeOutcome) return nonCompliant('disabled', { ...data, where: `route ${route} logs at ${JSON.stringify(own)}` }, ['RouteSettings', route, 'LoggingLevel']);
  }
  return compliant('enabled', { level: String(level) }, at);
}
