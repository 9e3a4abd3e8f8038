import { isUnknown } from '../../../model/unknown.js';
import { isObject, type Properties, type Value, type ValueObject } from '../../../model/value.js';
import { compact, jsonDocument, type MappingContext } from './context.js';

/**
 * How one `aws` provider resource type becomes a CloudFormation resource. `properties` gets
 * the Terraform attribute values and returns CloudFormation-shaped properties.
 */
export interface ResourceMapping {
  cloudFormationType: string;
  properties(context: MappingContext): Properties;
  /** Extra resources CloudFormation models separately (e.g. a queue's inline policy). */
  companions?(context: MappingContext): { suffix: string; type: string; properties: Properties }[];
}

/**
 * A split resource that CloudFormation keeps inside its owner (`aws_s3_bucket_logging` is the
 * bucket's `LoggingConfiguration`). `owner` names the attribute that refers to the owner;
 * `merge` adds to the owner's properties.
 */
export interface MergeMapping {
  ownerTypes: readonly string[];
  owner: string;
  /** Which owner attribute a literal (not referenced) owner value matches, e.g. `bucket`. */
  ownerKey: string;
  merge(owner: Properties, context: MappingContext): void;
}

const list = (value: Value | undefined): Value[] | undefined => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);

function append(owner: Properties, key: string, items: Value | Value[] | undefined): void {
  if (items === undefined) return;
  const existing = owner[key];
  const added = Array.isArray(items) ? items : [items];
  owner[key] = Array.isArray(existing) ? [...existing, ...added] : isUnknown(existing) ? existing : added;
}

/** An `aws_s3_bucket_server_side_encryption_configuration` rule, or the legacy inline block's. */
function sseRules(rules: ValueObject[]): Value[] {
  return rules.map((rule) => {
    const byDefault = firstBlock(rule.apply_server_side_encryption_by_default);
    return compact({
      ServerSideEncryptionByDefault: byDefault
        ? compact({ SSEAlgorithm: byDefault.sse_algorithm ?? undefined, KMSMasterKeyID: byDefault.kms_master_key_id || undefined })
        : undefined,
      BucketKeyEnabled: rule.bucket_key_enabled ?? undefined,
    });
  });
}

/** Terraform tags are a map; CloudFormation's are a list of `{ Key, Value }`. */
function tagList(tags: Value | undefined): Value | undefined {
  if (!isObject(tags)) return tags;
  return Object.entries(tags).map(([key, value]) => ({ Key: key, Value: value }));
}

function firstBlock(value: Value | undefined): ValueObject | undefined {
  if (Array.isArray(value)) return isObject(value[0]) ? value[0] : undefined;
  return isObject(value) ? value : undefined;
}

function blockList(value: Value | undefined): ValueObject[] {
  if (Array.isArray(value)) return value.filter(isObject);
  return isObject(value) ? [value] : [];
}

/** Security-group rule attributes → CloudFormation ingress entries, one per CIDR (as CloudFormation has one CIDR each). */
function ingressEntries(rule: { protocol: Value | undefined; from: Value | undefined; to: Value | undefined; cidrs: Value | undefined; ipv6Cidrs: Value | undefined; other?: Value | undefined }): Value[] {
  const base = compact({ IpProtocol: rule.protocol === undefined ? undefined : isUnknown(rule.protocol) ? rule.protocol : String(rule.protocol), FromPort: rule.from, ToPort: rule.to });
  const entries: Value[] = [];
  const add = (key: 'CidrIp' | 'CidrIpv6', cidrs: Value | undefined): void => {
    if (isUnknown(cidrs)) entries.push({ ...base, [key]: cidrs });
    else for (const cidr of list(cidrs) ?? []) if (cidr !== null) entries.push({ ...base, [key]: cidr });
  };
  add('CidrIp', rule.cidrs);
  add('CidrIpv6', rule.ipv6Cidrs);
  if (entries.length === 0) entries.push({ ...base, SourceSecurityGroupId: rule.other ?? 'another security group or prefix list' });
  return entries;
}

/**
 * An optional, provider-computed attribute (a role's `managed_policy_arns`, a group's `ingress`):
 * a plan shows it unknown when the configuration does not set it, which means not set. Otherwise
 * `value`, what the mapping makes of the attribute.
 */
function ifConfigured(context: MappingContext, path: string, value: Value | undefined): Value | undefined {
  return isUnknown(context.get(path)) && context.getConfigured(path) === undefined ? undefined : value;
}

function inlinePolicies(context: MappingContext): Value | undefined {
  const all = context.get('inline_policy');
  if (isUnknown(all)) return ifConfigured(context, 'inline_policy', all);
  const blocks = context.blocks('inline_policy').filter((block) => block.policy !== undefined && block.policy !== '');
  if (blocks.length === 0) return undefined;
  return blocks.map((block) => compact({ PolicyName: block.name ?? undefined, PolicyDocument: jsonDocument(block.policy) }));
}

const bucket: ResourceMapping = {
  cloudFormationType: 'AWS::S3::Bucket',
  properties(context) {
    const legacySse = context.block('server_side_encryption_configuration');
    const legacyLogging = context.block('logging');
    const legacyVersioning = context.block('versioning');
    return compact({
      BucketName: context.get('bucket'),
      BucketEncryption: legacySse ? { ServerSideEncryptionConfiguration: sseRules(blockList(legacySse.rule)) } : undefined,
      LoggingConfiguration: legacyLogging ? compact({ DestinationBucketName: legacyLogging.target_bucket ?? undefined, LogFilePrefix: legacyLogging.target_prefix ?? undefined }) : undefined,
      VersioningConfiguration: legacyVersioning && legacyVersioning.enabled !== undefined ? { Status: legacyVersioning.enabled === true ? 'Enabled' : isUnknown(legacyVersioning.enabled) ? legacyVersioning.enabled : 'Suspended' } : undefined,
      AccessControl: context.get('acl'),
      Tags: tagList(context.get('tags')),
    });
  },
  companions(context) {
    const policy = context.getConfigured('policy');
    if (policy === undefined || policy === '') return [];
    return [{ suffix: 'policy', type: 'AWS::S3::BucketPolicy', properties: { Bucket: SELF, PolicyDocument: jsonDocument(policy) as Value } }];
  },
};

/** A placeholder for "the instance being mapped", for companions that point back at it. */
const SELF: Value = { __self: true };

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

const policyDocumentOf = (context: MappingContext, attribute = 'policy'): Value | undefined => jsonDocument(context.get(attribute));

/** Maps the `aws` provider types the rule pack covers. Adding a type is adding an entry. */
export const RESOURCE_MAPPINGS: Readonly<Record<string, ResourceMapping>> = {
  aws_s3_bucket: bucket,
  aws_s3_bucket_policy: {
    cloudFormationType: 'AWS::S3::BucketPolicy',
    properties: (context) => compact({ Bucket: context.link('bucket'), PolicyDocument: policyDocumentOf(context) }),
  },
  aws_security_group: securityGroup,
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
  aws_sqs_queue: {
    cloudFormationType: 'AWS::SQS::Queue',
    properties: (context) =>
      compact({
        QueueName: context.get('name'),
        KmsMasterKeyId: context.link('kms_master_key_id'),
        SqsManagedSseEnabled: context.get('sqs_managed_sse_enabled'),
        FifoQueue: context.get('fifo_queue'),
      }),
    companions(context) {
      const policy = context.getConfigured('policy');
      if (policy === undefined || policy === '') return [];
      return [{ suffix: 'policy', type: 'AWS::SQS::QueuePolicy', properties: { Queues: [SELF], PolicyDocument: jsonDocument(policy) as Value } }];
    },
  },
  aws_sqs_queue_policy: {
    cloudFormationType: 'AWS::SQS::QueuePolicy',
    properties: (context) => compact({ Queues: [context.link('queue_url') ?? null], PolicyDocument: policyDocumentOf(context) }),
  },
  aws_iam_role: {
    cloudFormationType: 'AWS::IAM::Role',
    properties: (context) =>
      compact({
        RoleName: context.get('name'),
        AssumeRolePolicyDocument: policyDocumentOf(context, 'assume_role_policy'),
        PermissionsBoundary: context.link('permissions_boundary'),
        // managed_policy_arns and inline_policy are optional and computed (a plan knows them only after apply).
        ManagedPolicyArns: ifConfigured(context, 'managed_policy_arns', context.links('managed_policy_arns')),
        Policies: inlinePolicies(context),
      }),
  },
  aws_iam_user: {
    cloudFormationType: 'AWS::IAM::User',
    properties: (context) => compact({ UserName: context.get('name'), PermissionsBoundary: context.link('permissions_boundary') }),
  },
  aws_iam_group: {
    cloudFormationType: 'AWS::IAM::Group',
    properties: (context) => compact({ GroupName: context.get('name') }),
  },
  aws_iam_policy: {
    cloudFormationType: 'AWS::IAM::ManagedPolicy',
    properties: (context) => compact({ ManagedPolicyName: context.get('name'), PolicyDocument: policyDocumentOf(context) }),
  },
  aws_iam_instance_profile: {
    cloudFormationType: 'AWS::IAM::InstanceProfile',
    properties: (context) => {
      const role = context.link('role');
      return compact({ InstanceProfileName: context.get('name'), Path: context.get('path'), Roles: role === undefined ? undefined : [role] });
    },
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
      });
    },
  },
  aws_ebs_volume: {
    cloudFormationType: 'AWS::EC2::Volume',
    properties: (context) =>
      compact({ Encrypted: context.get('encrypted'), KmsKeyId: context.link('kms_key_id'), SnapshotId: unlessComputed(context.link('snapshot_id'), context), Size: context.get('size'), AvailabilityZone: context.get('availability_zone') }),
  },
  aws_db_instance: {
    cloudFormationType: 'AWS::RDS::DBInstance',
    properties: (context) =>
      compact({
        DBInstanceIdentifier: context.get('identifier'),
        StorageEncrypted: context.get('storage_encrypted'),
        KmsKeyId: context.link('kms_key_id'),
        Engine: context.get('engine'),
        DBClusterIdentifier: context.link('cluster_identifier'),
        PubliclyAccessible: context.get('publicly_accessible'),
        // A read replica or a restore inherits its encryption from its source.
        SourceDBInstanceIdentifier: unlessComputed(context.link('replicate_source_db'), context),
        DBSnapshotIdentifier: unlessComputed(context.link('snapshot_identifier'), context),
      }),
  },
  aws_rds_cluster_instance: {
    cloudFormationType: 'AWS::RDS::DBInstance',
    properties: (context) =>
      compact({
        DBInstanceIdentifier: context.get('identifier'),
        DBClusterIdentifier: context.link('cluster_identifier'),
        Engine: context.get('engine'),
        DBInstanceClass: context.get('instance_class'),
        PubliclyAccessible: context.get('publicly_accessible'),
      }),
  },
  aws_rds_cluster: {
    cloudFormationType: 'AWS::RDS::DBCluster',
    properties: (context) =>
      compact({ StorageEncrypted: context.get('storage_encrypted'), KmsKeyId: context.link('kms_key_id'), Engine: context.get('engine'), EngineMode: context.get('engine_mode'), DBClusterIdentifier: context.get('cluster_identifier') }),
  },
  aws_efs_file_system: {
    cloudFormationType: 'AWS::EFS::FileSystem',
    properties: (context) => compact({ Encrypted: context.get('encrypted'), KmsKeyId: context.link('kms_key_id') }),
  },
  aws_eks_cluster: {
    cloudFormationType: 'AWS::EKS::Cluster',
    properties(context) {
      const vpc = context.block('vpc_config');
      const logTypes = context.get('enabled_cluster_log_types');
      return compact({
        Name: context.get('name'),
        ResourcesVpcConfig: vpc
          ? compact({
              // The provider's default for endpoint_public_access is true, as CloudFormation's.
              EndpointPublicAccess: vpc.endpoint_public_access ?? undefined,
              EndpointPrivateAccess: vpc.endpoint_private_access ?? undefined,
              PublicAccessCidrs: vpc.public_access_cidrs ?? undefined,
              SubnetIds: context.links('vpc_config.0.subnet_ids'),
              SecurityGroupIds: context.links('vpc_config.0.security_group_ids'),
            })
          : undefined,
        Logging:
          logTypes === undefined
            ? undefined
            : { ClusterLogging: { EnabledTypes: isUnknown(logTypes) ? logTypes : (list(logTypes) ?? []).map((type) => ({ Type: type })) } },
      });
    },
  },
  aws_elasticache_replication_group: {
    cloudFormationType: 'AWS::ElastiCache::ReplicationGroup',
    properties: (context) =>
      compact({
        AtRestEncryptionEnabled: context.get('at_rest_encryption_enabled'),
        TransitEncryptionEnabled: context.get('transit_encryption_enabled'),
        KmsKeyId: context.link('kms_key_id'),
        Engine: context.get('engine'),
      }),
  },
  aws_fsx_windows_file_system: fsx('WINDOWS'),
  aws_fsx_lustre_file_system: fsx('LUSTRE'),
  aws_fsx_ontap_file_system: fsx('ONTAP'),
  aws_fsx_openzfs_file_system: fsx('OPENZFS'),
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
      const devices = context.blocks('block_device_mappings').map((device) => {
        const volume = firstBlock(device.ebs);
        return compact({ DeviceName: device.device_name ?? undefined, VirtualName: device.virtual_name || undefined, NoDevice: device.no_device || undefined, Ebs: volume ? ebs(volume) : undefined });
      });
      return {
        ...compact({ LaunchTemplateName: context.get('name') }),
        LaunchTemplateData: compact({
          ImageId: context.get('image_id'),
          SecurityGroupIds: context.links('vpc_security_group_ids'),
          BlockDeviceMappings: isUnknown(mappings) ? mappings : devices.length > 0 ? devices : undefined,
          IamInstanceProfile: context.block('iam_instance_profile') ? compact({ Arn: context.link('iam_instance_profile.0.arn'), Name: context.link('iam_instance_profile.0.name') }) : undefined,
        }),
      };
    },
  },
};

/**
 * An optional and computed attribute (`snapshot_id`): in a plan, a value known only after apply
 * that no expression refers to is the provider's own (not set); in HCL an unknown value is kept.
 */
function unlessComputed(value: Value | undefined, context: MappingContext): Value | undefined {
  return isUnknown(value) && !value.ref && context.instance.action !== undefined ? undefined : value;
}

function ebs(device: ValueObject, context?: MappingContext): Properties {
  // A launch template's `encrypted` is a string; "" when not set.
  const encrypted = device.encrypted === '' ? undefined : (device.encrypted ?? undefined);
  const snapshot = context ? unlessComputed(device.snapshot_id ?? undefined, context) : device.snapshot_id;
  return compact({ Encrypted: encrypted, KmsKeyId: device.kms_key_id || undefined, SnapshotId: snapshot || undefined, VolumeSize: device.volume_size ?? undefined, VolumeType: device.volume_type ?? undefined });
}

function fsx(fileSystemType: string): ResourceMapping {
  return { cloudFormationType: 'AWS::FSx::FileSystem', properties: (context) => compact({ FileSystemType: fileSystemType, KmsKeyId: context.link('kms_key_id') }) };
}

const principalAttachment = (ownerType: string, owner: string): MergeMapping => ({
  ownerTypes: [ownerType],
  owner,
  ownerKey: 'name',
  merge: (principal, context) => append(principal, 'ManagedPolicyArns', context.link('policy_arn')),
});

const principalInlinePolicy = (ownerType: string, owner: string): MergeMapping => ({
  ownerTypes: [ownerType],
  owner,
  ownerKey: 'name',
  merge: (principal, context) => append(principal, 'Policies', [compact({ PolicyName: context.get('name'), PolicyDocument: policyDocumentOf(context) })]),
});

/** Split resources merged into their owner, as CloudFormation models them. */
export const MERGE_MAPPINGS: Readonly<Record<string, MergeMapping>> = {
  aws_s3_bucket_server_side_encryption_configuration: {
    ownerTypes: ['aws_s3_bucket'],
    owner: 'bucket',
    ownerKey: 'bucket',
    merge(owner, context) {
      owner.BucketEncryption = { ServerSideEncryptionConfiguration: sseRules(context.blocks('rule')) };
    },
  },
  aws_s3_bucket_public_access_block: {
    ownerTypes: ['aws_s3_bucket'],
    owner: 'bucket',
    ownerKey: 'bucket',
    merge(owner, context) {
      owner.PublicAccessBlockConfiguration = compact({
        BlockPublicAcls: context.get('block_public_acls') ?? false,
        BlockPublicPolicy: context.get('block_public_policy') ?? false,
        IgnorePublicAcls: context.get('ignore_public_acls') ?? false,
        RestrictPublicBuckets: context.get('restrict_public_buckets') ?? false,
      });
    },
  },
  aws_s3_bucket_logging: {
    ownerTypes: ['aws_s3_bucket'],
    owner: 'bucket',
    ownerKey: 'bucket',
    merge(owner, context) {
      owner.LoggingConfiguration = compact({ DestinationBucketName: context.link('target_bucket'), LogFilePrefix: context.get('target_prefix') });
    },
  },
  aws_s3_bucket_versioning: {
    ownerTypes: ['aws_s3_bucket'],
    owner: 'bucket',
    ownerKey: 'bucket',
    merge(owner, context) {
      const configuration = context.block('versioning_configuration');
      owner.VersioningConfiguration = compact({ Status: configuration?.status ?? undefined });
    },
  },
  aws_security_group_rule: {
    ownerTypes: ['aws_security_group'],
    owner: 'security_group_id',
    ownerKey: 'id',
    merge(owner, context) {
      if (context.get('type') !== 'ingress') return;
      append(
        owner,
        'SecurityGroupIngress',
        ingressEntries({ protocol: context.get('protocol'), from: context.get('from_port'), to: context.get('to_port'), cidrs: context.get('cidr_blocks'), ipv6Cidrs: context.get('ipv6_cidr_blocks'), other: context.link('source_security_group_id') }),
      );
    },
  },
  aws_vpc_security_group_ingress_rule: {
    ownerTypes: ['aws_security_group'],
    owner: 'security_group_id',
    ownerKey: 'id',
    merge(owner, context) {
      append(
        owner,
        'SecurityGroupIngress',
        ingressEntries({ protocol: context.get('ip_protocol'), from: context.get('from_port'), to: context.get('to_port'), cidrs: context.get('cidr_ipv4'), ipv6Cidrs: context.get('cidr_ipv6'), other: context.link('referenced_security_group_id') }),
      );
    },
  },
  aws_iam_role_policy_attachment: principalAttachment('aws_iam_role', 'role'),
  aws_iam_user_policy_attachment: principalAttachment('aws_iam_user', 'user'),
  aws_iam_group_policy_attachment: principalAttachment('aws_iam_group', 'group'),
  aws_iam_role_policy: principalInlinePolicy('aws_iam_role', 'role'),
  aws_iam_user_policy: principalInlinePolicy('aws_iam_user', 'user'),
  aws_iam_group_policy: principalInlinePolicy('aws_iam_group', 'group'),
  aws_iam_user_group_membership: {
    ownerTypes: ['aws_iam_user'],
    owner: 'user',
    ownerKey: 'name',
    merge: (user, context) => append(user, 'Groups', context.links('groups') as Value[] | undefined),
  },
};

/** `aws_iam_policy_attachment` and `aws_iam_group_membership` name several owners at once. */
export const MULTI_OWNER_MAPPINGS: Readonly<Record<string, { owners: { attribute: string; ownerType: string }[]; merge(owner: Properties, context: MappingContext): void }>> = {
  aws_iam_policy_attachment: {
    owners: [
      { attribute: 'users', ownerType: 'aws_iam_user' },
      { attribute: 'roles', ownerType: 'aws_iam_role' },
      { attribute: 'groups', ownerType: 'aws_iam_group' },
    ],
    merge: (principal, context) => append(principal, 'ManagedPolicyArns', context.link('policy_arn')),
  },
  aws_iam_group_membership: {
    owners: [{ attribute: 'users', ownerType: 'aws_iam_user' }],
    merge: (user, context) => append(user, 'Groups', context.link('group')),
  },
};
