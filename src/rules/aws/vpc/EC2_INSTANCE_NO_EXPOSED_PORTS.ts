import { compliant, defineRule, insufficientData } from '../../define.js';
import type { Verdict } from '../../types.js';
import type { ResourceGraph } from '../../../model/graph.js';
import type { PropertyPath, Resource } from '../../../model/resource.js';
import { isUnknown, type Unknown } from '../../../model/unknown.js';
import { isObject, type Value } from '../../../model/value.js';
import { launchTemplateOf } from '../../lib/launch-templates.js';
import { firstNamed } from '../../lib/lookup.js';
import { describe, findingVerdicts, overlaps, portRanges, rangeText, transportPorts, worldIngressFindings } from '../../lib/security-groups.js';

interface Params {
  forbiddenPorts?: string[];
}

type MessageId = 'noExposure' | 'exposed' | 'unknownIngress' | 'unknownGroup' | 'externalGroup' | 'defaultGroup' | 'unknownInterface' | 'launchTemplate';

/** A security group reference found on the instance, with where it stands. */
interface GroupReference {
  value: Value;
  path: PropertyPath;
}

export default defineRule<Params, MessageId>({
  meta: {
    id: 'EC2_INSTANCE_NO_EXPOSED_PORTS',
    title: 'EC2 instances do not expose forbidden ports to the world',
    description:
      'Follows an EC2 instance to its security groups (SecurityGroupIds, SecurityGroups, network interfaces) and their ingress rules, inline or separate, and checks that none admits a forbidden TCP or UDP port from 0.0.0.0/0 or ::/0. A port such as SSH or RDP reachable from the internet is the most common way into an instance.',
    severity: 'high',
    resourceTypes: ['AWS::EC2::Instance'],
    related: [
      { type: 'AWS::EC2::SecurityGroup', relation: 'references', property: 'SecurityGroupIds' },
      { type: 'AWS::EC2::SecurityGroup', relation: 'references', property: 'SecurityGroups' },
      { type: 'AWS::EC2::NetworkInterface', relation: 'references', property: 'NetworkInterfaces' },
      { type: 'AWS::EC2::LaunchTemplate', relation: 'references', property: 'LaunchTemplate' },
      { type: 'AWS::EC2::SecurityGroupIngress', relation: 'referencedBy', property: 'GroupId' },
    ],
    parameters: {
      forbiddenPorts: {
        type: 'port-list',
        description: 'Ports or ranges that must not be reachable from the world, e.g. "22,3389" or "1-1024" (default SSH and RDP: 22, 3389).',
        default: ['22', '3389'],
      },
    },
    messages: {
      noExposure: 'Instance {{id}} uses {{count}} security group(s), none of which exposes a forbidden port ({{forbidden}}) to the world.',
      exposed: 'Instance {{id}} exposes {{ports}} to {{source}}: {{where}} of its security group {{group}} covers a forbidden port ({{forbidden}}).',
      unknownIngress: 'Whether {{where}} of security group {{group}}, used by instance {{id}}, exposes a forbidden port is not known before deployment ({{reason}}).',
      unknownGroup: 'Instance {{id}} uses a security group that is not known before deployment ({{reason}}).',
      externalGroup: 'Instance {{id}} uses security group {{group}}, which is not declared in this template: its rules can not be checked.',
      unknownInterface: 'Instance {{id}} attaches a network interface whose security groups are not known ({{reason}}).',
      launchTemplate: 'Instance {{id}} takes its security groups from a launch template that is not declared in this template ({{reason}}).',
      defaultGroup:
        'Instance {{id}} names no security group, so it gets the default security group of its VPC, whose rules are not in this template: name an explicit security group.',
    },
    remediation: 'Remove or restrict the world-open rules covering the forbidden ports on the instance\'s security groups (use known CIDR ranges, a security group source, or Session Manager instead of SSH/RDP).',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Ssh:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: ssh\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          CidrIp: 0.0.0.0/0\n  Server:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-0abcdef1234567890\n      SecurityGroupIds:\n        - !Ref Ssh\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Web:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: https\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 443\n          ToPort: 443\n          CidrIp: 0.0.0.0/0\n  Server:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-0abcdef1234567890\n      SecurityGroupIds:\n        - !GetAtt Web.GroupId\n',
        },
      ],
    },
  },
  check(instance, { params, graph }) {
    const forbidden = portRanges(params.forbiddenPorts);
    const forbiddenText = forbidden.map(rangeText).join(', ') || 'none';
    const verdicts: Verdict<MessageId>[] = [];
    const { references, interfaceUnknowns } = groupReferences(instance, graph);
    for (const { reason, path } of interfaceUnknowns) verdicts.push(insufficientData('unknownInterface', { reason }, path));
    const checked = new Set<Resource>();
    for (const reference of references) {
      const group = resolveGroup(reference.value, graph);
      if (group === undefined) continue;
      if (typeof group === 'string') {
        verdicts.push(insufficientData('externalGroup', { group }, reference.path));
        continue;
      }
      if (isUnknown(group)) {
        verdicts.push(insufficientData('unknownGroup', { reason: group.reason }, reference.path));
        continue;
      }
      if (checked.has(group)) continue;
      checked.add(group);
      const findings = worldIngressFindings(group, graph, {
        violation(rule) {
          const range = transportPorts(rule, ['tcp', 'udp']);
          if (range === false || isUnknown(range)) return range;
          return forbidden.some((port) => overlaps(range, port)) ? describe(rule) : false;
        },
      });
      verdicts.push(...findingVerdicts(findings, 'exposed', 'unknownIngress', { group: group.id, forbidden: forbiddenText }, reference.path));
    }
    if (verdicts.length > 0) return verdicts;
    if (references.length === 0) {
      const link = launchTemplateOf(instance, graph);
      if (link.kind === 'unknown') return insufficientData('launchTemplate', { reason: link.value.reason }, ['LaunchTemplate']);
      if (link.kind === 'external') return insufficientData('launchTemplate', { reason: `launch template ${link.name}` }, ['LaunchTemplate']);
    }
    if (checked.size === 0) return insufficientData('defaultGroup', {}, []);
    return compliant('noExposure', { count: checked.size, forbidden: forbiddenText }, []);
  },
});

/**
 * Where the instance names security groups, with the property paths verdicts need:
 * `SecurityGroupIds`, `SecurityGroups`, `NetworkInterfaces[].GroupSet`, the `GroupSet` of an
 * `AWS::EC2::NetworkInterface` attached by `NetworkInterfaces[].NetworkInterfaceId`, and, without
 * any of these, the groups of the launch template the instance is launched from.
 */
function groupReferences(instance: Resource, graph: ResourceGraph): { references: GroupReference[]; interfaceUnknowns: { reason: string; path: PropertyPath }[] } {
  const references: GroupReference[] = [];
  const interfaceUnknowns: { reason: string; path: PropertyPath }[] = [];
  // `index` false: every item is reported at `path` itself (groups of a launch template).
  const collect = (value: Value | undefined, path: PropertyPath, index = true): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) value.forEach((item, position) => collect(item, index ? [...path, position] : path, index));
    else references.push({ value, path });
  };
  collect(instance.properties.SecurityGroupIds, ['SecurityGroupIds']);
  collect(instance.properties.SecurityGroups, ['SecurityGroups']);
  const interfaces = instance.properties.NetworkInterfaces;
  if (isUnknown(interfaces)) interfaceUnknowns.push({ reason: interfaces.reason, path: ['NetworkInterfaces'] });
  else if (Array.isArray(interfaces)) {
    interfaces.forEach((entry, index) => {
      const path: PropertyPath = ['NetworkInterfaces', index];
      if (isUnknown(entry)) interfaceUnknowns.push({ reason: entry.reason, path });
      if (!isObject(entry)) return;
      collect(entry.GroupSet, [...path, 'GroupSet']);
      const attached = entry.NetworkInterfaceId;
      if (attached === undefined) return;
      const target = graph.target(attached);
      if (target?.type === 'AWS::EC2::NetworkInterface') collect(target.properties.GroupSet, [...path, 'NetworkInterfaceId']);
      else if (entry.GroupSet === undefined) {
        const reason = isUnknown(attached) ? attached.reason : `network interface ${String(attached)} is not declared in this template`;
        interfaceUnknowns.push({ reason, path: [...path, 'NetworkInterfaceId'] });
      }
    });
  }
  if (references.length === 0 && interfaceUnknowns.length === 0) {
    // Without groups of its own, an instance launched from a launch template uses the template's.
    const link = launchTemplateOf(instance, graph);
    const template = link.kind === 'resource' ? link.template : undefined;
    const data = template?.properties.LaunchTemplateData;
    if (isObject(data)) {
      collect(data.SecurityGroupIds, ['LaunchTemplate'], false);
      collect(data.SecurityGroups, ['LaunchTemplate'], false);
      const templateInterfaces = data.NetworkInterfaces;
      if (Array.isArray(templateInterfaces)) {
        for (const entry of templateInterfaces) if (isObject(entry)) collect(entry.Groups, ['LaunchTemplate'], false);
      } else if (isUnknown(templateInterfaces)) interfaceUnknowns.push({ reason: templateInterfaces.reason, path: ['LaunchTemplate'] });
    } else if (template && isUnknown(data)) interfaceUnknowns.push({ reason: data.reason, path: ['LaunchTemplate'] });
  }
  return { references, interfaceUnknowns };
}

/** The template security group a reference names, an external id or name, or the Unknown. */
function resolveGroup(value: Value, graph: ResourceGraph): Resource | string | Unknown | undefined {
  const target = graph.target(value);
  if (target?.type === 'AWS::EC2::SecurityGroup') return target;
  if (isUnknown(value)) return value;
  if (typeof value === 'string') {
    return firstNamed(graph, 'AWS::EC2::SecurityGroup', 'GroupName', value) ?? value;
  }
  return undefined;
}
