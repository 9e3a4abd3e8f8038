import type { ResourceGraph } from '../../model/graph.js';
import type { PropertyPath, Resource } from '../../model/resource.js';
import { MALFORMED } from '../../model/malformed.js';
import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import { isObject, toNumber, type Value, type ValueObject } from '../../model/value.js';
import { insufficientData, nonCompliant } from '../define.js';
import type { Verdict } from '../types.js';
import { existence } from './certainty.js';

/** One ingress permission, from a security group's inline list or an `AWS::EC2::SecurityGroupIngress`. */
export interface IngressRule {
  /** `-1` for all protocols, else a name (`tcp`) or number (`6`) as written, lower-cased. */
  protocol: string | Unknown;
  fromPort: number | Unknown | undefined;
  toPort: number | Unknown | undefined;
  cidrIp?: Value;
  cidrIpv6?: Value;
  /** Set when the rule names no source at all (no CIDR, security group or prefix list), which EC2 refuses. */
  sourceless?: true;
  /** Resource that declares the rule (the group itself, or the separate ingress resource). */
  declaredBy: Resource;
  /** Path of the rule inside `declaredBy`. */
  path: PropertyPath;
}

/** Ingress rules of a security group, inline and as separate `AWS::EC2::SecurityGroupIngress` resources. */
export function ingressRules(group: Resource, graph: ResourceGraph): IngressRule[] {
  const rules: IngressRule[] = [];
  const inline = group.properties.SecurityGroupIngress;
  if (Array.isArray(inline)) {
    inline.forEach((entry, index) => {
      if (isObject(entry)) rules.push(toIngressRule(entry, group, ['SecurityGroupIngress', index]));
    });
  }
  for (const separate of graph.referrers(group.id, 'AWS::EC2::SecurityGroupIngress', 'GroupId')) {
    rules.push(toIngressRule(separate.properties, separate, []));
  }
  for (const separate of graph.referrers(group.id, 'AWS::EC2::SecurityGroupIngress', 'GroupName')) {
    rules.push(toIngressRule(separate.properties, separate, []));
  }
  return rules;
}

function toIngressRule(entry: ValueObject, declaredBy: Resource, path: PropertyPath): IngressRule {
  const protocolValue = entry.IpProtocol;
  const protocol = isUnknown(protocolValue) ? protocolValue : String(protocolValue ?? '-1').toLowerCase();
  const rule: IngressRule = {
    protocol,
    fromPort: toNumber(entry.FromPort),
    toPort: toNumber(entry.ToPort),
    declaredBy,
    path,
  };
  if (entry.CidrIp !== undefined) rule.cidrIp = entry.CidrIp;
  if (entry.CidrIpv6 !== undefined) rule.cidrIpv6 = entry.CidrIpv6;
  if (!SOURCE_KEYS.some((key) => names(entry, key))) rule.sourceless = true;
  return rule;
}

/**
 * Whether an entry sets `key`, looked at without reading the value through the malformed watch:
 * a source of the wrong type still names a source, and only the CIDRs decide whether it is the world.
 */
function names(entry: ValueObject, key: string): boolean {
  const value: unknown = Object.getOwnPropertyDescriptor(entry, key)?.value;
  return value !== undefined && value !== null && value !== '';
}

/** The properties that name where an ingress permission admits traffic from; EC2 requires one. */
const SOURCE_KEYS = ['CidrIp', 'CidrIpv6', 'SourceSecurityGroupId', 'SourceSecurityGroupName', 'SourcePrefixListId'] as const;

const ALL_PROTOCOLS = new Set(['-1', 'all']);
const PROTOCOL_NUMBERS: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };

/** Protocol as a name: `6` → `tcp`, `-1` → `all`. */
export function protocolName(protocol: string): string {
  if (ALL_PROTOCOLS.has(protocol)) return 'all';
  return PROTOCOL_NUMBERS[protocol] ?? protocol;
}

/** The port range a rule opens, `[0, 65535]` for all protocols or unspecified ports. */
export function portRange(rule: IngressRule): [number, number] | Unknown {
  if (isUnknown(rule.protocol)) return rule.protocol;
  const name = protocolName(rule.protocol);
  if (name === 'all') return [0, 65535];
  if (isUnknown(rule.fromPort)) return rule.fromPort;
  if (isUnknown(rule.toPort)) return rule.toPort;
  const from = rule.fromPort ?? 0;
  const to = rule.toPort ?? 65535;
  // -1 means every port (CloudFormation allows it for icmp and "all").
  if (from === -1 || to === -1) return [0, 65535];
  return [from, to];
}

/**
 * The port range a rule opens over one of `transports` (an all-protocol rule carries every
 * transport), false when it carries none of them, Unknown when its protocol or ports are.
 */
export function transportPorts(rule: IngressRule, transports: readonly ('tcp' | 'udp')[]): [number, number] | false | Unknown {
  if (isUnknown(rule.protocol)) return rule.protocol;
  const name = protocolName(rule.protocol);
  if (name !== 'all' && !(transports as readonly string[]).includes(name)) return false;
  return portRange(rule);
}

/** Parses `"22"` or `"1024-2048"` (rule parameters) into an inclusive range. */
function parsePortRange(text: string): [number, number] {
  const [from, to = from] = text.split('-').map((part) => Number(part.trim())) as [number, number?];
  return [from, to as number];
}

/**
 * What an ingress rule open to the world means to a rule: a short description of the violation
 * (`"TCP 22"`), `false` when it is acceptable, or the `Unknown` that keeps it from being decided.
 */
export type ViolationCheck = (rule: IngressRule) => string | false | Unknown;

/** One ingress permission of a group, judged. */
export interface WorldIngressFinding {
  /** `violation`: open to the world and objectionable; `unknown`: undecidable; `open`: open to the world but acceptable. */
  kind: 'violation' | 'unknown' | 'open';
  /** Readable location: `SecurityGroupIngress[0]` or `ingress resource AllowSsh`. */
  where: string;
  /** Path on the group: the inline rule, or `[]` for a separate `AWS::EC2::SecurityGroupIngress`. */
  path: PropertyPath;
  /** For `violation` and `open`: what the rule admits, e.g. `TCP 22`. For `unknown`: why it can not be decided. */
  detail: string;
  /** For `violation` and `open`: the world source, `0.0.0.0/0` or `::/0`. */
  source: string;
}

export interface WorldIngressOptions {
  /** Only `0.0.0.0/0` counts as the world (`restricted-common-ports`). */
  ipv4Only?: boolean;
  violation: ViolationCheck;
}

/**
 * Judges every ingress permission of a security group (inline entries and separate
 * `AWS::EC2::SecurityGroupIngress` resources) that is, or may be, open to the world.
 * Unknown inline lists or entries, unresolvable separate resources and separate resources whose
 * attachment to this group is undecidable (`GroupId: !If [...]`, a `Condition:` that can not be
 * decided) give `unknown` findings.
 */
export function worldIngressFindings(group: Resource, graph: ResourceGraph, options: WorldIngressOptions): WorldIngressFinding[] {
  const findings: WorldIngressFinding[] = [];
  // A group whose recorded configuration could not be read has no rules anyone can vouch for.
  if (group.unresolved) return [{ kind: 'unknown', where: 'SecurityGroupIngress', path: [], detail: group.unresolved, source: '' }];
  const inline = group.properties.SecurityGroupIngress;
  if (isUnknown(inline)) {
    findings.push({ kind: 'unknown', where: 'SecurityGroupIngress', path: ['SecurityGroupIngress'], detail: inline.reason, source: '' });
  } else if (Array.isArray(inline)) {
    inline.forEach((entry, index) => {
      if (isUnknown(entry)) {
        findings.push({ kind: 'unknown', where: `SecurityGroupIngress[${index}]`, path: ['SecurityGroupIngress', index], detail: entry.reason, source: '' });
      }
    });
  }
  for (const rule of ingressRules(group, graph)) {
    const separate = rule.declaredBy !== group;
    const where = separate ? `ingress resource ${rule.declaredBy.id}` : `SecurityGroupIngress[${String(rule.path[1])}]`;
    const path = separate ? [] : rule.path;
    if (separate && rule.declaredBy.unresolved) {
      findings.push({ kind: 'unknown', where, path, detail: rule.declaredBy.unresolved, source: '' });
      continue;
    }
    const uncertain = separate ? uncertainAttachment(rule.declaredBy, group, graph) : undefined;
    const world = worldSource(rule, options.ipv4Only ?? false);
    if (world === false) continue;
    const verdict = options.violation(rule);
    if (verdict === false) {
      if (typeof world === 'string' && uncertain === undefined) findings.push({ kind: 'open', where, path, detail: describe(rule), source: world });
      continue;
    }
    if (typeof world === 'string' && typeof verdict === 'string' && uncertain === undefined) {
      findings.push({ kind: 'violation', where, path, detail: verdict, source: world });
      continue;
    }
    const reason = isUnknown(world) ? world.reason : isUnknown(verdict) ? verdict.reason : (uncertain as string);
    findings.push({ kind: 'unknown', where, path, detail: reason, source: '' });
  }
  return findings;
}

/**
 * The world source a rule admits (`0.0.0.0/0`, `::/0`; any CIDR with a `/0` prefix is the whole
 * address space), false when it admits neither, the `Unknown` source when it may.
 */
function worldSource(rule: IngressRule, ipv4Only: boolean): string | false | Unknown {
  const sources: [Value | undefined, string][] = [[rule.cidrIp, '0.0.0.0/0']];
  if (!ipv4Only) sources.push([rule.cidrIpv6, '::/0']);
  let undecided: Unknown | undefined;
  for (const [source, world] of sources) {
    if (source === undefined || source === null) continue;
    if (isUnknown(source)) undecided ??= source;
    else if (typeof source === 'string' && source.trim().endsWith('/0')) return world;
    // EC2 refuses a source that is not an address block; what it would admit is not known.
    else if (typeof source !== 'string' || !CIDR.test(source.trim())) undecided ??= unknown(`${MALFORMED}${JSON.stringify(source)} is not a CIDR block`);
  }
  if (rule.sourceless) undecided ??= unknown(`${MALFORMED}the rule names no source (${SOURCE_KEYS.join(', ')}), one of which EC2 requires`);
  return undecided ?? false;
}

/** An IPv4 or IPv6 address block (`10.0.0.0/8`, `2001:db8::/32`), or an address. */
const CIDR = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)(?:\/\d{1,3})?$/;

/**
 * Why a separate ingress resource may not apply to `group`: it is created only under an
 * undecidable condition, or its `GroupId` is an undecidable choice; else undefined.
 */
function uncertainAttachment(ingress: Resource, group: Resource, graph: ResourceGraph): string | undefined {
  const exists = existence(ingress);
  if (exists !== true) return exists.reason;
  for (const key of ['GroupId', 'GroupName']) {
    const value = ingress.properties[key];
    if (value === undefined) continue;
    if (graph.target(value) === group) return undefined;
    if (typeof value === 'string' && value === group.properties.GroupName) return undefined;
    if (isUnknown(value)) return `${ingress.id}.${key} is ${value.reason}`;
  }
  return undefined;
}

/** Inclusive port ranges from a `port-list` parameter (`["443", "1020-1025"]`). */
export function portRanges(list: readonly string[] | undefined): [number, number][] {
  return (list ?? []).map(parsePortRange);
}

/** Whether every port of `range` is inside one of `allowed` (which may overlap or touch). */
export function rangeCovered(range: [number, number], allowed: readonly [number, number][]): boolean {
  const sorted = [...allowed].sort((a, b) => a[0] - b[0]);
  let next = range[0];
  for (const [from, to] of sorted) {
    if (from > next) break;
    if (to >= next) next = to + 1;
    if (next > range[1]) return true;
  }
  return next > range[1];
}

export function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

export function rangeText([from, to]: [number, number]): string {
  if (from === 0 && to === 65535) return 'all ports';
  return from === to ? String(from) : `${from}-${to}`;
}

/** `TCP 22`, `UDP 1000-2000`, `all traffic`, `ICMP`. */
export function describe(rule: IngressRule): string {
  if (isUnknown(rule.protocol)) return 'an unknown protocol';
  const name = protocolName(rule.protocol);
  if (name === 'all') return 'all traffic';
  if (name !== 'tcp' && name !== 'udp') return `protocol ${name}`;
  const range = portRange(rule);
  return isUnknown(range) ? `${name.toUpperCase()} (ports not known)` : `${name.toUpperCase()} ${rangeText(range)}`;
}

/**
 * Verdicts for the findings: NON_COMPLIANT `violationId` for each violation (data `where`, `ports`,
 * `source`), INSUFFICIENT_DATA `unknownId` for each undecidable one (data `where`, `reason`), with
 * `extra` data merged in. Acceptable findings give none.
 */
export function findingVerdicts<V extends string, U extends string>(
  findings: readonly WorldIngressFinding[],
  violationId: V,
  unknownId: U,
  extra: Record<string, string | number> = {},
  path?: PropertyPath,
): Verdict<V | U>[] {
  const verdicts: Verdict<V | U>[] = [];
  for (const finding of findings) {
    if (finding.kind === 'violation') {
      verdicts.push(nonCompliant(violationId, { ...extra, where: finding.where, ports: finding.detail, source: finding.source }, path ?? finding.path));
    } else if (finding.kind === 'unknown') {
      verdicts.push(insufficientData(unknownId, { ...extra, where: finding.where, reason: finding.detail }, path ?? finding.path));
    }
  }
  return verdicts;
}
