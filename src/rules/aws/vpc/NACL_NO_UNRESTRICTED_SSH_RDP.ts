import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import type { Resource } from '../../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import { getPath, isObject, toBoolean, toNumber, type Value } from '../../../model/value.js';
import type { Verdict } from '../../types.js';
import { existence } from '../../lib/certainty.js';

const ADMIN_PORTS = [22, 3389];
/** Protocol numbers and the names Terraform also accepts; only TCP, UDP and "all" carry ports 22 and 3389. */
const CARRIES_PORTS: Readonly<Record<string, 'ports' | 'all'>> = { '6': 'ports', tcp: 'ports', '17': 'ports', udp: 'ports', '-1': 'all', all: 'all' };

type MessageId = 'restricted' | 'open' | 'unknownEntry';

export default defineRule<Record<string, never>, MessageId>({
  meta: {
    id: 'NACL_NO_UNRESTRICTED_SSH_RDP',
    title: 'Network ACLs do not admit SSH or RDP from anywhere',
    description:
      'Checks that no inbound allow entry of a network ACL admits TCP or UDP traffic to port 22 (SSH) or 3389 (RDP) from 0.0.0.0/0 or ::/0. Remote administration ports open to the internet are the most scanned and brute-forced entry points.',
    severity: 'medium',
    resourceTypes: ['AWS::EC2::NetworkAcl'],
    managedRule: 'nacl-no-unrestricted-ssh-rdp',
    frameworks: {
      FSBP: ['EC2.21'],
      'CIS-v1.4.0': ['5.1'],
      'CIS-v3.0.0': ['5.1'],
      'NIST-800-53-r5': ['AC-4(21)', 'CA-9(1)', 'CM-2', 'CM-2(2)', 'CM-7', 'SC-7', 'SC-7(21)', 'SC-7(5)'],
    },
    related: [{ type: 'AWS::EC2::NetworkAclEntry', relation: 'referencedBy', property: 'NetworkAclId' }],
    messages: {
      restricted: 'No inbound entry of network ACL {{id}} admits port 22 or 3389 from anywhere.',
      open: 'Network ACL {{id}}: entry {{entry}} allows {{what}} from {{source}}.',
      unknownEntry: 'Whether entry {{entry}} of network ACL {{id}} admits port 22 or 3389 from anywhere is not known before deployment ({{reason}}).',
    },
    remediation: 'Narrow the entry\'s CidrBlock to the addresses that administer the instances, or deny ports 22 and 3389 from 0.0.0.0/0 and ::/0; prefer Session Manager to open administration ports.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Acl:\n    Type: AWS::EC2::NetworkAcl\n    Properties:\n      VpcId: vpc-0123456789abcdef0\n  Ssh:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      NetworkAclId: !Ref Acl\n      RuleNumber: 100\n      Protocol: 6\n      RuleAction: allow\n      CidrBlock: 0.0.0.0/0\n      PortRange: { From: 22, To: 22 }\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Acl:\n    Type: AWS::EC2::NetworkAcl\n    Properties:\n      VpcId: vpc-0123456789abcdef0\n  Https:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      NetworkAclId: !Ref Acl\n      RuleNumber: 100\n      Protocol: 6\n      RuleAction: allow\n      CidrBlock: 0.0.0.0/0\n      PortRange: { From: 443, To: 443 }\n',
        },
      ],
    },
  },
  check(acl, { graph }) {
    const verdicts: Verdict<MessageId>[] = [];
    for (const entry of graph.referrers(acl.id, 'AWS::EC2::NetworkAclEntry', 'NetworkAclId')) {
      const finding = judgeEntry(entry);
      if (finding === false) continue;
      if (isUnknown(finding)) verdicts.push(insufficientData('unknownEntry', { entry: entry.id, reason: finding.reason }, []));
      else verdicts.push(nonCompliant('open', { entry: entry.id, ...finding }, []));
    }
    return verdicts.length > 0 ? verdicts : compliant('restricted', {}, []);
  },
});

/** What an entry admits from anywhere to port 22 or 3389, false when nothing, Unknown when undecidable. */
function judgeEntry(entry: Resource): { what: string; source: string } | false | Unknown {
  if (entry.unresolved) return unknown(entry.unresolved);
  const props = entry.properties;
  const egress = toBoolean(props.Egress) ?? false;
  if (egress === true) return false;
  const action = props.RuleAction;
  if (isUnknown(action)) return action;
  if (String(action).toLowerCase() !== 'allow') return false;
  const source = worldSource(props.CidrBlock, props.Ipv6CidrBlock);
  if (source === false) return false;
  const protocol = props.Protocol;
  if (isUnknown(protocol)) return protocol;
  const carries = CARRIES_PORTS[String(protocol).toLowerCase()];
  if (carries === undefined) return false;
  let what = 'all traffic';
  if (carries === 'ports') {
    const range = portRange(getPath(props, ['PortRange']));
    if (isUnknown(range)) return range;
    const hit = ADMIN_PORTS.filter((port) => port >= range[0] && port <= range[1]);
    if (hit.length === 0) return false;
    what = `port ${hit.join(' and ')} (protocol ${String(protocol)}, ports ${range[0]}-${range[1]})`;
  }
  // A source not known (or missing) matters only for an entry that reaches port 22 or 3389.
  if (isUnknown(source)) return source;
  const exists = existence(entry);
  return exists === true ? { what, source } : exists;
}

/** The entry's source when it is anywhere, false when narrower; an entry with neither CIDR, which EC2 requires, is malformed. */
function worldSource(ipv4: Value | undefined, ipv6: Value | undefined): string | false | Unknown {
  let undecided: Unknown | undefined;
  let named = false;
  for (const cidr of [ipv4, ipv6]) {
    if (isUnknown(cidr)) undecided ??= cidr;
    else if (typeof cidr === 'string' && cidr.trim() !== '') {
      if (cidr.trim().endsWith('/0')) return cidr.trim();
      named = true;
    }
  }
  if (undecided) return undecided;
  return named ? false : unknown('malformed: the entry names no CidrBlock or Ipv6CidrBlock, one of which EC2 requires');
}

/** `PortRange` of a TCP or UDP entry, which EC2 requires for those protocols: absent, the entry is malformed, not open on every port. */
function portRange(range: Value | undefined): [number, number] | Unknown {
  if (range === undefined || range === null) return unknown('malformed: a TCP or UDP entry needs a PortRange, which EC2 requires for these protocols');
  if (isUnknown(range)) return range;
  if (!isObject(range)) return unknown(`malformed: PortRange should be an object, not ${JSON.stringify(range)}`);
  const from = toNumber(range.From);
  const to = toNumber(range.To);
  if (isUnknown(from)) return from;
  if (isUnknown(to)) return to;
  if (from === undefined || to === undefined) return unknown(`malformed: PortRange needs From and To, not ${JSON.stringify(range)}`);
  return [from, to];
}
