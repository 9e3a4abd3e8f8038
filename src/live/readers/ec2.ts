import {
  DescribeFlowLogsCommand,
  DescribeSecurityGroupsCommand,
  DescribeVpcEndpointsCommand,
  DescribeVpcsCommand,
  type Filter,
  type FlowLog,
  type IpPermission,
  type SecurityGroup,
  type Vpc,
  type VpcEndpoint,
} from '@aws-sdk/client-ec2';
import type { Value } from '../../model/value.js';
import { isNotFound } from '../errors.js';
import { allPages, partitionOf, properties, type LiveResource, type ReadContext, type TypeReader } from '../types.js';

const PAGE_SIZE = 1000;

function ec2Arn(context: ReadContext, kind: string, id: string, owner?: string): string {
  return `arn:${partitionOf(context.region)}:ec2:${context.region}:${owner ?? context.accountId}:${kind}/${id}`;
}

// Each describe call maps its pages to resources as they arrive: the SDK's objects of a page are
// garbage before the next page is read, so a large account never holds its raw pages and the
// resources made of them together.

/** An EC2 describe call that lists nothing, rather than failing, when the named ids do not exist. */
async function unlessMissing<T>(read: () => Promise<T[]>): Promise<T[]> {
  try {
    return await read();
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}

// --- VPCs (DescribeVpcs) and their IPv6 blocks as AWS::EC2::VPCCidrBlock ---

async function describeVpcs(context: ReadContext, vpcIds?: string[]): Promise<LiveResource[]> {
  const { ec2 } = context.clients;
  return allPages(async (token) => {
    const page = await context.limit(() =>
      ec2.send(new DescribeVpcsCommand({ ...(vpcIds ? { VpcIds: vpcIds } : { MaxResults: PAGE_SIZE }), NextToken: token })),
    );
    return { items: (page.Vpcs ?? []).flatMap((vpc) => vpcResources(context, vpc)), next: page.NextToken };
  });
}

function vpcResources(context: ReadContext, vpc: Vpc): LiveResource[] {
  if (!vpc.VpcId) return [];
  const ipv6 = (vpc.Ipv6CidrBlockAssociationSet ?? []).filter((block) => ['associating', 'associated'].includes(block.Ipv6CidrBlockState?.State ?? 'associated'));
  const resources: LiveResource[] = [
    {
      type: 'AWS::EC2::VPC',
      id: vpc.VpcId,
      arn: ec2Arn(context, 'vpc', vpc.VpcId, vpc.OwnerId),
      properties: properties({
        VpcId: vpc.VpcId,
        CidrBlock: vpc.CidrBlock,
        InstanceTenancy: vpc.InstanceTenancy,
        Ipv6CidrBlocks: ipv6.map((block) => block.Ipv6CidrBlock).filter(Boolean),
        CidrBlockAssociations: (vpc.CidrBlockAssociationSet ?? []).map((block) => block.AssociationId).filter(Boolean),
        Tags: vpc.Tags,
      }),
    },
  ];
  for (const block of ipv6) {
    if (!block.AssociationId) continue;
    resources.push({
      type: 'AWS::EC2::VPCCidrBlock',
      id: block.AssociationId,
      properties: properties({
        VpcId: vpc.VpcId,
        Ipv6CidrBlock: block.Ipv6CidrBlock,
        AmazonProvidedIpv6CidrBlock: block.Ipv6Pool === 'Amazon' ? true : undefined,
        Ipv6Pool: block.Ipv6Pool === 'Amazon' ? undefined : block.Ipv6Pool,
      }),
    });
  }
  return resources;
}

// --- Flow logs (DescribeFlowLogs) ---

const FLOW_LOG_TARGETS: readonly [string, string][] = [
  ['vpc-', 'VPC'],
  ['subnet-', 'Subnet'],
  ['eni-', 'NetworkInterface'],
  ['tgw-attach-', 'TransitGatewayAttachment'],
  ['tgw-', 'TransitGateway'],
];

async function describeFlowLogs(context: ReadContext, filter: { flowLogIds?: string[]; resourceIds?: string[] } = {}): Promise<LiveResource[]> {
  const { ec2 } = context.clients;
  const filters: Filter[] = filter.resourceIds ? [{ Name: 'resource-id', Values: filter.resourceIds }] : [];
  return allPages(async (token) => {
    const page = await context.limit(() =>
      ec2.send(
        new DescribeFlowLogsCommand({
          ...(filter.flowLogIds ? { FlowLogIds: filter.flowLogIds } : {}),
          ...(filters.length > 0 ? { Filter: filters } : {}),
          MaxResults: PAGE_SIZE,
          NextToken: token,
        }),
      ),
    );
    return { items: (page.FlowLogs ?? []).flatMap((flowLog) => flowLogResource(context, flowLog)), next: page.NextToken };
  });
}

function flowLogResource(context: ReadContext, flowLog: FlowLog): LiveResource[] {
  if (!flowLog.FlowLogId) return [];
  const resourceId = flowLog.ResourceId ?? '';
  const resourceType = FLOW_LOG_TARGETS.find(([prefix]) => resourceId.startsWith(prefix))?.[1];
  return [
    {
      type: 'AWS::EC2::FlowLog',
      id: flowLog.FlowLogId,
      arn: ec2Arn(context, 'vpc-flow-log', flowLog.FlowLogId),
      properties: properties({
        Id: flowLog.FlowLogId,
        ResourceId: flowLog.ResourceId,
        ResourceType: resourceType,
        TrafficType: flowLog.TrafficType,
        LogDestinationType: flowLog.LogDestinationType,
        LogDestination: flowLog.LogDestination,
        LogGroupName: flowLog.LogGroupName,
        DeliverLogsPermissionArn: flowLog.DeliverLogsPermissionArn,
        LogFormat: flowLog.LogFormat,
        MaxAggregationInterval: flowLog.MaxAggregationInterval,
        DestinationOptions: flowLog.DestinationOptions,
        Tags: flowLog.Tags,
      }),
    },
  ];
}

// --- VPC endpoints (DescribeVpcEndpoints) ---

async function describeVpcEndpoints(context: ReadContext, filter: { endpointIds?: string[]; vpcIds?: string[] } = {}): Promise<LiveResource[]> {
  const { ec2 } = context.clients;
  return allPages(async (token) => {
    const page = await context.limit(() =>
      ec2.send(
        new DescribeVpcEndpointsCommand({
          ...(filter.endpointIds ? { VpcEndpointIds: filter.endpointIds } : {}),
          ...(filter.vpcIds ? { Filters: [{ Name: 'vpc-id', Values: filter.vpcIds }] } : {}),
          MaxResults: PAGE_SIZE,
          NextToken: token,
        }),
      ),
    );
    return { items: (page.VpcEndpoints ?? []).flatMap((endpoint) => vpcEndpointResource(context, endpoint)), next: page.NextToken };
  });
}

/** An endpoint in CloudFormation's shape; its state (which CloudFormation does not model) is observed. */
function vpcEndpointResource(context: ReadContext, endpoint: VpcEndpoint): LiveResource[] {
  if (!endpoint.VpcEndpointId) return [];
  return [
    {
      type: 'AWS::EC2::VPCEndpoint',
      id: endpoint.VpcEndpointId,
      arn: ec2Arn(context, 'vpc-endpoint', endpoint.VpcEndpointId, endpoint.OwnerId),
      properties: properties({
        VpcId: endpoint.VpcId,
        ServiceName: endpoint.ServiceName,
        VpcEndpointType: endpoint.VpcEndpointType,
        PrivateDnsEnabled: endpoint.PrivateDnsEnabled,
        SubnetIds: endpoint.SubnetIds,
        RouteTableIds: endpoint.RouteTableIds,
        SecurityGroupIds: endpoint.Groups?.map((group) => group.GroupId),
      }),
      observed: properties({ State: endpoint.State }),
    },
  ];
}

// --- Security groups (DescribeSecurityGroups); permissions become CloudFormation rule entries ---

async function describeSecurityGroups(context: ReadContext, groupIds?: string[]): Promise<LiveResource[]> {
  const { ec2 } = context.clients;
  return allPages(async (token) => {
    const page = await context.limit(() =>
      ec2.send(new DescribeSecurityGroupsCommand({ ...(groupIds ? { GroupIds: groupIds } : { MaxResults: PAGE_SIZE }), NextToken: token })),
    );
    return { items: (page.SecurityGroups ?? []).flatMap((group) => securityGroupResource(context, group)), next: page.NextToken };
  });
}

/**
 * One EC2 permission lists several sources; CloudFormation's `SecurityGroupIngress`/`Egress` has one
 * entry per source (CidrIp, CidrIpv6, a prefix list or a security group).
 */
function ruleEntries(permissions: IpPermission[] | undefined, direction: 'Source' | 'Destination'): Value[] {
  const entries: Value[] = [];
  for (const permission of permissions ?? []) {
    const base = { IpProtocol: permission.IpProtocol, FromPort: permission.FromPort, ToPort: permission.ToPort };
    for (const range of permission.IpRanges ?? []) entries.push(properties({ ...base, CidrIp: range.CidrIp, Description: range.Description }));
    for (const range of permission.Ipv6Ranges ?? []) entries.push(properties({ ...base, CidrIpv6: range.CidrIpv6, Description: range.Description }));
    for (const list of permission.PrefixListIds ?? []) entries.push(properties({ ...base, [`${direction}PrefixListId`]: list.PrefixListId, Description: list.Description }));
    for (const pair of permission.UserIdGroupPairs ?? []) {
      const owner = direction === 'Source' ? { SourceSecurityGroupOwnerId: pair.UserId } : {};
      entries.push(properties({ ...base, [`${direction}SecurityGroupId`]: pair.GroupId, ...owner, Description: pair.Description }));
    }
  }
  return entries;
}

function securityGroupResource(context: ReadContext, group: SecurityGroup): LiveResource[] {
  if (!group.GroupId) return [];
  return [
    {
      type: 'AWS::EC2::SecurityGroup',
      id: group.GroupId,
      arn: ec2Arn(context, 'security-group', group.GroupId, group.OwnerId),
      properties: properties({
        GroupId: group.GroupId,
        Id: group.GroupId,
        GroupName: group.GroupName,
        GroupDescription: group.Description,
        VpcId: group.VpcId,
        SecurityGroupIngress: ruleEntries(group.IpPermissions, 'Source'),
        SecurityGroupEgress: ruleEntries(group.IpPermissionsEgress, 'Destination'),
        Tags: group.Tags,
      }),
    },
  ];
}

export const vpcReader: TypeReader = {
  type: 'AWS::EC2::VPC',
  list: (context) => describeVpcs(context),
  async get(context, identifier) {
    const vpcs = await unlessMissing(() => describeVpcs(context, [identifier]));
    if (vpcs.length === 0) return [];
    // VPC_FLOW_LOGS_ENABLED needs the flow logs that target the VPC, SERVICE_VPC_ENDPOINT_ENABLED its endpoints.
    return [...vpcs, ...(await describeFlowLogs(context, { resourceIds: [identifier] })), ...(await describeVpcEndpoints(context, { vpcIds: [identifier] }))];
  },
};

export const flowLogReader: TypeReader = {
  type: 'AWS::EC2::FlowLog',
  list: (context) => describeFlowLogs(context),
  get: (context, identifier) => unlessMissing(() => describeFlowLogs(context, { flowLogIds: [identifier] })),
};

export const vpcEndpointReader: TypeReader = {
  type: 'AWS::EC2::VPCEndpoint',
  list: (context) => describeVpcEndpoints(context),
  get: (context, identifier) => unlessMissing(() => describeVpcEndpoints(context, { endpointIds: [identifier] })),
};

export const securityGroupReader: TypeReader = {
  type: 'AWS::EC2::SecurityGroup',
  list: (context) => describeSecurityGroups(context),
  get: (context, identifier) => unlessMissing(() => describeSecurityGroups(context, [identifier])),
};
