import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown, unknown } from '../../../model/unknown.js';
import type { Value } from '../../../model/value.js';
import { everyMethod, stageMethodSettings } from '../../lib/apigateway.js';
import { booleanSetting } from '../../lib/settings.js';

/** true/false (or CloudFormation's strings), unset as false; anything else is malformed. */
function flag(value: Value | undefined): boolean | ReturnType<typeof unknown> {
  if (value === undefined || value === null) return false;
  if (isUnknown(value)) return value;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  return unknown(`malformed: ${JSON.stringify(value)} is not a boolean`);
}

export default defineRule({
  meta: {
    id: 'API_GW_CACHE_ENABLED_AND_ENCRYPTED',
    title: 'API Gateway REST API stages cache every method, encrypted',
    description:
      'Checks that an API Gateway REST API stage has a cache cluster and that its method settings cache every method (`/*` `*`) with CacheDataEncrypted, with no method turning either off. Cached responses can hold sensitive data; an unencrypted cache keeps it in clear.',
    severity: 'medium',
    resourceTypes: ['AWS::ApiGateway::Stage'],
    managedRule: 'api-gw-cache-enabled-and-encrypted',
    frameworks: { 'NIST-800-53-r5': ['AU-9(3)', 'CP-9', 'SC-13', 'SC-28(1)', 'SC-8(3)', 'SC-8(4)', 'SI-19(4)'], 'PCI-DSS-v3.2.1': ['3.4'] },
    recommended: false,
    whyNotRecommended: 'A cache costs by the hour and suits only APIs whose responses can be reused; turn it on where every API must cache, and cache encrypted.',
    messages: {
      cachedEncrypted: 'Stage {{id}} caches every method, encrypted.',
      noCluster: 'Stage {{id}} has no cache cluster (CacheClusterEnabled {{actual}}).',
      notCached: 'Not every method of stage {{id}} is cached ({{where}}).',
      notEncrypted: 'The cache of stage {{id}} is not encrypted for every method ({{where}}).',
      unknown: 'Whether stage {{id}} caches every method, encrypted, is not known before deployment ({{reason}}).',
    },
    remediation: 'Set CacheClusterEnabled: true and a MethodSettings entry for ResourcePath "/*", HttpMethod "*" with CachingEnabled: true and CacheDataEncrypted: true.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties: { Name: api }\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      RestApiId: !Ref Api\n      StageName: prod\n      DeploymentId: abc123\n      CacheClusterEnabled: true\n      MethodSettings:\n        - { ResourcePath: "/*", HttpMethod: "*", CachingEnabled: true }\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties: { Name: api }\n  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      RestApiId: !Ref Api\n      StageName: prod\n      DeploymentId: abc123\n      CacheClusterEnabled: true\n      MethodSettings:\n        - { ResourcePath: "/*", HttpMethod: "*", CachingEnabled: true, CacheDataEncrypted: true }\n',
        },
      ],
    },
  },
  check(stage) {
    const cluster = booleanSetting(stage, ['CacheClusterEnabled'], false);
    if (isUnknown(cluster)) return insufficientData('unknown', { reason: cluster.reason }, ['CacheClusterEnabled']);
    if (cluster !== true) {
      const written = stage.properties.CacheClusterEnabled;
      return nonCompliant('noCluster', { actual: written === undefined ? 'not set (default false)' : JSON.stringify(written) }, written === undefined ? [] : ['CacheClusterEnabled']);
    }
    const settings = stageMethodSettings(stage);
    if (isUnknown(settings)) return insufficientData('unknown', { reason: settings.reason }, ['MethodSettings']);
    for (const [key, messageId] of [['CachingEnabled', 'notCached'], ['CacheDataEncrypted', 'notEncrypted']] as const) {
      const { outcome, at } = everyMethod(settings, key, flag);
      if (isUnknown(outcome)) return insufficientData('unknown', { reason: outcome.reason }, at);
      if (!outcome) return nonCompliant(messageId, { where: settings.all ? `${key} is off at ${at.join('.')}` : 'no MethodSettings entry for "/*" "*"' }, at);
    }
    return compliant('cachedEncrypted', {}, ['MethodSettings']);
  },
});
