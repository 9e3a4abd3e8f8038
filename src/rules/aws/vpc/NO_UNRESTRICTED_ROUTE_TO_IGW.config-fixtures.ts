import { buildConfigurationItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const LOCAL = { destinationCidrBlock: '10.0.0.0/16', gatewayId: 'local', origin: 'CreateRouteTable', state: 'active' };

function tableItem(routeTableId: string, routes: Record<string, unknown>[] | undefined): Record<string, unknown> {
  return buildConfigurationItem('AWS::EC2::RouteTable', { routeTableId, vpcId: 'vpc-79b3ea1e', associations: [], propagatingVgws: [], tags: [], ...(routes ? { routes: [LOCAL, ...routes] } : {}) }, { resourceId: routeTableId });
}

const ITEMS = [
  tableItem('rtb-public', [{ destinationCidrBlock: '0.0.0.0/0', gatewayId: 'igw-0123456789abcdef0', origin: 'CreateRoute', state: 'active' }]),
  tableItem('rtb-private', [{ destinationCidrBlock: '0.0.0.0/0', natGatewayId: 'nat-0123456789abcdef0', origin: 'CreateRoute', state: 'active' }]),
  tableItem('rtb-partial', undefined),
];

export default [
  {
    name: 'config: route tables with a default route to an internet gateway, to a NAT gateway, and routes not recorded',
    items: ITEMS,
    expect: {
      'rtb-public': { status: 'NON_COMPLIANT', messageId: 'publicRoute', messageIncludes: 'igw-0123456789abcdef0' },
      'rtb-private': { status: 'COMPLIANT', messageId: 'noPublicRoute' },
      'rtb-partial': { status: 'INSUFFICIENT_DATA', messageId: 'unknownRoute', messageIncludes: 'did not record' },
    },
  },
  {
    name: 'config: an exempted public route table',
    params: { routeTableIds: 'rtb-public' },
    items: ITEMS,
    expect: { 'rtb-public': { status: 'COMPLIANT', messageId: 'exempted' }, 'rtb-private': 'COMPLIANT', 'rtb-partial': 'INSUFFICIENT_DATA' },
  },
] satisfies RuleCase[];
