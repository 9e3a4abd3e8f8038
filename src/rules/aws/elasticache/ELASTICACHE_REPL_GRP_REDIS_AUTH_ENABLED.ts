import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isSet } from '../../lib/certainty.js';
import { cacheEngine, engineMajorVersion } from '../../lib/elasticache.js';
import { isUnknown } from '../../../model/unknown.js';
import { toBoolean } from '../../../model/value.js';
import { REPLICATION_GROUP } from './examples.js';

export default defineRule({
  meta: {
    id: 'ELASTICACHE_REPL_GRP_REDIS_AUTH_ENABLED',
    title: 'ElastiCache replication groups of Redis OSS before 6 use AUTH',
    description:
      'Checks that an Amazon ElastiCache replication group running Redis OSS older than version 6 requires Redis AUTH (AuthToken set). Redis OSS 6 and later (and Valkey) authenticate with access control lists instead and pass; an unset EngineVersion is the newest version ElastiCache offers.',
    severity: 'medium',
    resourceTypes: ['AWS::ElastiCache::ReplicationGroup'],
    managedRule: 'elasticache-repl-grp-redis-auth-enabled',
    frameworks: { FSBP: ['ElastiCache.6'], 'NIST-800-53-r5': ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6'] },
    messages: {
      authEnabled: 'Replication group {{id}} requires Redis AUTH.',
      modernEngine: 'Replication group {{id}} runs {{engine}} {{version}}, which authenticates with access control lists.',
      noAuth: 'Replication group {{id}} runs Redis OSS {{version}} (before 6) without Redis AUTH (no AuthToken).',
      unknownAuth: 'Whether replication group {{id}} requires Redis AUTH is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `AuthToken` (from a secret, with `TransitEncryptionEnabled: true`), or upgrade the group to Redis OSS 6 or later and use a user group with access control lists.',
    examples: {
      noncompliant: [{ cloudformation: REPLICATION_GROUP.replace('EngineVersion: "7.1"', 'EngineVersion: "5.0.6"') }],
      compliant: [{ cloudformation: REPLICATION_GROUP }],
    },
  },
  check(group) {
    const token = group.properties.AuthToken;
    const observed = toBoolean(group.observed?.AuthTokenEnabled);
    const tokenSet = observed === undefined ? isSet(token) : observed;
    const tokenPath = token === undefined ? [] : ['AuthToken'];
    if (tokenSet === true) return compliant('authEnabled', {}, tokenPath);
    const engine = cacheEngine(group);
    const versionPath = group.properties.EngineVersion === undefined ? [] : ['EngineVersion'];
    if (isUnknown(engine)) return insufficientData('unknownAuth', { reason: `the engine is ${engine.reason}` }, ['Engine']);
    const major = engineMajorVersion(group, engine);
    const version = typeof group.properties.EngineVersion === 'string' ? group.properties.EngineVersion : '(the newest version)';
    if (major === undefined || (typeof major === 'number' && major >= 6)) return compliant('modernEngine', { engine: engine === 'valkey' ? 'Valkey' : 'Redis OSS', version }, versionPath);
    if (isUnknown(major)) return insufficientData('unknownAuth', { reason: `EngineVersion is ${major.reason}` }, versionPath);
    if (isUnknown(tokenSet)) return insufficientData('unknownAuth', { reason: tokenSet.reason }, tokenPath);
    return nonCompliant('noAuth', { version }, versionPath.length > 0 ? versionPath : tokenPath);
  },
});
