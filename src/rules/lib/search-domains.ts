import type { PropertyPath, Resource } from '../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import type { ResourceGraph } from '../../model/graph.js';
import { getPath, isObject } from '../../model/value.js';
import { compliant, insufficientData, nonCompliant } from '../define.js';
import type { Verdict } from '../types.js';
import { isSet } from './certainty.js';
import { misnamedKey } from './encryption.js';
import { booleanSetting, listSetting, numberSetting, objectSetting, stringSetting } from './settings.js';
import { allOf } from './tristate.js';

/**
 * The judgements shared by the OpenSearch Service domain (`AWS::OpenSearchService::Domain`) and
 * its legacy Elasticsearch form (`AWS::Elasticsearch::Domain`): both carry the same option blocks
 * (`VPCOptions`, `EncryptionAtRestOptions`, `NodeToNodeEncryptionOptions`, `DomainEndpointOptions`,
 * `LogPublishingOptions`, `AdvancedSecurityOptions`); only the cluster block is named differently.
 * Every option is absent-means-off, as the service creates a domain without it.
 */

type Outcome = boolean | Unknown;

/** `ClusterConfig`, or `ElasticsearchClusterConfig` on the legacy type. */
function clusterConfig(domain: Resource): string {
  return domain.type === 'AWS::Elasticsearch::Domain' ? 'ElasticsearchClusterConfig' : 'ClusterConfig';
}

/** The longest written prefix of `path`: where a verdict about an absent setting points. */
function writtenPath(domain: Resource, path: PropertyPath): PropertyPath {
  for (let length = path.length; length > 0; length--) {
    const prefix = path.slice(0, length);
    if (getPath(domain.properties, prefix) !== undefined) return prefix;
  }
  return [];
}

/** A setting inside an option block; a block that is not an object is malformed, not absent. */
function blockSetting<T>(domain: Resource, block: string, read: (path: PropertyPath) => T | Unknown | undefined, key: string): T | Unknown | undefined {
  const container = objectSetting(domain, [block]);
  if (isUnknown(container)) return container;
  return read([block, key]);
}

function enabledOption(domain: Resource, block: string): Outcome {
  return blockSetting(domain, block, (path) => booleanSetting(domain, path, false), 'Enabled') ?? false;
}

/** The verdict on an option block's `Enabled` (off when unset). */
function enabledVerdict<M extends string>(domain: Resource, block: string, pass: M, fail: M, unknownId: M): Verdict<M> {
  return verdictOf(enabledOption(domain, block), pass, fail, unknownId, writtenPath(domain, [block, 'Enabled']));
}

function verdictOf<M extends string>(outcome: Outcome, pass: M, fail: M, unknownId: M, path: PropertyPath, data: Record<string, string | number> = {}): Verdict<M> {
  if (isUnknown(outcome)) return insufficientData(unknownId, { ...data, reason: outcome.reason }, path);
  return outcome ? compliant(pass, data, path) : nonCompliant(fail, data, path);
}

// --- Network placement -------------------------------------------------------------------------

export const IN_VPC_MESSAGES = {
  inVpc: 'Domain {{id}} is placed in a VPC (VPCOptions names its subnets), so its endpoint is not public.',
  public: 'Domain {{id}} has no VPCOptions with subnets, so its endpoint is public.',
  unknownVpc: 'Whether domain {{id}} is placed in a VPC is not known before deployment ({{reason}}).',
} as const;

/** A domain is in a VPC when `VPCOptions.SubnetIds` names at least one subnet. */
export function judgeInVpc(domain: Resource): Verdict<keyof typeof IN_VPC_MESSAGES> {
  // One subnet written as a string is a malformed list (unknown), not "no subnets".
  const subnets = blockSetting(domain, 'VPCOptions', (path) => listSetting(domain, path), 'SubnetIds');
  const outcome: Outcome = isUnknown(subnets) ? subnets : subnets !== undefined && subnets.length > 0;
  return verdictOf(outcome, 'inVpc', 'public', 'unknownVpc', writtenPath(domain, ['VPCOptions', 'SubnetIds']));
}

// --- Encryption ---------------------------------------------------------------------------------

export const ENCRYPTION_AT_REST_MESSAGES = {
  encrypted: 'Domain {{id}} encrypts its data at rest.',
  notEncrypted: 'Domain {{id}} does not encrypt its data at rest (EncryptionAtRestOptions.Enabled is not true).',
  unknownEncryption: 'Whether domain {{id}} encrypts its data at rest is not known before deployment ({{reason}}).',
} as const;

export function judgeEncryptionAtRest(domain: Resource, graph: ResourceGraph): Verdict<keyof typeof ENCRYPTION_AT_REST_MESSAGES> {
  const verdict = enabledVerdict(domain, 'EncryptionAtRestOptions', 'encrypted', 'notEncrypted', 'unknownEncryption');
  if (verdict.status !== 'COMPLIANT') return verdict;
  // A KmsKeyId naming no key (a placeholder, a bare name) is one the service refuses: the encryption it claims is not known.
  const options = domain.properties.EncryptionAtRestOptions;
  const misnamed = isObject(options) ? misnamedKey(domain, options.KmsKeyId, graph) : undefined;
  return misnamed ? insufficientData('unknownEncryption', { reason: misnamed.reason }, ['EncryptionAtRestOptions', 'KmsKeyId']) : verdict;
}

export const NODE_TO_NODE_MESSAGES = {
  encrypted: 'Domain {{id}} encrypts the traffic between its nodes.',
  notEncrypted: 'Domain {{id}} does not encrypt the traffic between its nodes (NodeToNodeEncryptionOptions.Enabled is not true).',
  unknownEncryption: 'Whether domain {{id}} encrypts the traffic between its nodes is not known before deployment ({{reason}}).',
} as const;

export function judgeNodeToNodeEncryption(domain: Resource): Verdict<keyof typeof NODE_TO_NODE_MESSAGES> {
  return enabledVerdict(domain, 'NodeToNodeEncryptionOptions', 'encrypted', 'notEncrypted', 'unknownEncryption');
}

// --- HTTPS --------------------------------------------------------------------------------------

export const HTTPS_MESSAGES = {
  https: 'Domain {{id}} requires HTTPS{{policy}}.',
  httpsNotRequired: 'Domain {{id}} does not require HTTPS (DomainEndpointOptions.EnforceHTTPS is not true).',
  policyNotAllowed: 'Domain {{id}} uses TLS security policy {{policy}}, which is not one of {{allowed}}.',
  unknownHttps: 'Whether domain {{id}} requires HTTPS with an allowed TLS policy is not known before deployment ({{reason}}).',
} as const;

/**
 * `EnforceHTTPS` must be true and, when `tlsPolicies` is given, `TLSSecurityPolicy` one of them.
 * Either part failing decides, whatever the other is; an unset policy is the service's choice.
 */
export function judgeHttpsRequired(domain: Resource, tlsPolicies: readonly string[] | undefined): Verdict<keyof typeof HTTPS_MESSAGES> {
  const enforcePath = ['DomainEndpointOptions', 'EnforceHTTPS'];
  const enforced: Outcome = blockSetting(domain, 'DomainEndpointOptions', (path) => booleanSetting(domain, path, false), 'EnforceHTTPS') ?? false;
  if (enforced === false) return nonCompliant('httpsNotRequired', {}, writtenPath(domain, enforcePath));
  if (!tlsPolicies || tlsPolicies.length === 0) return verdictOf(enforced, 'https', 'httpsNotRequired', 'unknownHttps', enforcePath, { policy: '' });
  const policyPath = ['DomainEndpointOptions', 'TLSSecurityPolicy'];
  const policy = blockSetting(domain, 'DomainEndpointOptions', (path) => stringSetting(domain, path), 'TLSSecurityPolicy');
  const allowed = tlsPolicies.join(', ');
  if (typeof policy === 'string' && !tlsPolicies.includes(policy)) return nonCompliant('policyNotAllowed', { policy, allowed }, policyPath);
  const policyKnown: Outcome = policy === undefined ? unknown('TLSSecurityPolicy is not set, so the service chooses the policy') : isUnknown(policy) ? policy : true;
  const outcome = allOf([enforced, policyKnown]);
  if (isUnknown(outcome)) return insufficientData('unknownHttps', { reason: outcome.reason }, isUnknown(enforced) ? enforcePath : writtenPath(domain, policyPath));
  return compliant('https', { policy: ` with TLS security policy ${String(policy)}` }, policyPath);
}

// --- Logs ---------------------------------------------------------------------------------------

/** The `logTypes` parameter's names (AWS's: search, index, error) and the `LogPublishingOptions` keys they stand for. */
export const LOG_TYPES: Readonly<Record<string, string>> = { search: 'SEARCH_SLOW_LOGS', index: 'INDEX_SLOW_LOGS', error: 'ES_APPLICATION_LOGS' };

/** Whether one log type is published: enabled (false when unset) and sent to a log group. */
function published(domain: Resource, key: string): { outcome: Outcome; path: PropertyPath } {
  const path = ['LogPublishingOptions', key];
  const options = objectSetting(domain, ['LogPublishingOptions']);
  if (isUnknown(options)) return { outcome: options, path: ['LogPublishingOptions'] };
  const option = objectSetting(domain, path);
  if (option === undefined) return { outcome: false, path: writtenPath(domain, path) };
  if (isUnknown(option)) return { outcome: option, path };
  const enabled = booleanSetting(domain, [...path, 'Enabled'], false) ?? false;
  const group = option.CloudWatchLogsLogGroupArn;
  const hasGroup = typeof group === 'string' || group === undefined || group === null || isUnknown(group) ? isSet(group) : unknown(`malformed: ${domain.id} ${path.join('.')}.CloudWatchLogsLogGroupArn is ${JSON.stringify(group)}`);
  return { outcome: allOf([enabled, hasGroup]), path: enabled === false ? writtenPath(domain, [...path, 'Enabled']) : path };
}

export const LOGS_MESSAGES = {
  publishing: 'Domain {{id}} publishes {{types}} to CloudWatch Logs.',
  notPublishing: 'Domain {{id}} does not publish {{types}} to CloudWatch Logs.',
  unknownLogs: 'Whether domain {{id}} publishes {{types}} to CloudWatch Logs is not known before deployment ({{reason}}).',
} as const;

/**
 * With `logTypes`, every listed type must be published; without, at least one of the search
 * slow, index slow and error (application) logs.
 */
export function judgeLogsToCloudWatch(domain: Resource, logTypes: readonly string[] | undefined): Verdict<keyof typeof LOGS_MESSAGES> {
  const required = logTypes && logTypes.length > 0;
  const keys = required ? logTypes.map(logTypeKey) : Object.values(LOG_TYPES);
  const results = keys.map((key) => ({ key, ...published(domain, key) }));
  if (required) {
    const missing = results.filter((result) => result.outcome === false);
    if (missing.length > 0) return nonCompliant('notPublishing', { types: missing.map((result) => result.key).join(', ') }, missing[0]?.path ?? []);
    const open = results.find((result) => isUnknown(result.outcome));
    if (open && isUnknown(open.outcome)) return insufficientData('unknownLogs', { types: open.key, reason: open.outcome.reason }, open.path);
    return compliant('publishing', { types: keys.join(', ') }, ['LogPublishingOptions']);
  }
  const on = results.find((result) => result.outcome === true);
  if (on) return compliant('publishing', { types: on.key }, on.path);
  const open = results.find((result) => isUnknown(result.outcome));
  if (open && isUnknown(open.outcome)) return insufficientData('unknownLogs', { types: open.key, reason: open.outcome.reason }, open.path);
  return nonCompliant('notPublishing', { types: `any of ${keys.join(', ')}` }, writtenPath(domain, ['LogPublishingOptions']));
}

/** A `logTypes` entry (`search`, `index` or `error`, any case); another name is a configuration error. */
function logTypeKey(type: string): string {
  const key = Object.hasOwn(LOG_TYPES, type.toLowerCase()) ? LOG_TYPES[type.toLowerCase()] : undefined;
  if (key === undefined) throw new Error(`logTypes: "${type}" is not a log type (expected ${Object.keys(LOG_TYPES).join(', ')})`);
  return key;
}

export const AUDIT_LOG_MESSAGES = {
  auditLogging: 'Domain {{id}} publishes audit logs to CloudWatch Logs{{group}}.',
  noAuditLogging: 'Domain {{id}} does not publish audit logs (LogPublishingOptions.AUDIT_LOGS) to CloudWatch Logs.',
  groupNotAllowed: 'Domain {{id}} publishes audit logs to {{group}}, which is not one of {{allowed}}.',
  unknownAuditLogging: 'Whether domain {{id}} publishes audit logs to an expected log group is not known before deployment ({{reason}}).',
} as const;

/** Audit logs published; with `logGroupArns`, to one of them (an ARN with or without its `:*` suffix). */
export function judgeAuditLogging(domain: Resource, logGroupArns: readonly string[] | undefined): Verdict<keyof typeof AUDIT_LOG_MESSAGES> {
  const { outcome, path } = published(domain, 'AUDIT_LOGS');
  if (outcome === false) return nonCompliant('noAuditLogging', {}, path);
  const groupPath = ['LogPublishingOptions', 'AUDIT_LOGS', 'CloudWatchLogsLogGroupArn'];
  if (!logGroupArns || logGroupArns.length === 0) {
    return verdictOf(outcome, 'auditLogging', 'noAuditLogging', 'unknownAuditLogging', path, { group: '' });
  }
  const group = getPath(domain.properties, groupPath);
  const allowed = logGroupArns.map(logGroupArn);
  if (typeof group === 'string' && !allowed.includes(logGroupArn(group))) {
    return nonCompliant('groupNotAllowed', { group, allowed: logGroupArns.join(', ') }, groupPath);
  }
  const groupKnown: Outcome = isUnknown(group) ? group : typeof group === 'string' || unknown(`malformed: ${domain.id} ${groupPath.join('.')} is ${JSON.stringify(group)}`);
  return verdictOf(allOf([outcome, groupKnown]), 'auditLogging', 'noAuditLogging', 'unknownAuditLogging', groupPath, { group: typeof group === 'string' ? ` (${group})` : '' });
}

function logGroupArn(arn: string): string {
  return arn.trim().replace(/:\*$/, '');
}

// --- Access control and resilience -------------------------------------------------------------

export const ACCESS_CONTROL_MESSAGES = {
  enabled: 'Domain {{id}} has fine-grained access control enabled.',
  disabled: 'Domain {{id}} does not have fine-grained access control enabled (AdvancedSecurityOptions.Enabled is not true).',
  unknownAccessControl: 'Whether domain {{id}} has fine-grained access control enabled is not known before deployment ({{reason}}).',
} as const;

export function judgeFineGrainedAccessControl(domain: Resource): Verdict<keyof typeof ACCESS_CONTROL_MESSAGES> {
  return enabledVerdict(domain, 'AdvancedSecurityOptions', 'enabled', 'disabled', 'unknownAccessControl');
}

export const FAULT_TOLERANCE_MESSAGES = {
  tolerant: 'Domain {{id}} has {{count}} data nodes spread over Availability Zones.',
  tooFewNodes: 'Domain {{id}} has {{count}} data node(s); at least 3 are needed to tolerate a node failure.',
  noZoneAwareness: 'Domain {{id}} does not spread its data nodes over Availability Zones (ZoneAwarenessEnabled is not true).',
  unknownTolerance: 'Whether domain {{id}} has at least 3 data nodes with zone awareness is not known before deployment ({{reason}}).',
} as const;

/** At least three data nodes (`InstanceCount`, 1 when unset) and zone awareness (off when unset). */
export function judgeDataNodeFaultTolerance(domain: Resource): Verdict<keyof typeof FAULT_TOLERANCE_MESSAGES> {
  const block = clusterConfig(domain);
  const countPath = [block, 'InstanceCount'];
  const zonePath = [block, 'ZoneAwarenessEnabled'];
  const count = blockSetting(domain, block, (path) => numberSetting(domain, path, 1), 'InstanceCount') ?? 1;
  const zones = blockSetting(domain, block, (path) => booleanSetting(domain, path, false), 'ZoneAwarenessEnabled') ?? false;
  if (typeof count === 'number' && count < 3) return nonCompliant('tooFewNodes', { count }, writtenPath(domain, countPath));
  if (zones === false) return nonCompliant('noZoneAwareness', {}, writtenPath(domain, zonePath));
  const outcome = allOf([isUnknown(count) ? count : true, zones]);
  if (isUnknown(outcome)) return insufficientData('unknownTolerance', { reason: outcome.reason }, isUnknown(count) ? countPath : zonePath);
  return compliant('tolerant', { count: String(count) }, countPath);
}
