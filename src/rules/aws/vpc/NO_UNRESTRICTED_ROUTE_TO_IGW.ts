import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import type { ResourceGraph } from '../../../model/graph.js';
import type { Resource } from '../../../model/resource.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import type { Value } from '../../../model/value.js';
import type { Verdict } from '../../types.js';
import { existence } from '../../lib/certainty.js';

type MessageId = 'noPublicRoute' | 'publicRoute' | 'exempted' | 'unknownRoute';

export default defineRule<{ routeTableIds?: string[] }, MessageId>({
  meta: {
    id: 'NO_UNRESTRICTED_ROUTE_TO_IGW',
    title: 'Route tables have no route to an internet gateway for all addresses',
    description:
      'Checks that no route of a route table sends 0.0.0.0/0 or ::/0 to an internet gateway, unless the table is exempted. Such a route makes every subnet associated with the table a public subnet.',
    severity: 'medium',
    resourceTypes: ['AWS::EC2::RouteTable'],
    managedRule: 'no-unrestricted-route-to-igw',
    frameworks: { 'NIST-800-53-r5': ['AC-4(21)', 'CM-7'], 'PCI-DSS-v3.2.1': ['1.2', '1.2.1', '1.3', '1.3.1', '1.3.2', '2.2.2'] },
    related: [{ type: 'AWS::EC2::Route', relation: 'referencedBy', property: 'RouteTableId' }],
    recommended: false,
    whyNotRecommended:
      'Every VPC with public subnets (load balancers, NAT gateways) has such a route on purpose; which route tables may have one is your organisation\'s choice. Turn it on with the public route tables exempted: `--param NO_UNRESTRICTED_ROUTE_TO_IGW.routeTableIds=rtb-…`.',
    parameters: {
      routeTableIds: { type: 'string-list', description: 'Route table ids (rtb-…) allowed to route 0.0.0.0/0 or ::/0 to an internet gateway. A table created by the template has no id before deployment.' },
    },
    messages: {
      noPublicRoute: 'Route table {{id}} has no route to an internet gateway for all addresses.',
      publicRoute: 'Route table {{id}}: route {{route}} sends {{destination}} to internet gateway {{gateway}}.',
      exempted: 'Route table {{id}} routes all addresses to an internet gateway, and is exempted.',
      unknownRoute: 'Whether route {{route}} of route table {{id}} sends all addresses to an internet gateway is not known before deployment ({{reason}}).',
    },
    remediation: 'Route 0.0.0.0/0 and ::/0 of private subnets through a NAT gateway (or not at all); keep internet gateway routes to the route tables of public subnets, and list those in routeTableIds.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Gateway:\n    Type: AWS::EC2::InternetGateway\n  Table:\n    Type: AWS::EC2::RouteTable\n    Properties:\n      VpcId: vpc-0123456789abcdef0\n  Default:\n    Type: AWS::EC2::Route\n    Properties:\n      RouteTableId: !Ref Table\n      DestinationCidrBlock: 0.0.0.0/0\n      GatewayId: !Ref Gateway\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Table:\n    Type: AWS::EC2::RouteTable\n    Properties:\n      VpcId: vpc-0123456789abcdef0\n  Default:\n    Type: AWS::EC2::Route\n    Properties:\n      RouteTableId: !Ref Table\n      DestinationCidrBlock: 0.0.0.0/0\n      NatGatewayId: nat-0123456789abcdef0\n',
        },
      ],
    },
  },
  check(table, { params, graph }) {
    const verdicts: Verdict<MessageId>[] = [];
    for (const route of graph.referrers(table.id, 'AWS::EC2::Route', 'RouteTableId')) {
      const finding = judgeRoute(route, graph);
      if (finding === false) continue;
      if (isUnknown(finding)) verdicts.push(insufficientData('unknownRoute', { route: route.id, reason: finding.reason }, []));
      else verdicts.push(nonCompliant('publicRoute', { route: route.id, ...finding }, []));
    }
    if (verdicts.length === 0) return compliant('noPublicRoute', {}, []);
    if ((params.routeTableIds ?? []).includes(table.id) && verdicts.every((verdict) => verdict.status === 'NON_COMPLIANT')) return compliant('exempted', {}, []);
    return verdicts;
  },
});

/** What a route sends to an internet gateway for all addresses; false when nothing, Unknown when undecidable. */
function judgeRoute(route: Resource, graph: ResourceGraph): { destination: string; gateway: string } | false | Unknown {
  if (route.unresolved) return unknown(route.unresolved);
  const destination = allAddresses(route.properties.DestinationCidrBlock, route.properties.DestinationIpv6CidrBlock);
  if (destination === false) return false;
  const gateway = internetGateway(route.properties.GatewayId, graph);
  if (gateway === false) return false;
  if (isUnknown(destination)) return destination;
  if (isUnknown(gateway)) return gateway;
  const exists = existence(route);
  return exists === true ? { destination, gateway } : exists;
}

function allAddresses(ipv4: Value | undefined, ipv6: Value | undefined): string | false | Unknown {
  let undecided: Unknown | undefined;
  for (const cidr of [ipv4, ipv6]) {
    if (isUnknown(cidr)) undecided ??= cidr;
    else if (typeof cidr === 'string' && cidr.trim().endsWith('/0')) return cidr.trim();
  }
  return undecided ?? false;
}

/** The internet gateway a `GatewayId` names (a resource of the document, or an `igw-` id), false for any other target. */
function internetGateway(gatewayId: Value | undefined, graph: ResourceGraph): string | false | Unknown {
  if (gatewayId === undefined || gatewayId === null) return false;
  const target = graph.target(gatewayId);
  if (target) return target.type === 'AWS::EC2::InternetGateway' ? target.id : false;
  if (isUnknown(gatewayId)) return gatewayId;
  return typeof gatewayId === 'string' && gatewayId.startsWith('igw-') ? gatewayId : false;
}
