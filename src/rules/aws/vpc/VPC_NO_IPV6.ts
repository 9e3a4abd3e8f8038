import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import type { Verdict } from '../../types.js';
import { existence, isSet } from '../../lib/certainty.js';
import { isUnknown, type Unknown } from '../../../model/unknown.js';
import { toBoolean, type Properties } from '../../../model/value.js';

type MessageId = 'ipv4Only' | 'ipv6Block' | 'unknownBlock';

/** Properties of `AWS::EC2::VPCCidrBlock` that, when set, associate an IPv6 block. */
const IPV6_PROPERTIES = ['Ipv6CidrBlock', 'Ipv6Pool', 'Ipv6IpamPoolId'] as const;

export default defineRule<Record<string, never>, MessageId>({
  meta: {
    id: 'VPC_NO_IPV6',
    title: 'VPCs have no IPv6 CIDR block',
    description:
      'Checks that no AWS::EC2::VPCCidrBlock associates an IPv6 block (Amazon-provided, from an IPv6 pool, an IPAM pool or a given CIDR) with a VPC of the template. Where network controls, firewalls and monitoring are built for IPv4 only, IPv6 traffic can bypass them.',
    severity: 'medium',
    recommended: false,
    whyNotRecommended:
      'IPv6 is not a weakness in itself: the rule is for organisations whose network controls, firewalls and monitoring handle IPv4 only. Turn it on (`rules: { VPC_NO_IPV6: on }`) where that is the case.',
    resourceTypes: ['AWS::EC2::VPC'],
    related: [{ type: 'AWS::EC2::VPCCidrBlock', relation: 'referencedBy', property: 'VpcId' }],
    messages: {
      ipv4Only: 'No IPv6 CIDR block is associated with VPC {{id}}.',
      ipv6Block: 'VPC {{id}} gets an IPv6 CIDR block from {{block}} ({{how}}).',
      unknownBlock: 'Whether {{block}} associates an IPv6 CIDR block with VPC {{id}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Remove the AWS::EC2::VPCCidrBlock that requests IPv6 (AmazonProvidedIpv6CidrBlock, Ipv6CidrBlock, Ipv6Pool or Ipv6IpamPoolId), or keep only IPv4 CidrBlock associations.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n  Ipv6:\n    Type: AWS::EC2::VPCCidrBlock\n    Properties:\n      VpcId: !Ref Vpc\n      AmazonProvidedIpv6CidrBlock: true\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n  Secondary:\n    Type: AWS::EC2::VPCCidrBlock\n    Properties:\n      VpcId: !Ref Vpc\n      CidrBlock: 10.1.0.0/16\n',
        },
      ],
    },
  },
  check(vpc, { graph }) {
    const verdicts: Verdict<MessageId>[] = [];
    for (const block of graph.referrers(vpc.id, 'AWS::EC2::VPCCidrBlock', 'VpcId')) {
      if (graph.target(block.properties.VpcId) !== vpc) {
        // Refers to this VPC only in one branch of an undecidable condition.
        const vpcId = block.properties.VpcId;
        if (isUnknown(vpcId) && ipv6Requested(block.properties) !== false) {
          verdicts.push(insufficientData('unknownBlock', { block: block.id, reason: `VpcId is ${vpcId.reason}` }, []));
        }
        continue;
      }
      if (block.unresolved) {
        verdicts.push(insufficientData('unknownBlock', { block: block.id, reason: block.unresolved }, []));
        continue;
      }
      const requested = ipv6Requested(block.properties);
      if (requested === false) continue;
      // A block created only under an undecidable condition may never be associated.
      const exists = existence(block);
      if (typeof requested === 'string' && exists === true) verdicts.push(nonCompliant('ipv6Block', { block: block.id, how: requested }, []));
      else verdicts.push(insufficientData('unknownBlock', { block: block.id, reason: typeof requested === 'string' ? `${requested}, but ${(exists as Unknown).reason}` : requested.reason }, []));
    }
    return verdicts.length > 0 ? verdicts : compliant('ipv4Only', {}, []);
  },
});

/** How a CIDR block association asks for IPv6 (`"AmazonProvidedIpv6CidrBlock: true"`), false when it does not, `{ reason }` when undecidable. */
function ipv6Requested(properties: Properties): string | false | { reason: string } {
  let undecided: { reason: string } | undefined;
  const amazon = toBoolean(properties.AmazonProvidedIpv6CidrBlock);
  if (amazon === true) return 'AmazonProvidedIpv6CidrBlock: true';
  if (isUnknown(amazon)) undecided = { reason: `AmazonProvidedIpv6CidrBlock is ${amazon.reason}` };
  for (const name of IPV6_PROPERTIES) {
    const value = properties[name];
    // Only an undecidable Fn::If with AWS::NoValue may still leave the property out; any other
    // value, even one known only at deploy time (ImportValue, GetAtt), sets it.
    const set = isSet(value);
    if (isUnknown(set)) undecided ??= { reason: `${name} is ${set.reason}` };
    else if (set) return isUnknown(value) ? `${name} from ${value.reason}` : `${name}: ${String(value)}`;
  }
  return undecided ?? false;
}
