import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { booleanSetting } from '../../lib/settings.js';
import { clusterOf, engineOf, followRds, isClusterMemberEngine, valueText } from '../../lib/rds.js';
import { existence } from '../../lib/certainty.js';
import type { Verdict } from '../../types.js';
import type { ResourceGraph } from '../../../model/graph.js';
import type { PropertyPath, Resource } from '../../../model/resource.js';
import { isUnknown } from '../../../model/unknown.js';
import type { Value } from '../../../model/value.js';

type MessageId = 'private' | 'public' | 'defaultVpc' | 'vpcWithGateway' | 'vpcWithoutGateway' | 'unknown';

export default defineRule<Record<string, never>, MessageId>({
  meta: {
    id: 'RDS_INSTANCE_PUBLIC_ACCESS_CHECK',
    title: 'RDS DB instances are not publicly accessible',
    description:
      'Checks that an Amazon RDS DB instance is not publicly accessible (PubliclyAccessible). A publicly accessible instance has a DNS name that resolves to a public IP address. When a template does not set PubliclyAccessible, RDS decides by the VPC: an instance without a DB subnet group goes into the default VPC, whose internet gateway makes it public; one in a subnet group is public when the subnets\' VPC has an internet gateway attached. Terraform\'s default is false.',
    severity: 'critical',
    resourceTypes: ['AWS::RDS::DBInstance'],
    managedRule: 'rds-instance-public-access-check',
    frameworks: {
      FSBP: ['RDS.2'],
      'CIS-v3.0.0': ['2.3.3'],
      'CIS-v5.0.0': ['2.2.3'],
      'NIST-800-53-r5': ['AC-4', 'AC-4(21)', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(21)', 'SC-7(4)', 'SC-7(5)'],
      'PCI-DSS-v3.2.1': ['1.2.1', '1.3.1', '1.3.2', '1.3.4', '1.3.6', '7.2.1'],
    },
    related: [
      { type: 'AWS::RDS::DBSubnetGroup', relation: 'references', property: 'DBSubnetGroupName' },
      { type: 'AWS::RDS::DBCluster', relation: 'references', property: 'DBClusterIdentifier' },
      { type: 'AWS::EC2::Subnet', relation: 'references', property: 'SubnetIds' },
      { type: 'AWS::EC2::VPCGatewayAttachment', relation: 'referencedBy', property: 'VpcId' },
    ],
    messages: {
      private: 'DB instance {{id}} is not publicly accessible.',
      public: 'DB instance {{id}} is publicly accessible (PubliclyAccessible is true).',
      defaultVpc:
        'DB instance {{id}} does not set PubliclyAccessible and has no DB subnet group: RDS creates it in the default VPC, whose internet gateway makes it publicly accessible.',
      vpcWithGateway: 'DB instance {{id}} does not set PubliclyAccessible and its subnets are in VPC {{vpc}}, which internet gateway attachment {{attachment}} connects to the internet: RDS makes it publicly accessible.',
      vpcWithoutGateway: 'DB instance {{id}} does not set PubliclyAccessible; no internet gateway is attached to VPC {{vpc}} of its subnets, so RDS makes it private.',
      unknown: 'Whether DB instance {{id}} is publicly accessible is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `PubliclyAccessible: false` on the DB instance (Terraform: `publicly_accessible = false`), and reach it from inside the VPC.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t4g.micro\n      AllocatedStorage: "20"\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n      PubliclyAccessible: true\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t4g.micro\n      AllocatedStorage: "20"\n      MasterUsername: orders_admin\n      ManageMasterUserPassword: true\n      PubliclyAccessible: false\n',
        },
      ],
    },
  },
  check(instance, { graph }) {
    const accessible = booleanSetting(instance, ['PubliclyAccessible']);
    if (isUnknown(accessible)) return insufficientData('unknown', { reason: accessible.reason }, ['PubliclyAccessible']);
    if (accessible === true) return nonCompliant('public', {}, ['PubliclyAccessible']);
    if (accessible === false) return compliant('private', {}, ['PubliclyAccessible']);
    return byVpc(instance, graph);
  },
});

/** PubliclyAccessible not set: RDS makes the instance public when its VPC has an internet gateway (CreateDBInstance). */
function byVpc(instance: Resource, graph: ResourceGraph): Verdict<MessageId> {
  const group = subnetGroupOf(instance, graph);
  if ('reason' in group) return insufficientData('unknown', { reason: group.reason }, group.path);
  if (group.value === undefined) return nonCompliant('defaultVpc', {}, []);
  const link = followRds(group.holder, 'DBSubnetGroupName', ['AWS::RDS::DBSubnetGroup'], graph);
  if (link === undefined || link.kind !== 'found') {
    const reason = link?.kind === 'unknown' ? link.reason : `DB subnet group ${link?.kind === 'outside' ? link.name : valueText(group.value)} is not defined in this input`;
    return insufficientData('unknown', { reason }, group.path);
  }
  const vpc = vpcOfSubnets(link.target, graph);
  if (typeof vpc !== 'string') return insufficientData('unknown', { reason: vpc.reason }, group.path);
  const gateway = internetGateway(vpc, graph);
  if (gateway.kind === 'maybe') return insufficientData('unknown', { reason: gateway.reason }, group.path);
  if (gateway.kind === 'attached') return nonCompliant('vpcWithGateway', { vpc, attachment: gateway.attachment }, group.path);
  return compliant('vpcWithoutGateway', { vpc }, group.path);
}

/** The DB subnet group an instance is created in: its own, or its Aurora cluster's. */
function subnetGroupOf(instance: Resource, graph: ResourceGraph): { holder: Resource; value: Value | undefined; path: PropertyPath } | { reason: string; path: PropertyPath } {
  if (instance.properties.DBSubnetGroupName !== undefined) return { holder: instance, value: instance.properties.DBSubnetGroupName, path: ['DBSubnetGroupName'] };
  const cluster = clusterOf(instance, graph);
  if (cluster === undefined && isClusterMemberEngine(engineOf(instance))) {
    // RDS creates an Aurora, DocumentDB or Neptune instance in its cluster's subnet group, never on its own in the default VPC.
    return { reason: 'the subnet group comes from the DB cluster, and this cluster-engine instance names no DBClusterIdentifier', path: ['Engine'] };
  }
  if (cluster === undefined) return { holder: instance, value: undefined, path: [] };
  if (cluster.kind === 'found') return { holder: cluster.target, value: cluster.target.properties.DBSubnetGroupName, path: ['DBClusterIdentifier'] };
  const reason = cluster.kind === 'unknown' ? cluster.reason : `its DB cluster ${cluster.name} is not defined in this input`;
  return { reason: `the subnet group comes from the DB cluster: ${reason}`, path: ['DBClusterIdentifier'] };
}

/** The id of the one VPC a subnet group's subnets are in. */
function vpcOfSubnets(group: Resource, graph: ResourceGraph): string | { reason: string } {
  const subnets = group.properties.SubnetIds;
  if (isUnknown(subnets)) return { reason: `the subnets of DB subnet group ${group.id} are ${subnets.reason}` };
  if (!Array.isArray(subnets) || subnets.length === 0) return { reason: `DB subnet group ${group.id} lists no subnets` };
  const vpcs = new Set<string>();
  for (const subnetId of subnets) {
    const subnet = graph.target(subnetId);
    if (!subnet || subnet.type !== 'AWS::EC2::Subnet') return { reason: `subnet ${isUnknown(subnetId) ? subnetId.reason : valueText(subnetId)} of DB subnet group ${group.id} is not defined in this input` };
    const vpc = graph.target(subnet.properties.VpcId);
    if (!vpc || vpc.type !== 'AWS::EC2::VPC') return { reason: `the VPC of subnet ${subnet.id} is not defined in this input` };
    vpcs.add(vpc.id);
  }
  return vpcs.size === 1 ? ([...vpcs][0] as string) : { reason: `the subnets of DB subnet group ${group.id} are in several VPCs` };
}

type Gateway = { kind: 'attached'; attachment: string } | { kind: 'maybe'; reason: string } | { kind: 'none' };

/** Whether an internet gateway is attached to a VPC of this input (indexed once per graph). */
function internetGateway(vpcId: string, graph: ResourceGraph): Gateway {
  const index = graph.memo('RDS_INSTANCE_PUBLIC_ACCESS_CHECK/internet-gateways-by-vpc', (all) => {
    const byVpc = new Map<string, Resource[]>();
    const undecided: Resource[] = [];
    for (const attachment of all.ofType('AWS::EC2::VPCGatewayAttachment')) {
      const gatewayId = attachment.properties.InternetGatewayId;
      if (gatewayId === undefined || gatewayId === null || gatewayId === '') continue; // a VPN gateway
      const vpc = all.target(attachment.properties.VpcId);
      if (vpc?.type === 'AWS::EC2::VPC') {
        const list = byVpc.get(vpc.id);
        if (list) list.push(attachment);
        else byVpc.set(vpc.id, [attachment]);
      } else if (isUnknown(attachment.properties.VpcId) && !attachment.properties.VpcId.ref) undecided.push(attachment);
    }
    return { byVpc, undecided };
  });
  const attachments = index.byVpc.get(vpcId) ?? [];
  const certain = attachments.find((attachment) => existence(attachment) === true);
  if (certain) return { kind: 'attached', attachment: certain.id };
  const maybe = [...attachments, ...index.undecided][0];
  if (maybe) return { kind: 'maybe', reason: `internet gateway attachment ${maybe.id} may connect VPC ${vpcId} to the internet` };
  return { kind: 'none' };
}
