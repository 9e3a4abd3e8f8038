import { compact } from '../../terraform/mapping/context.js';
import { isUnknown, unknown } from '../../../model/unknown.js';
import { isObject, type Value } from '../../../model/value.js';
import { pascalKeys, objects, permissionEntries, present, text, type ItemMapping } from './shared.js';

function flowLogResourceType(id: Value | undefined): string | undefined {
  if (typeof id !== 'string') return undefined;
  if (id.startsWith('vpc-')) return 'VPC';
  if (id.startsWith('subnet-')) return 'Subnet';
  if (id.startsWith('eni-')) return 'NetworkInterface';
  if (id.startsWith('tgw-attach-')) return 'TransitGatewayAttachment';
  if (id.startsWith('tgw-')) return 'TransitGateway';
  return undefined;
}

/** An endpoint's security groups (`groups: [{ groupId, groupName }]`) as CloudFormation's `SecurityGroupIds`. */
function groupIds(groups: Value | undefined): Value | undefined {
  if (groups === undefined) return undefined;
  return Array.isArray(groups) ? groups.map((group) => (isObject(group) && typeof group.groupId === 'string' ? group.groupId : unknown(`malformed: an endpoint group is ${JSON.stringify(group)}`))) : unknown(`malformed: an endpoint's groups are ${JSON.stringify(groups)}`);
}

/** An endpoint's state: Config records the enum as `{ value }`, the describe API as text. */
function endpointState(state: Value | undefined): Value {
  if (typeof state === 'string') return state;
  if (state === undefined) return unknown('AWS Config did not record the endpoint\'s state');
  return unknown(`malformed: an endpoint state is ${JSON.stringify(state)}`);
}

/** EC2 and VPC: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::EC2::SecurityGroup': {
    cloudFormationType: 'AWS::EC2::SecurityGroup',
    properties: (context) => {
      const ingress = context.recorded('ipPermissions');
      const egress = context.optional('ipPermissionsEgress');
      return compact({
        GroupId: context.optional('groupId') ?? context.item.resourceId,
        GroupName: context.optional('groupName'),
        GroupDescription: context.optional('description'),
        VpcId: context.optional('vpcId'),
        SecurityGroupIngress: isUnknown(ingress) ? ingress : permissionEntries(ingress, false),
        SecurityGroupEgress: egress === undefined ? undefined : permissionEntries(egress, true),
      });
    },
  },
  'AWS::EC2::Instance': {
    cloudFormationType: 'AWS::EC2::Instance',
    properties: (context) => {
      const groups = context.recorded('securityGroups');
      const profile = context.optional('iamInstanceProfile.arn');
      const mappings = context.optional('blockDeviceMappings');
      return compact({
        ImageId: context.recorded('imageId'),
        InstanceType: context.optional('instanceType'),
        SubnetId: context.optional('subnetId'),
        KeyName: context.optional('keyName'),
        IamInstanceProfile: typeof profile === 'string' ? profile.slice(profile.lastIndexOf('/') + 1) : undefined,
        SecurityGroupIds: isUnknown(groups) ? groups : present(objects(groups).map((group) => group.groupId)),
        // The volume's encryption is on its own AWS::EC2::Volume item; linked in `linkItems`.
        BlockDeviceMappings: objects(mappings).map((mapping) =>
          compact({ DeviceName: mapping.deviceName ?? undefined, Ebs: isObject(mapping.ebs) ? compact({ VolumeId: mapping.ebs.volumeId ?? undefined, DeleteOnTermination: mapping.ebs.deleteOnTermination ?? undefined }) : undefined }),
        ),
        MetadataOptions: isObject(context.optional('metadataOptions')) ? pascalKeys(context.optional('metadataOptions') as Value) : undefined,
      });
    },
    // Config records `publicIpAddress` only while the instance has one (EC2_INSTANCE_NO_PUBLIC_IP), `vpcId` for an instance in a VPC.
    observed: (context) => ({ PublicIp: text(context.optional('publicIpAddress')) ?? null, VpcId: text(context.optional('vpcId')) ?? null }),
  },
  'AWS::EC2::NetworkAcl': {
    cloudFormationType: 'AWS::EC2::NetworkAcl',
    properties: (context) => compact({ VpcId: context.optional('vpcId') }),
    // Config records the entries inside the ACL; CloudFormation declares each as its own resource.
    companions(context) {
      const entries = context.recorded('entries');
      if (isUnknown(entries)) return [{ suffix: 'entries', type: 'AWS::EC2::NetworkAclEntry', properties: { NetworkAclId: context.item.resourceId, RuleAction: entries } }];
      return objects(entries).map((entry, index) => ({
        suffix: `entry-${index}`,
        type: 'AWS::EC2::NetworkAclEntry',
        properties: compact({
          NetworkAclId: context.item.resourceId,
          RuleNumber: entry.ruleNumber ?? undefined,
          Egress: entry.egress ?? undefined,
          Protocol: entry.protocol ?? undefined,
          RuleAction: entry.ruleAction ?? undefined,
          CidrBlock: entry.cidrBlock ?? undefined,
          Ipv6CidrBlock: entry.ipv6CidrBlock ?? undefined,
          PortRange: isObject(entry.portRange) ? compact({ From: entry.portRange.from ?? undefined, To: entry.portRange.to ?? undefined }) : undefined,
        }),
      }));
    },
  },
  'AWS::EC2::RouteTable': {
    cloudFormationType: 'AWS::EC2::RouteTable',
    properties: (context) => compact({ VpcId: context.optional('vpcId') }),
    // Config records the routes inside the table; CloudFormation declares each as its own resource.
    companions(context) {
      const routes = context.recorded('routes');
      if (isUnknown(routes)) return [{ suffix: 'routes', type: 'AWS::EC2::Route', properties: { RouteTableId: context.item.resourceId, DestinationCidrBlock: routes, GatewayId: routes } }];
      return objects(routes).map((route, index) => ({
        suffix: `route-${index}`,
        type: 'AWS::EC2::Route',
        properties: compact({
          RouteTableId: context.item.resourceId,
          DestinationCidrBlock: route.destinationCidrBlock ?? undefined,
          DestinationIpv6CidrBlock: route.destinationIpv6CidrBlock ?? undefined,
          GatewayId: route.gatewayId ?? undefined,
          NatGatewayId: route.natGatewayId ?? undefined,
        }),
      }));
    },
  },
  'AWS::EC2::Snapshot': {
    cloudFormationType: 'AWS::EC2::Snapshot',
    properties: (context) => compact({ VolumeId: context.optional('volumeId'), Encrypted: context.optional('encrypted'), KmsKeyId: context.optional('kmsKeyId'), Description: context.optional('description') }),
    // Who may create volumes from the snapshot (DescribeSnapshotAttribute); CloudFormation has no snapshot resource.
    observed: (context) => ({ CreateVolumePermissions: context.recorded('createVolumePermissions') }),
  },
  'AWS::EC2::Subnet': {
    cloudFormationType: 'AWS::EC2::Subnet',
    properties: (context) =>
      compact({
        VpcId: context.optional('vpcId'),
        CidrBlock: context.optional('cidrBlock'),
        AvailabilityZone: context.optional('availabilityZone'),
        MapPublicIpOnLaunch: context.recorded('mapPublicIpOnLaunch'),
        AssignIpv6AddressOnCreation: context.optional('assignIpv6AddressOnCreation'),
      }),
  },
  'AWS::EC2::Volume': {
    cloudFormationType: 'AWS::EC2::Volume',
    properties: (context) =>
      compact({
        Encrypted: context.recorded('encrypted'),
        KmsKeyId: context.optional('kmsKeyId'),
        Size: context.optional('size'),
        VolumeType: context.optional('volumeType'),
        AvailabilityZone: context.optional('availabilityZone'),
        // No SnapshotId: on a live volume the recorded `encrypted` is the fact, whatever the snapshot was.
      }),
  },
  'AWS::EC2::VPC': {
    cloudFormationType: 'AWS::EC2::VPC',
    properties: (context) => compact({ CidrBlock: context.optional('cidrBlock'), InstanceTenancy: context.optional('instanceTenancy') }),
    companions(context) {
      return objects(context.optional('ipv6CidrBlockAssociationSet'))
        .filter((association) => !isObject(association.ipv6CidrBlockState) || !/disassociat/.test(String(association.ipv6CidrBlockState.state)))
        .map((association, index) => ({
          suffix: `ipv6-${index}`,
          type: 'AWS::EC2::VPCCidrBlock',
          properties: compact({ VpcId: context.item.resourceId, Ipv6CidrBlock: association.ipv6CidrBlock ?? undefined, AmazonProvidedIpv6CidrBlock: association.ipv6Pool === 'Amazon' ? true : undefined }),
        }));
    },
  },
  'AWS::EC2::FlowLog': {
    cloudFormationType: 'AWS::EC2::FlowLog',
    properties: (context) => {
      const resourceId = context.recorded('resourceId');
      return compact({
        ResourceId: resourceId,
        ResourceType: flowLogResourceType(resourceId),
        TrafficType: context.recorded('trafficType'),
        LogDestinationType: context.optional('logDestinationType'),
        LogDestination: context.optional('logDestination'),
        LogGroupName: context.optional('logGroupName'),
        DeliverLogsPermissionArn: context.optional('deliverLogsPermissionArn'),
      });
    },
  },
  'AWS::EC2::VPCEndpoint': {
    cloudFormationType: 'AWS::EC2::VPCEndpoint',
    properties: (context) =>
      compact({
        VpcId: context.recorded('vpcId'),
        ServiceName: context.optional('serviceName'),
        VpcEndpointType: context.optional('vpcEndpointType'),
        PrivateDnsEnabled: context.optional('privateDnsEnabled'),
        SubnetIds: context.optional('subnetIds'),
        RouteTableIds: context.optional('routeTableIds'),
        SecurityGroupIds: groupIds(context.optional('groups')),
      }),
    observed: (context) => ({ State: endpointState(context.optional('state.value', 'state')) }),
  },
  'AWS::EC2::LaunchTemplate': {
    cloudFormationType: 'AWS::EC2::LaunchTemplate',
    properties: (context) => compact({ LaunchTemplateName: context.optional('LaunchTemplateName', 'launchTemplateName'), LaunchTemplateData: pascalKeys(context.recorded('LaunchTemplateData')) }),
  },
};
