import { defineRule, insufficientData, notApplicable } from '../../define.js';
import { cacheEngine } from '../../lib/elasticache.js';
import { booleanSetting, judge } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';
import { CACHE_CLUSTER } from './examples.js';

export default defineRule({
  meta: {
    id: 'ELASTICACHE_AUTO_MINOR_VERSION_UPGRADE_CHECK',
    title: 'ElastiCache Redis and Valkey clusters upgrade minor versions automatically',
    description:
      'Checks that an Amazon ElastiCache cache cluster running Redis OSS or Valkey has automatic minor version upgrades enabled (AutoMinorVersionUpgrade; on when unset). Memcached clusters are not applicable.',
    severity: 'high',
    resourceTypes: ['AWS::ElastiCache::CacheCluster'],
    managedRule: 'elasticache-auto-minor-version-upgrade-check',
    frameworks: { FSBP: ['ElastiCache.2'], 'NIST-800-53-r5': ['SI-2', 'SI-2(2)', 'SI-2(4)', 'SI-2(5)'] },
    messages: {
      enabled: 'Cache cluster {{id}} upgrades minor engine versions automatically.',
      disabled: 'Cache cluster {{id}} does not upgrade minor engine versions automatically (AutoMinorVersionUpgrade is false).',
      notRedis: 'Cache cluster {{id}} runs {{engine}}, which the control does not cover.',
      unknownUpgrade: 'Whether cache cluster {{id}} upgrades minor engine versions automatically is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `AutoMinorVersionUpgrade: true` (or leave it unset) on the cache cluster.',
    examples: {
      noncompliant: [{ cloudformation: `${CACHE_CLUSTER}      AutoMinorVersionUpgrade: false\n` }],
      compliant: [{ cloudformation: CACHE_CLUSTER }],
    },
  },
  check(cluster) {
    const engine = cacheEngine(cluster);
    if (typeof engine === 'string' && engine !== 'redis' && engine !== 'valkey') return notApplicable('notRedis', { engine }, ['Engine']);
    const enabled = booleanSetting(cluster, ['AutoMinorVersionUpgrade'], true) ?? true;
    const path = cluster.properties.AutoMinorVersionUpgrade === undefined ? [] : ['AutoMinorVersionUpgrade'];
    // A Memcached cluster is not covered, so an unknown engine only matters while the setting passes.
    if (isUnknown(engine) && enabled !== false) return insufficientData('unknownUpgrade', { reason: `the engine is ${engine.reason}` }, ['Engine']);
    return judge(enabled, { pass: 'enabled', fail: 'disabled', unknown: 'unknownUpgrade' }, path);
  },
});
