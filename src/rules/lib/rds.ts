import type { ResourceGraph } from '../../model/graph.js';
import type { PropertyPath, Resource } from '../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import { isObject, type Value } from '../../model/value.js';
import { compliant, insufficientData, nonCompliant } from '../define.js';
import type { Verdict } from '../types.js';
import { existence } from './certainty.js';
import { stringSetting } from './settings.js';

/**
 * RDS relations and facts several RDS rules share: which DB cluster an instance belongs to (an
 * Aurora instance takes many settings from it), the instances of a cluster, engines, and the
 * instance states AWS Config evaluates. Relations are answered from indexes built once per graph.
 */

/** The property that holds each RDS type's identifier (how other resources name it). */
export const RDS_IDENTIFIER_OF: Readonly<Record<string, string>> = {
  'AWS::RDS::DBInstance': 'DBInstanceIdentifier',
  'AWS::RDS::DBCluster': 'DBClusterIdentifier',
  'AWS::RDS::GlobalCluster': 'GlobalClusterIdentifier',
  'AWS::RDS::DBSnapshot': 'DBSnapshotIdentifier',
  'AWS::RDS::DBClusterSnapshot': 'DBClusterSnapshotIdentifier',
  'AWS::RDS::DBSubnetGroup': 'DBSubnetGroupName',
};

/** Readable names of the RDS types, for messages. */
export const RDS_TYPE_NAMES: Readonly<Record<string, string>> = {
  'AWS::RDS::DBInstance': 'DB instance',
  'AWS::RDS::DBCluster': 'DB cluster',
  'AWS::RDS::GlobalCluster': 'global cluster',
  'AWS::RDS::DBSnapshot': 'DB snapshot',
  'AWS::RDS::DBClusterSnapshot': 'DB cluster snapshot',
  'AWS::RDS::DBSubnetGroup': 'DB subnet group',
};

/** `DB instance orders`: a resource as messages name it. */
export function rdsName(resource: Resource): string {
  return `${RDS_TYPE_NAMES[resource.type] ?? resource.type} ${resource.id}`;
}

/** RDS resources by type and lower-case identifier (RDS stores identifiers in lower case). */
function identifierIndex(graph: ResourceGraph): ReadonlyMap<string, ReadonlyMap<string, Resource>> {
  return graph.memo('rds/by-identifier', (all) => {
    const byType = new Map<string, Map<string, Resource>>();
    for (const [type, property] of Object.entries(RDS_IDENTIFIER_OF)) {
      const names = new Map<string, Resource>();
      for (const resource of all.ofType(type)) {
        const identifier = resource.properties[property];
        if (typeof identifier === 'string' && !names.has(identifier.toLowerCase())) names.set(identifier.toLowerCase(), resource);
      }
      byType.set(type, names);
    }
    return byType;
  });
}

/**
 * The RDS resource of this input a value names: through a reference (`Ref`, a Terraform
 * reference), a physical id the input knows, or a literal identifier or ARN matching one of
 * `types`. Undefined when it names nothing here.
 */
export function findRdsResource(value: Value | undefined, types: readonly string[], graph: ResourceGraph): Resource | undefined {
  const referenced = graph.target(value);
  if (referenced) return referenced;
  if (typeof value !== 'string' || value === '') return undefined;
  const name = value.toLowerCase();
  const lastPart = name.includes(':') ? name.slice(name.lastIndexOf(':') + 1) : undefined;
  const index = identifierIndex(graph);
  for (const type of types) {
    const names = index.get(type);
    const found = names?.get(name) ?? (lastPart === undefined ? undefined : names?.get(lastPart));
    if (found) return found;
  }
  return undefined;
}

/** Where a property that names another RDS resource leads. */
export type RdsLink =
  | { kind: 'found'; target: Resource }
  /** The value is known only at deployment (an import, a parameter without default, `known after apply`). */
  | { kind: 'unknown'; reason: string }
  /** The value names a resource this input does not define. */
  | { kind: 'outside'; name: string };

/** Follows `property` of `resource` to a resource of one of `types`; undefined when the property is not set. */
export function followRds(resource: Resource, property: string, types: readonly string[], graph: ResourceGraph): RdsLink | undefined {
  const value = resource.properties[property];
  if (value === undefined || value === null || value === '') return undefined;
  const target = findRdsResource(value, types, graph);
  if (target && types.includes(target.type)) return { kind: 'found', target };
  if (target) return { kind: 'unknown', reason: `${property} names ${target.type} ${target.id}, not a ${types.map((type) => RDS_TYPE_NAMES[type] ?? type).join(' or ')}` };
  if (isUnknown(value)) return value.ref ? { kind: 'outside', name: value.ref.resource } : { kind: 'unknown', reason: value.reason };
  return { kind: 'outside', name: typeof value === 'string' ? value : JSON.stringify(value) };
}

/** The DB cluster an instance belongs to (`DBClusterIdentifier`); undefined when it is not a cluster member. */
export function clusterOf(instance: Resource, graph: ResourceGraph): RdsLink | undefined {
  return followRds(instance, 'DBClusterIdentifier', ['AWS::RDS::DBCluster'], graph);
}

/**
 * Where a DB instance's cluster-managed setting (IAM authentication, backups, log exports, the
 * master user of an Aurora instance) is decided: on the instance itself, or on its DB cluster.
 */
export type SettingHolder = { kind: 'self' } | { kind: 'cluster'; cluster: Resource } | { kind: 'unknown'; reason: string };

export function clusterManagedHolder(instance: Resource, graph: ResourceGraph): SettingHolder {
  const link = clusterOf(instance, graph);
  // An Aurora, DocumentDB or Neptune instance takes these settings from its cluster, which this one does not name.
  if (link === undefined && isClusterMemberEngine(engineOf(instance))) return { kind: 'unknown', reason: 'its DB cluster holds this setting, and this cluster-engine instance names no DBClusterIdentifier' };
  if (link === undefined) return { kind: 'self' };
  if (link.kind === 'found') return { kind: 'cluster', cluster: link.target };
  if (link.kind === 'unknown') return { kind: 'unknown', reason: `its DB cluster is not known before deployment (${link.reason})` };
  return { kind: 'unknown', reason: `its DB cluster ${link.name} is not defined in this input` };
}

/** The DB instances of a cluster, and instances that may belong to it (their cluster is not known yet). */
export interface ClusterMembers {
  members: readonly Resource[];
  undecided: readonly Resource[];
}

export function clusterMembers(cluster: Resource, graph: ResourceGraph): ClusterMembers {
  const index = graph.memo('rds/instances-by-cluster', (all) => {
    const byCluster = new Map<string, Resource[]>();
    const undecided: Resource[] = [];
    for (const instance of all.ofType('AWS::RDS::DBInstance')) {
      const link = clusterOf(instance, all);
      if (link?.kind === 'found') {
        const list = byCluster.get(link.target.id);
        if (list) list.push(instance);
        else byCluster.set(link.target.id, [instance]);
      } else if (link?.kind === 'unknown') undecided.push(instance);
    }
    return { byCluster, undecided };
  });
  return { members: index.byCluster.get(cluster.id) ?? [], undecided: index.undecided };
}

/** Whether a resource is certainly there (not created under an undecidable condition). */
export function isCertain(resource: Resource): boolean {
  return existence(resource) === true;
}

/** The engine, in lower case (`aurora-mysql`, `postgres`); Unknown when not known; undefined when not set. */
export function engineOf(resource: Resource): string | Unknown | undefined {
  const engine = stringSetting(resource, ['Engine']);
  return typeof engine === 'string' ? engine.toLowerCase() : engine;
}

export function isAuroraEngine(engine: string): boolean {
  return engine === 'aurora' || engine.startsWith('aurora-');
}

/** Engines whose instances are members of a DocumentDB or Neptune cluster (Config records them as RDS instances). */
export function isDocDbOrNeptuneEngine(engine: string): boolean {
  return engine === 'docdb' || engine === 'neptune';
}

/** An engine whose instances belong to a DB cluster that holds their storage and network placement. */
export function isClusterMemberEngine(engine: string | Unknown | undefined): boolean {
  return typeof engine === 'string' && (isAuroraEngine(engine) || isDocDbOrNeptuneEngine(engine));
}

/** Aurora MySQL: `aurora` (MySQL 5.6 compatible) and `aurora-mysql`. */
export function isAuroraMySqlEngine(engine: string): boolean {
  return engine === 'aurora' || engine === 'aurora-mysql';
}

/** The DB instance states AWS Config's RDS rules evaluate; an instance in another state is NOT_APPLICABLE. */
const EVALUATED_STATES = ['available', 'backing-up', 'storage-optimization', 'storage-full'];

/**
 * The state of a live DB instance (Config's `dBInstanceStatus`) when it is one AWS Config does
 * not evaluate (creating, stopped, deleting, …); undefined when it is evaluated or not known.
 */
export function unevaluatedInstanceState(instance: Resource): string | undefined {
  const state = instance.observed?.DBInstanceStatus;
  return typeof state === 'string' && !EVALUATED_STATES.includes(state.toLowerCase()) ? state : undefined;
}

/**
 * Whether an instance is a read replica: CloudFormation's `SourceDBInstanceIdentifier` without a
 * point-in-time restore (`RestoreTime`, `UseLatestRestorableTime`), or the source a live
 * instance reports. Unknown when it can not be told before deployment.
 */
export function isReadReplica(instance: Resource): boolean | Unknown {
  const observed = instance.observed?.ReadReplicaSourceDBInstanceIdentifier;
  if (typeof observed === 'string' && observed !== '') return true;
  const source = instance.properties.SourceDBInstanceIdentifier;
  if (source === undefined || source === null || source === '') return false;
  const restore = [instance.properties.RestoreTime, instance.properties.UseLatestRestorableTime].find((value) => value !== undefined && value !== null && value !== false && value !== 'false');
  if (restore === undefined) return isUnknown(source) && source.mayBeAbsent ? unknown(`SourceDBInstanceIdentifier is ${source.reason}`) : true;
  return isUnknown(restore) ? unknown(`whether the instance is a restore is ${restore.reason}`) : false;
}

/** The values of a snapshot's `restore` attribute (the accounts it is shared with; `all` is public). */
export function restoreAttributeValues(attributes: Value | undefined): Value[] | Unknown | undefined {
  if (attributes === undefined || attributes === null) return undefined;
  if (isUnknown(attributes)) return attributes;
  if (!Array.isArray(attributes)) return unknown(`malformed: snapshot attributes should be a list, not ${JSON.stringify(attributes)}`);
  const values: Value[] = [];
  for (const attribute of attributes) {
    if (isUnknown(attribute)) return attribute;
    if (!isObject(attribute)) return unknown(`malformed: a snapshot attribute should be an object, not ${JSON.stringify(attribute)}`);
    const name = attribute.AttributeName;
    if (isUnknown(name)) return name;
    if (typeof name !== 'string' || name.toLowerCase() !== 'restore') continue;
    const list = attribute.AttributeValues;
    if (list === undefined || list === null) continue;
    if (isUnknown(list)) return list;
    if (!Array.isArray(list)) return unknown(`malformed: restore attribute values should be a list, not ${JSON.stringify(list)}`);
    values.push(...list);
  }
  return values;
}

/**
 * The engine of a DB instance: its own, or, when it does not name one, its replica source's or
 * its cluster's. Unknown when not known before deployment; undefined when nothing here says it
 * (a restore from a snapshot outside this input).
 */
export function instanceEngine(instance: Resource, graph: ResourceGraph, seen: readonly string[] = []): string | Unknown | undefined {
  const own = engineOf(instance);
  if (own !== undefined) return own;
  for (const [property, types] of [['SourceDBInstanceIdentifier', ['AWS::RDS::DBInstance']], ['DBClusterIdentifier', ['AWS::RDS::DBCluster']]] as const) {
    const link = followRds(instance, property, types, graph);
    if (link === undefined) continue;
    if (link.kind === 'unknown') return unknown(`the engine comes from ${property}, which is ${link.reason}`);
    if (link.kind === 'outside') return undefined;
    if (seen.includes(link.target.id)) return undefined;
    return link.target.type === 'AWS::RDS::DBInstance' ? instanceEngine(link.target, graph, [...seen, instance.id]) : engineOf(link.target);
  }
  return undefined;
}

/** Where an instance's cluster-managed setting is read, and how messages name the instance. */
export type ManagedSetting =
  /** `path`: the instance's property that decided when the cluster did (`DBClusterIdentifier`), else undefined. */
  | { resource: Resource; path: PropertyPath | undefined; subject: string }
  | { reason: string; path: PropertyPath; subject: string };

/**
 * The resource a DB instance's cluster-managed setting is read from: the instance, or the DB
 * cluster of an Aurora (or other cluster) member, named in `subject` ("DB instance Writer,
 * whose DB cluster Orders manages it,"). A cluster this input does not define gives a `reason`.
 */
export function clusterManagedSetting(instance: Resource, graph: ResourceGraph): ManagedSetting {
  const subject = `DB instance ${instance.id}`;
  const holder = clusterManagedHolder(instance, graph);
  // A live member reports its cluster's settings itself (what AWS Config's rules read).
  if (holder.kind === 'unknown' && instance.observed?.ReportsClusterSettings === true) return { resource: instance, path: undefined, subject };
  if (holder.kind === 'unknown') return { reason: holder.reason, path: ['DBClusterIdentifier'], subject };
  if (holder.kind === 'self') return { resource: instance, path: undefined, subject };
  return { resource: holder.cluster, path: ['DBClusterIdentifier'], subject: `${subject}, whose DB cluster ${holder.cluster.id} manages it,` };
}

/** The admin user names RDS proposes (`admin` for most engines, `postgres` for PostgreSQL), which AWS Config counts as default. */
export const DEFAULT_ADMIN_USER_NAMES: readonly string[] = ['admin', 'postgres'];

export type AdminMessageId = 'custom' | 'defaultName' | 'notAllowed' | 'unknown' | 'otherEngine';

export const ADMIN_MESSAGES: Readonly<Record<AdminMessageId, string>> = {
  custom: '{{subject}} uses the custom admin user name {{user}}.',
  defaultName: '{{subject}} uses the default admin user name {{user}}.',
  notAllowed: '{{subject}} uses the admin user name {{user}}, which is not one of {{allowed}}.',
  unknown: 'The admin user name of {{subject}} is not known before deployment ({{reason}}).',
  otherEngine: '{{subject}} runs {{engine}}, which this rule does not evaluate.',
};

/**
 * Whether `resource`'s MasterUsername is a default one (`admin`, `postgres`, compared exactly as
 * RDS stores it) or, given `validAdminUserNames`, one outside that list. `path` is where the
 * instance's verdict points (its `DBClusterIdentifier` when the cluster decided).
 */
export function adminUserVerdict(
  resource: Resource,
  subject: string,
  path: PropertyPath | undefined,
  validAdminUserNames: readonly string[] | undefined,
  graph?: ResourceGraph,
  seen: readonly string[] = [],
): Verdict<AdminMessageId> {
  const user = stringSetting(resource, ['MasterUsername']);
  const at = path ?? ['MasterUsername'];
  if (isUnknown(user)) return insufficientData('unknown', { subject, reason: user.reason }, at);
  if (user === undefined) {
    const source = SOURCES.find((name) => resource.properties[name] !== undefined);
    // A replica's master user is its source's, when the source is here.
    const link = source && graph && REPLICA_SOURCES[source] ? followRds(resource, source, REPLICA_SOURCES[source], graph) : undefined;
    if (link?.kind === 'found' && !seen.includes(link.target.id)) {
      return adminUserVerdict(link.target, `${subject}, a replica of ${rdsName(link.target)},`, path ?? [source as string], validAdminUserNames, graph, [...seen, resource.id]);
    }
    const reason = source ? `it comes from the source named by ${source}` : 'MasterUsername is not set';
    return insufficientData('unknown', { subject, reason }, path ?? (source ? [source] : []));
  }
  if (DEFAULT_ADMIN_USER_NAMES.includes(user)) return nonCompliant('defaultName', { subject, user }, at);
  if (validAdminUserNames && validAdminUserNames.length > 0 && !validAdminUserNames.includes(user)) {
    return nonCompliant('notAllowed', { subject, user, allowed: validAdminUserNames.join(', ') }, at);
  }
  return compliant('custom', { subject, user }, at);
}

/** Replica sources, whose master user the replica shares, and the types they name. */
const REPLICA_SOURCES: Readonly<Record<string, readonly string[]>> = {
  SourceDBInstanceIdentifier: ['AWS::RDS::DBInstance'],
  SourceDBClusterIdentifier: ['AWS::RDS::DBCluster'],
  ReplicationSourceIdentifier: ['AWS::RDS::DBCluster', 'AWS::RDS::DBInstance'],
};

/** Properties that make an instance or cluster take its master user from a source. */
const SOURCES = ['SourceDBInstanceIdentifier', 'DBSnapshotIdentifier', 'SourceDBClusterIdentifier', 'SnapshotIdentifier', 'ReplicationSourceIdentifier', 'GlobalClusterIdentifier', 'DBClusterSnapshotIdentifier'];

/** A value for a message: text as it is, anything else as JSON (never `String()`, which throws on some objects). */
export function valueText(value: Value | undefined): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined');
}
