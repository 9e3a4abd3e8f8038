import { compact } from '../context.js';
import { isUnknown, unknown } from '../../../../model/unknown.js';
import type { Properties, Value } from '../../../../model/value.js';
import type { MappingContext } from '../context.js';
import { append, computedBlock, egressEntries, ingressEntries, ifConfigured, SELF, unlessComputed, ebs, type ServiceMappings, type ResourceMapping } from './shared.js';

/**
 * A `metadata_options` block (instances and launch templates). The provider computes the block and
 * each of its attributes the configuration leaves out: those are EC2's defaults, not set here.
 */
function metadataOptions(context: MappingContext): Value | undefined {
  return computedBlock(context, 'metadata_options', () => {
    const option = (name: string): Value | undefined => {
      const value = context.link(`metadata_options.0.${name}`);
      return value === '' ? undefined : unlessComputed(value, context);
    };
    return compact({ HttpTokens: option('http_tokens'), HttpEndpoint: option('http_endpoint'), HttpPutResponseHopLimit: option('http_put_response_hop_limit') });
  });
}

/** A launch template's `network_interfaces` blocks; its booleans are strings, "" when not set. */
function templateInterfaces(context: MappingContext): Value | undefined {
  const interfaces = context.blocks('network_interfaces').map((entry, index) =>
    compact({
      DeviceIndex: entry.device_index ?? undefined,
      AssociatePublicIpAddress: entry.associate_public_ip_address === '' ? undefined : (entry.associate_public_ip_address ?? undefined),
      SubnetId: context.link(`network_interfaces.${index}.subnet_id`) || undefined,
    }),
  );
  return interfaces.length > 0 ? interfaces : undefined;
}

const securityGroup: ResourceMapping = {
  cloudFormationType: 'AWS::EC2::SecurityGroup',
  properties(context) {
    // A group without inline rules has `ingress` known only after apply in a plan: no inline
    // rules (separate rule resources are merged in below).
    const ingress = ifConfigured(context, 'ingress', context.get('ingress'));
    return compact({
      GroupName: context.get('name'),
      GroupDescription: context.get('description'),
      VpcId: context.link('vpc_id'),
      SecurityGroupIngress: isUnknown(ingress)
        ? ingress
        : context.blocks('ingress').flatMap((rule) =>
            ingressEntries({ protocol: rule.protocol, from: rule.from_port, to: rule.to_port, cidrs: rule.cidr_blocks, ipv6Cidrs: rule.ipv6_cidr_blocks, other: rule.security_groups }),
          ),
    });
  },
};

/** `associate_public_ip_address` of an instance as its primary interface's `AssociatePublicIpAddress`. */
function publicAddress(context: MappingContext): Value | undefined {
  const associate = ifConfigured(context, 'associate_public_ip_address', context.get('associate_public_ip_address'));
  return associate === undefined ? undefined : [{ DeviceIndex: '0', AssociatePublicIpAddress: associate }];
}

/**
 * `aws_default_security_group` adopts a VPC's default group and keeps exactly the rules it declares:
 * with no `ingress` or `egress` blocks it removes them all.
 */
const defaultSecurityGroup: ResourceMapping = {
  cloudFormationType: 'AWS::EC2::SecurityGroup',
  properties(context) {
    const entries = (direction: 'ingress' | 'egress'): Value[] | Value | undefined => {
      const all = ifConfigured(context, direction, context.get(direction));
      if (isUnknown(all)) return all;
      return context
        .blocks(direction)
        .flatMap((rule) => (direction === 'ingress' ? ingressEntries : egressEntries)({ protocol: rule.protocol, from: rule.from_port, to: rule.to_port, cidrs: rule.cidr_blocks, ipv6Cidrs: rule.ipv6_cidr_blocks, other: rule.self === true ? SELF_GROUP : rule.security_groups }));
    };
    return compact({ GroupName: 'default', VpcId: context.link('vpc_id'), SecurityGroupIngress: entries('ingress'), SecurityGroupEgress: entries('egress') });
  },
};

const SELF_GROUP = 'the group itself';

/** Terraform also accepts protocol names; CloudFormation's `Protocol` is the number. */
const PROTOCOL_NUMBERS: Readonly<Record<string, string>> = { all: '-1', tcp: '6', udp: '17', icmp: '1', icmpv6: '58' };
const protocolNumber = (protocol: string): string => PROTOCOL_NUMBERS[protocol.toLowerCase()] ?? protocol;

/** A network ACL rule (`aws_network_acl_rule`, or an inline `ingress`/`egress` block) as an `AWS::EC2::NetworkAclEntry`. */
function aclEntry(rule: { acl: Value | undefined; egress: Value | undefined; number: Value | undefined; protocol: Value | undefined; action: Value | undefined; cidr: Value | undefined; ipv6Cidr: Value | undefined; from: Value | undefined; to: Value | undefined }): Properties {
  const hasPorts = rule.from !== undefined || rule.to !== undefined;
  return compact({
    NetworkAclId: rule.acl,
    RuleNumber: rule.number,
    Egress: rule.egress,
    Protocol: rule.protocol === undefined || isUnknown(rule.protocol) ? rule.protocol : protocolNumber(String(rule.protocol)),
    RuleAction: rule.action,
    CidrBlock: rule.cidr || undefined,
    Ipv6CidrBlock: rule.ipv6Cidr || undefined,
    PortRange: hasPorts ? compact({ From: rule.from, To: rule.to }) : undefined,
  });
}

/**
 * `aws_network_acl` and `aws_default_network_acl` keep their rules in `ingress`/`egress` blocks;
 * CloudFormation declares each as an `AWS::EC2::NetworkAclEntry` of the ACL.
 */
const networkAcl: ResourceMapping = {
  cloudFormationType: 'AWS::EC2::NetworkAcl',
  properties: (context) => compact({ VpcId: context.link('vpc_id') }),
  companions(context) {
    return (['ingress', 'egress'] as const).flatMap((direction) => {
      const all = ifConfigured(context, direction, context.get(direction));
      const egress = direction === 'egress';
      if (isUnknown(all)) return [{ suffix: direction, type: 'AWS::EC2::NetworkAclEntry', properties: { NetworkAclId: SELF, Egress: egress, RuleAction: all } }];
      return context.blocks(direction).map((rule, index) => ({
        suffix: `${direction}-${index}`,
        type: 'AWS::EC2::NetworkAclEntry',
        properties: aclEntry({ acl: SELF, egress, number: rule.rule_no ?? undefined, protocol: rule.protocol ?? undefined, action: rule.action ?? undefined, cidr: rule.cidr_block ?? undefined, ipv6Cidr: rule.ipv6_cidr_block ?? undefined, from: rule.from_port ?? undefined, to: rule.to_port ?? undefined }),
      }));
    });
  },
};

/**
 * `aws_route_table` and `aws_default_route_table` keep their routes in `route` blocks; CloudFormation
 * declares each as an `AWS::EC2::Route` of the table.
 */
const routeTable: ResourceMapping = {
  cloudFormationType: 'AWS::EC2::RouteTable',
  properties: (context) => compact({ VpcId: context.link('vpc_id') }),
  companions(context) {
    const all = ifConfigured(context, 'route', context.get('route'));
    if (isUnknown(all)) return [{ suffix: 'routes', type: 'AWS::EC2::Route', properties: { RouteTableId: SELF, DestinationCidrBlock: all, GatewayId: all } }];
    return context.blocks('route').map((route, index) => ({
      suffix: `route-${index}`,
      type: 'AWS::EC2::Route',
      properties: compact({
        RouteTableId: SELF,
        DestinationCidrBlock: route.cidr_block || undefined,
        DestinationIpv6CidrBlock: route.ipv6_cidr_block || undefined,
        GatewayId: context.link(`route.${index}.gateway_id`) || undefined,
        NatGatewayId: context.link(`route.${index}.nat_gateway_id`) || undefined,
      }),
    }));
  },
};

/** EC2 and VPC: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_security_group: securityGroup,
    aws_default_security_group: defaultSecurityGroup,
    aws_flow_log: {
      cloudFormationType: 'AWS::EC2::FlowLog',
      properties(context) {
        const targets: [string, string][] = [['vpc_id', 'VPC'], ['subnet_id', 'Subnet'], ['eni_id', 'NetworkInterface'], ['transit_gateway_id', 'TransitGateway'], ['transit_gateway_attachment_id', 'TransitGatewayAttachment']];
        const [attribute, resourceType] = targets.find(([name]) => context.get(name) !== undefined || context.references(name).length > 0) ?? [undefined, undefined];
        return compact({
          ResourceId: attribute ? context.link(attribute) : undefined,
          ResourceType: resourceType,
          TrafficType: context.get('traffic_type'),
          LogDestinationType: context.get('log_destination_type'),
          LogDestination: context.link('log_destination'),
          LogGroupName: context.get('log_group_name'),
          DeliverLogsPermissionArn: context.link('iam_role_arn'),
        });
      },
    },
    aws_vpc_endpoint: {
      cloudFormationType: 'AWS::EC2::VPCEndpoint',
      properties: (context) =>
        compact({
          VpcId: context.link('vpc_id'),
          ServiceName: context.get('service_name'),
          VpcEndpointType: context.get('vpc_endpoint_type') ?? 'Gateway',
          PrivateDnsEnabled: context.get('private_dns_enabled'),
          // Provider-computed lists the configuration leaves out are not set.
          SubnetIds: ifConfigured(context, 'subnet_ids', context.links('subnet_ids')),
          RouteTableIds: ifConfigured(context, 'route_table_ids', context.links('route_table_ids')),
          SecurityGroupIds: ifConfigured(context, 'security_group_ids', context.links('security_group_ids')),
        }),
    },
    aws_instance: {
      cloudFormationType: 'AWS::EC2::Instance',
      properties(context) {
        const root = context.block('root_block_device');
        const devices = [
          ...(root ? [{ DeviceName: '(root device)', Ebs: ebs(root) }] : []),
          ...context.blocks('ebs_block_device').map((device) => ({ DeviceName: device.device_name ?? '(device)', Ebs: ebs(device, context) })),
        ];
        return compact({
          ImageId: context.get('ami'),
          InstanceType: context.get('instance_type'),
          IamInstanceProfile: context.link('iam_instance_profile'),
          // Both are optional and computed.
          SecurityGroupIds: ifConfigured(context, 'vpc_security_group_ids', context.links('vpc_security_group_ids')),
          SecurityGroups: ifConfigured(context, 'security_groups', context.links('security_groups')),
          SubnetId: context.link('subnet_id'),
          BlockDeviceMappings: devices.length > 0 ? devices : undefined,
          LaunchTemplate: context.block('launch_template') ? compact({ LaunchTemplateId: context.link('launch_template.0.id'), LaunchTemplateName: context.link('launch_template.0.name') }) : undefined,
          MetadataOptions: metadataOptions(context),
          // CloudFormation sets a public address on the primary network interface; optional and computed.
          NetworkInterfaces: publicAddress(context),
        });
      },
    },
    aws_subnet: {
      cloudFormationType: 'AWS::EC2::Subnet',
      properties: (context) =>
        compact({
          VpcId: context.link('vpc_id'),
          CidrBlock: context.get('cidr_block'),
          AvailabilityZone: context.get('availability_zone'),
          MapPublicIpOnLaunch: context.get('map_public_ip_on_launch'),
          AssignIpv6AddressOnCreation: context.get('assign_ipv6_address_on_creation'),
        }),
    },
    aws_default_subnet: {
      cloudFormationType: 'AWS::EC2::Subnet',
      // Terraform adopts the default subnet of a zone; left out, its setting stays as AWS made it: on.
      properties: (context) => compact({ AvailabilityZone: context.get('availability_zone'), MapPublicIpOnLaunch: context.get('map_public_ip_on_launch') ?? true, AssignIpv6AddressOnCreation: context.get('assign_ipv6_address_on_creation') }),
    },
    aws_eip: {
      cloudFormationType: 'AWS::EC2::EIP',
      properties: (context) => compact({ InstanceId: context.link('instance'), Domain: context.get('domain') }),
    },
    aws_eip_association: {
      cloudFormationType: 'AWS::EC2::EIPAssociation',
      properties: (context) => compact({ InstanceId: context.link('instance_id'), AllocationId: context.link('allocation_id'), NetworkInterfaceId: context.link('network_interface_id') }),
    },
    aws_network_acl: networkAcl,
    aws_default_network_acl: networkAcl,
    aws_network_acl_rule: {
      cloudFormationType: 'AWS::EC2::NetworkAclEntry',
      properties: (context) =>
        aclEntry({
          acl: context.link('network_acl_id'),
          egress: context.get('egress') ?? false,
          number: context.get('rule_number'),
          protocol: context.get('protocol'),
          action: context.get('rule_action'),
          cidr: context.get('cidr_block'),
          ipv6Cidr: context.get('ipv6_cidr_block'),
          from: context.get('from_port'),
          to: context.get('to_port'),
        }),
    },
    aws_internet_gateway: {
      cloudFormationType: 'AWS::EC2::InternetGateway',
      properties: () => ({}),
    },
    aws_route_table: routeTable,
    aws_default_route_table: routeTable,
    aws_route: {
      cloudFormationType: 'AWS::EC2::Route',
      properties: (context) =>
        compact({
          RouteTableId: context.link('route_table_id'),
          DestinationCidrBlock: context.get('destination_cidr_block') || undefined,
          DestinationIpv6CidrBlock: context.get('destination_ipv6_cidr_block') || undefined,
          GatewayId: context.link('gateway_id') || undefined,
          NatGatewayId: context.link('nat_gateway_id') || undefined,
        }),
    },
    aws_ebs_snapshot: {
      cloudFormationType: 'AWS::EC2::Snapshot',
      properties: (context) => compact({ VolumeId: context.link('volume_id'), Description: context.get('description') }),
    },
    aws_ebs_volume: {
      cloudFormationType: 'AWS::EC2::Volume',
      properties: (context) =>
        compact({ Encrypted: context.get('encrypted'), KmsKeyId: context.link('kms_key_id'), SnapshotId: unlessComputed(context.link('snapshot_id'), context), Size: context.get('size'), AvailabilityZone: context.get('availability_zone') }),
    },
    aws_vpc: {
      cloudFormationType: 'AWS::EC2::VPC',
      properties: (context) => compact({ CidrBlock: context.get('cidr_block'), EnableDnsSupport: context.get('enable_dns_support'), EnableDnsHostnames: context.get('enable_dns_hostnames') }),
      companions(context) {
        // CloudFormation declares a VPC's IPv6 block as a separate AWS::EC2::VPCCidrBlock.
        const generated = context.get('assign_generated_ipv6_cidr_block');
        const pool = context.get('ipv6_ipam_pool_id');
        const block = context.get('ipv6_cidr_block');
        if (generated !== true && !isUnknown(generated) && (pool === undefined || pool === '') && (block === undefined || block === '' || isUnknown(block))) return [];
        return [
          {
            suffix: 'ipv6',
            type: 'AWS::EC2::VPCCidrBlock',
            properties: compact({ VpcId: SELF, AmazonProvidedIpv6CidrBlock: generated, Ipv6IpamPoolId: pool || undefined, Ipv6CidrBlock: typeof block === 'string' && block !== '' && generated !== true ? block : undefined }),
          },
        ];
      },
    },
    aws_vpc_ipv6_cidr_block_association: {
      cloudFormationType: 'AWS::EC2::VPCCidrBlock',
      properties(context) {
        // assign_generated_ipv6_cidr_block, ipv6_cidr_block and ipv6_pool are optional and computed.
        const generated = context.getConfigured('assign_generated_ipv6_cidr_block');
        const block = context.getConfigured('ipv6_cidr_block');
        const pool = context.getConfigured('ipv6_pool');
        const ipamPool = context.get('ipv6_ipam_pool_id');
        return compact({
          VpcId: context.link('vpc_id'),
          AmazonProvidedIpv6CidrBlock: generated ?? (ipamPool === undefined && block === undefined && pool === undefined ? true : undefined),
          Ipv6IpamPoolId: ipamPool,
          Ipv6CidrBlock: block,
          Ipv6Pool: pool,
        });
      },
    },
    aws_launch_template: {
      cloudFormationType: 'AWS::EC2::LaunchTemplate',
      properties(context) {
        const mappings = context.get('block_device_mappings');
        const devices = context.blocks('block_device_mappings').map((device, index) => {
          const volume = context.block(`block_device_mappings.${index}.ebs`);
          return compact({ DeviceName: device.device_name ?? undefined, VirtualName: device.virtual_name || undefined, NoDevice: device.no_device || undefined, Ebs: volume ? ebs(volume) : undefined });
        });
        return {
          ...compact({ LaunchTemplateName: context.get('name') }),
          LaunchTemplateData: compact({
            ImageId: context.get('image_id'),
            SecurityGroupIds: context.links('vpc_security_group_ids'),
            BlockDeviceMappings: isUnknown(mappings) ? mappings : devices.length > 0 ? devices : undefined,
            IamInstanceProfile: context.block('iam_instance_profile') ? compact({ Arn: context.link('iam_instance_profile.0.arn'), Name: context.link('iam_instance_profile.0.name') }) : undefined,
            MetadataOptions: metadataOptions(context),
            NetworkInterfaces: templateInterfaces(context),
          }),
        };
      },
    },
  },
  merges: {
    aws_security_group_rule: {
      ownerTypes: ['aws_security_group', 'aws_default_security_group'],
      owner: 'security_group_id',
      ownerKey: 'id',
      merge(owner, context) {
        const type = context.get('type');
        const rule = { protocol: context.get('protocol'), from: context.get('from_port'), to: context.get('to_port'), cidrs: context.get('cidr_blocks'), ipv6Cidrs: context.get('ipv6_cidr_blocks'), other: context.link('source_security_group_id') };
        if (type === 'ingress') append(owner, 'SecurityGroupIngress', ingressEntries(rule));
        else if (type === 'egress') append(owner, 'SecurityGroupEgress', egressEntries(rule));
        else {
          // A type not known before deployment may add either rule, so neither list is known whole.
          const reason = isUnknown(type)
            ? `whether ${context.instance.address} is an ingress or an egress rule is not known (${type.reason})`
            : `malformed: the type of ${context.instance.address} should be "ingress" or "egress", not ${JSON.stringify(type ?? null)}`;
          append(owner, 'SecurityGroupIngress', unknown(reason));
          append(owner, 'SecurityGroupEgress', unknown(reason));
        }
      },
    },
    aws_vpc_security_group_egress_rule: {
      ownerTypes: ['aws_security_group', 'aws_default_security_group'],
      owner: 'security_group_id',
      ownerKey: 'id',
      merge(owner, context) {
        append(
          owner,
          'SecurityGroupEgress',
          egressEntries({ protocol: context.get('ip_protocol'), from: context.get('from_port'), to: context.get('to_port'), cidrs: context.get('cidr_ipv4'), ipv6Cidrs: context.get('cidr_ipv6'), other: context.link('referenced_security_group_id'), singleCidr: true }),
        );
      },
    },
    aws_vpc_security_group_ingress_rule: {
      ownerTypes: ['aws_security_group', 'aws_default_security_group'],
      owner: 'security_group_id',
      ownerKey: 'id',
      merge(owner, context) {
        append(
          owner,
          'SecurityGroupIngress',
          ingressEntries({ protocol: context.get('ip_protocol'), from: context.get('from_port'), to: context.get('to_port'), cidrs: context.get('cidr_ipv4'), ipv6Cidrs: context.get('cidr_ipv6'), other: context.link('referenced_security_group_id'), singleCidr: true }),
        );
      },
    },
  },
};
