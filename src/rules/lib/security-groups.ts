import type { ResourceGraph } from '../../model/graph.js';
import type { PropertyPath, Resource } from '../../model/resource.js';
import { isUnknown, type Unknown } from '../../model/unknown.js';
import { isObject, toNumber, type Value, type ValueObject } from '../../model/value.js';

/** One ingress permission, from a security group's inline list or an `AWS::EC2::SecurityGroupIngress`. */
export interface IngressRule {
  /** `-1` for all protocols, else a name (`tcp`) or number (`6`) as written, lower-cased. */
  protocol: string | Unknown;
  fromPort: number | Unknown | undefined;
  toPort: number | Unknown | undefined;
  cidrIp?: Value;
  cidrIpv6?: Value;
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

/** True when the inline ingress list itself is unknown (e.g. an undecidable `Fn::If`). */
export function inlineIngressUnknown(group: Resource): Unknown | undefined {
  const inline = group.properties.SecurityGroupIngress;
  return isUnknown(inline) ? inline : undefined;
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
  return rule;
}

const ALL_PROTOCOLS = new Set(['-1', 'all']);
const PROTOCOL_NUMBERS: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };

/** Protocol as a name: `6` → `tcp`, `-1` → `all`. */
export function protocolName(protocol: string): string {
  if (ALL_PROTOCOLS.has(protocol)) return 'all';
  return PROTOCOL_NUMBERS[protocol] ?? protocol;
}

/** Whether the rule admits traffic from anywhere: `0.0.0.0/0` or `::/0`. Unknown when the source is. */
export function openToWorld(rule: IngressRule): boolean | Unknown {
  const sources = [rule.cidrIp, rule.cidrIpv6].filter((source) => source !== undefined);
  let unknownSource: Unknown | undefined;
  for (const source of sources) {
    if (isUnknown(source)) unknownSource ??= source;
    else if (source === '0.0.0.0/0' || source === '::/0') return true;
  }
  return unknownSource ?? false;
}

/** Whether the rule admits IPv4 traffic from anywhere (`0.0.0.0/0`). */
export function openToWorldIpv4(rule: IngressRule): boolean | Unknown {
  if (rule.cidrIp === undefined) return false;
  if (isUnknown(rule.cidrIp)) return rule.cidrIp;
  return rule.cidrIp === '0.0.0.0/0';
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

/** Whether a rule admits TCP or UDP traffic (all-protocol rules admit both). */
export function carriesTransport(rule: IngressRule, transport: 'tcp' | 'udp'): boolean | Unknown {
  if (isUnknown(rule.protocol)) return rule.protocol;
  const name = protocolName(rule.protocol);
  return name === 'all' || name === transport;
}

/** Whether a rule opens `port` over TCP or UDP. */
export function opensPort(rule: IngressRule, port: number): boolean | Unknown {
  if (isUnknown(rule.protocol)) return rule.protocol;
  const name = protocolName(rule.protocol);
  if (name !== 'all' && name !== 'tcp' && name !== 'udp') return false;
  const range = portRange(rule);
  if (isUnknown(range)) return range;
  return range[0] <= port && port <= range[1];
}

/** Parses `"22"` or `"1024-2048"` (rule parameters) into an inclusive range. */
export function parsePortRange(text: string): [number, number] {
  const [from, to = from] = text.split('-').map((part) => Number(part.trim())) as [number, number?];
  return [from, to as number];
}

/** Security groups an EC2 instance uses: `SecurityGroupIds`, `SecurityGroups` and its network interfaces. */
export function instanceSecurityGroups(instance: Resource, graph: ResourceGraph): { groups: Resource[]; unknown: Unknown[]; external: string[] } {
  const groups: Resource[] = [];
  const unknowns: Unknown[] = [];
  const external: string[] = [];
  const visit = (value: Value | undefined): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    const target = graph.target(value);
    if (target && target.type === 'AWS::EC2::SecurityGroup') {
      if (!groups.includes(target)) groups.push(target);
    } else if (isUnknown(value)) unknowns.push(value);
    else if (typeof value === 'string') {
      const byName = graph.ofType('AWS::EC2::SecurityGroup').find((group) => group.properties.GroupName === value);
      if (byName) groups.push(byName);
      else external.push(value);
    }
  };
  visit(instance.properties.SecurityGroupIds);
  visit(instance.properties.SecurityGroups);
  const interfaces = instance.properties.NetworkInterfaces;
  if (isUnknown(interfaces)) unknowns.push(interfaces);
  else if (Array.isArray(interfaces)) {
    for (const networkInterface of interfaces) {
      if (isObject(networkInterface)) visit(networkInterface.GroupSet);
      else if (isUnknown(networkInterface)) unknowns.push(networkInterface);
    }
  }
  return { groups, unknown: unknowns, external };
}
