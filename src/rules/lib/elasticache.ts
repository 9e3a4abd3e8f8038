import type { Resource } from '../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import { stringSetting } from './settings.js';

/**
 * The engine of an ElastiCache cache cluster or replication group: `redis` when unset (as
 * CloudFormation and ElastiCache create replication groups), lower-cased. Redis OSS and Valkey
 * have backups, AUTH and minor version campaigns; Memcached has none of them.
 */
export function cacheEngine(resource: Resource): string | Unknown {
  const engine = stringSetting(resource, ['Engine'], 'redis') ?? 'redis';
  return isUnknown(engine) ? engine : engine.trim().toLowerCase();
}

/** Redis OSS or Valkey (the engines the ElastiCache Redis controls cover), or unknown. */
export function isRedisLike(engine: string | Unknown): boolean | Unknown {
  return isUnknown(engine) ? engine : engine === 'redis' || engine === 'valkey';
}

/**
 * The major version of a Redis OSS engine version (`6.2`, `7.x`, `5.0.6`, `redis6.x`); Valkey
 * versions are all later than Redis OSS 7.2. Unset is the newest version ElastiCache offers.
 */
export function engineMajorVersion(resource: Resource, engine: string): number | Unknown | undefined {
  if (engine === 'valkey') return 7;
  const version = stringSetting(resource, ['EngineVersion']);
  if (version === undefined || isUnknown(version)) return version;
  const major = /^(?:redis)?(\d+)(?:\.|$)/i.exec(version.trim());
  return major ? Number(major[1]) : unknown(`malformed: ${resource.id} EngineVersion is ${JSON.stringify(version)}`);
}
