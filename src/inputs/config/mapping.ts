import { isUnknown, unknown } from '../../model/unknown.js';
import { isObject, type Properties, type Value, type ValueObject } from '../../model/value.js';
import { compact } from '../terraform/mapping/context.js';
import { ConfigItemError, policyDocument, type ConfigurationItem } from './item.js';

/**
 * What a mapping sees of one configuration item. `recorded` reads a `configuration` key and
 * gives an `Unknown` when Config did not record it (design: a property Config did not record is
 * Unknown, never a guess); `optional` reads a key whose absence means "not set".
 */
export class ItemContext {
  readonly configuration: ValueObject;
  constructor(readonly item: ConfigurationItem) {
    this.configuration = item.configuration ?? {};
  }

  /** A `configuration` value by dotted path; an Unknown when any part is missing. */
  recorded(path: string): Value {
    const value = this.optional(path);
    return value === undefined ? unknown(`AWS Config did not record configuration.${path} of ${this.item.resourceId}`) : value;
  }

  /** A `configuration` value by dotted path (first of several spellings); undefined when absent or null. */
  optional(...paths: string[]): Value | undefined {
    for (const path of paths) {
      const value = dig(this.configuration, path);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  /**
   * A `supplementaryConfiguration` blob. When Config recorded no supplementary configuration at
   * all for a type that has some, every blob is unknown; when it recorded others, a missing one
   * is not configured.
   */
  supplementary(key: string): Value | undefined {
    const all = this.item.supplementaryConfiguration;
    if (Object.keys(all).length === 0) return unknown(`AWS Config did not record supplementaryConfiguration.${key} of ${this.item.resourceId}`);
    const value = all[key];
    return value === null ? undefined : value;
  }

  get name(): string {
    return this.item.resourceName ?? this.item.resourceId;
  }
}

function dig(root: ValueObject, path: string): Value | undefined {
  let current: Value | undefined = root;
  for (const segment of path.split('.')) {
    if (!isObject(current)) return undefined;
    current = current[segment];
  }
  return current === null ? undefined : current;
}

export interface CompanionResource {
  suffix: string;
  type: string;
  properties: Properties;
}

/** How one Config resource type becomes a CloudFormation resource. */
export interface ItemMapping {
  cloudFormationType: string;
  properties(context: ItemContext): Properties;
  /** Resources CloudFormation models separately (a bucket's policy, a queue's policy, a VPC's IPv6 block). */
  companions?(context: ItemContext): CompanionResource[];
  /** Facts the CloudFormation model has no property for (see `Resource.observed`). */
  observed?(context: ItemContext): Properties;
}

/** `someKey` → `SomeKey`, deeply: Config's camelCase describe output next to CloudFormation's PascalCase. */
export function pascalKeys(value: Value): Value {
  if (Array.isArray(value)) return value.map(pascalKeys);
  if (!isObject(value)) return value;
  const result: ValueObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (child === null) continue;
    result[key.charAt(0).toUpperCase() + key.slice(1)] = pascalKeys(child);
  }
  return result;
}

const objects = (value: Value | undefined): ValueObject[] => (Array.isArray(value) ? value.filter(isObject) : []);
const text = (value: Value | undefined): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Keeps an Unknown, maps a known value. */
function known<T extends Value>(value: Value, map: (value: Value) => T | undefined): T | Value | undefined {
  return isUnknown(value) ? value : map(value);
}

/** EC2 ip permissions (describe shape) → CloudFormation ingress/egress entries, one CIDR or peer each. */
function permissionEntries(permissions: Value | undefined, egress: boolean): Value[] {
  const entries: Value[] = [];
  for (const permission of objects(permissions)) {
    const protocol = String(permission.ipProtocol ?? '-1');
    const base = compact({
      IpProtocol: protocol,
      FromPort: protocol === '-1' ? undefined : (permission.fromPort ?? undefined),
      ToPort: protocol === '-1' ? undefined : (permission.toPort ?? undefined),
    });
    const cidrs = new Set<string>();
    for (const range of objects(permission.ipv4Ranges)) if (typeof range.cidrIp === 'string') cidrs.add(range.cidrIp);
    // Older items carry only the legacy list of CIDR strings (protocols.md §C.2.2).
    for (const range of Array.isArray(permission.ipRanges) ? permission.ipRanges : []) {
      if (typeof range === 'string') cidrs.add(range);
      else if (isObject(range) && typeof range.cidrIp === 'string') cidrs.add(range.cidrIp);
    }
    for (const cidr of cidrs) entries.push({ ...base, CidrIp: cidr });
    for (const range of objects(permission.ipv6Ranges)) if (typeof range.cidrIpv6 === 'string') entries.push({ ...base, CidrIpv6: range.cidrIpv6 });
    for (const pair of objects(permission.userIdGroupPairs)) {
      entries.push({ ...base, [egress ? 'DestinationSecurityGroupId' : 'SourceSecurityGroupId']: String(pair.groupId ?? pair.groupName ?? '') });
    }
    for (const list of objects(permission.prefixListIds)) {
      entries.push({ ...base, [egress ? 'DestinationPrefixListId' : 'SourcePrefixListId']: String(list.prefixListId ?? '') });
    }
  }
  return entries;
}

/** Inline policies (`userPolicyList`, `rolePolicyList`, `groupPolicyList`) → CloudFormation `Policies`. */
function inlinePolicies(context: ItemContext, key: string): Value {
  const list = context.recorded(key);
  if (isUnknown(list)) return list;
  return objects(list).map((entry) => compact({ PolicyName: entry.policyName ?? undefined, PolicyDocument: policyDocument(entry.policyDocument) }));
}

function managedPolicyArns(context: ItemContext): Value {
  const list = context.recorded('attachedManagedPolicies');
  if (isUnknown(list)) return list;
  return objects(list).map((entry) => entry.policyArn).filter((arn): arn is string => typeof arn === 'string');
}

/** Names of the principals of one type that a managed policy is attached to, from its relationships. */
function attachedNames(item: ConfigurationItem, type: string): string[] | undefined {
  const names = item.relationships.filter((relationship) => relationship.resourceType === type && relationship.resourceName).map((relationship) => relationship.resourceName as string);
  return names.length > 0 ? names : undefined;
}

function flowLogResourceType(id: Value | undefined): string | undefined {
  if (typeof id !== 'string') return undefined;
  if (id.startsWith('vpc-')) return 'VPC';
  if (id.startsWith('subnet-')) return 'Subnet';
  if (id.startsWith('eni-')) return 'NetworkInterface';
  if (id.startsWith('tgw-attach-')) return 'TransitGatewayAttachment';
  if (id.startsWith('tgw-')) return 'TransitGateway';
  return undefined;
}

/** S3 supplementary blobs (protocols.md §C.2.1) → the bucket's CloudFormation properties. */
function bucketProperties(context: ItemContext): Properties {
  const encryption = context.supplementary('ServerSideEncryptionConfiguration');
  const publicAccess = context.supplementary('PublicAccessBlockConfiguration');
  const logging = context.supplementary('BucketLoggingConfiguration');
  const versioning = context.supplementary('BucketVersioningConfiguration');
  return compact({
    BucketName: text(context.optional('name')) ?? context.name,
    BucketEncryption: known(encryption as Value, (value) =>
      isObject(value)
        ? {
            ServerSideEncryptionConfiguration: objects(value.rules).map((rule) => {
              const byDefault = isObject(rule.applyServerSideEncryptionByDefault) ? rule.applyServerSideEncryptionByDefault : undefined;
              return compact({
                ServerSideEncryptionByDefault: byDefault ? compact({ SSEAlgorithm: byDefault.sseAlgorithm ?? undefined, KMSMasterKeyID: byDefault.kmsMasterKeyID ?? undefined }) : undefined,
                BucketKeyEnabled: rule.bucketKeyEnabled ?? undefined,
              });
            }),
          }
        : undefined,
    ),
    PublicAccessBlockConfiguration: publicAccess === undefined ? undefined : isUnknown(publicAccess) ? publicAccess : pascalKeys(publicAccess),
    LoggingConfiguration: known(logging as Value, (value) =>
      isObject(value) && typeof value.destinationBucketName === 'string'
        ? compact({ DestinationBucketName: value.destinationBucketName, LogFilePrefix: value.logFilePrefix ?? undefined })
        : undefined,
    ),
    VersioningConfiguration: known(versioning as Value, (value) => (isObject(value) && typeof value.status === 'string' ? { Status: value.status } : undefined)),
  });
}

/** Per Config resource type: the CloudFormation type and how the item's shape becomes its properties. */
export const ITEM_MAPPINGS: Record<string, ItemMapping> = {
  'AWS::S3::Bucket': {
    cloudFormationType: 'AWS::S3::Bucket',
    properties: bucketProperties,
    companions(context) {
      const policy = context.supplementary('BucketPolicy');
      if (isUnknown(policy)) return [{ suffix: 'policy', type: 'AWS::S3::BucketPolicy', properties: { Bucket: context.name, PolicyDocument: policy } }];
      const document = isObject(policy) ? policy.policyText : undefined;
      if (typeof document !== 'string' && !isObject(document)) return [];
      return [{ suffix: 'policy', type: 'AWS::S3::BucketPolicy', properties: { Bucket: text(context.optional('name')) ?? context.name, PolicyDocument: policyDocument(document) as Value } }];
    },
  },
  'AWS::EC2::SecurityGroup': {
    cloudFormationType: 'AWS::EC2::SecurityGroup',
    properties: (context) => {
      const ingress = context.recorded('ipPermissions');
      const egress = context.optional('ipPermissionsEgress');
      return compact({
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
        SecurityGroupIds: isUnknown(groups) ? groups : objects(groups).map((group) => group.groupId).filter((id): id is string => typeof id === 'string'),
        // The volume's encryption is on its own AWS::EC2::Volume item; linked in `linkItems`.
        BlockDeviceMappings: objects(mappings).map((mapping) =>
          compact({ DeviceName: mapping.deviceName ?? undefined, Ebs: isObject(mapping.ebs) ? compact({ VolumeId: mapping.ebs.volumeId ?? undefined, DeleteOnTermination: mapping.ebs.deleteOnTermination ?? undefined }) : undefined }),
        ),
        MetadataOptions: isObject(context.optional('metadataOptions')) ? pascalKeys(context.optional('metadataOptions') as Value) : undefined,
      });
    },
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
  'AWS::EC2::LaunchTemplate': {
    cloudFormationType: 'AWS::EC2::LaunchTemplate',
    properties: (context) => compact({ LaunchTemplateName: context.optional('LaunchTemplateName', 'launchTemplateName'), LaunchTemplateData: pascalKeys(context.recorded('LaunchTemplateData')) }),
  },
  'AWS::EFS::FileSystem': {
    cloudFormationType: 'AWS::EFS::FileSystem',
    properties: (context) => compact({ Encrypted: context.optional('Encrypted', 'encrypted') ?? context.recorded('Encrypted'), KmsKeyId: context.optional('KmsKeyId', 'kmsKeyId'), PerformanceMode: context.optional('PerformanceMode') }),
  },
  'AWS::EKS::Cluster': {
    cloudFormationType: 'AWS::EKS::Cluster',
    properties: (context) => {
      const vpc = context.recorded('ResourcesVpcConfig');
      return compact({
        Name: context.optional('Name') ?? context.name,
        RoleArn: context.optional('RoleArn'),
        Version: context.optional('Version'),
        ResourcesVpcConfig: isUnknown(vpc) ? vpc : { ...(pascalKeys(vpc) as ValueObject), EndpointPublicAccess: context.recorded('ResourcesVpcConfig.EndpointPublicAccess') },
        Logging: context.optional('Logging') === undefined ? undefined : pascalKeys(context.optional('Logging') as Value),
      });
    },
  },
  'AWS::RDS::DBInstance': {
    cloudFormationType: 'AWS::RDS::DBInstance',
    properties: (context) =>
      compact({
        DBInstanceIdentifier: context.optional('dBInstanceIdentifier', 'dbInstanceIdentifier'),
        DBClusterIdentifier: context.optional('dBClusterIdentifier', 'dbClusterIdentifier'),
        Engine: context.optional('engine'),
        StorageEncrypted: context.optional('storageEncrypted') ?? context.recorded('storageEncrypted'),
        KmsKeyId: context.optional('kmsKeyId'),
      }),
  },
  'AWS::RDS::DBCluster': {
    cloudFormationType: 'AWS::RDS::DBCluster',
    properties: (context) =>
      compact({
        DBClusterIdentifier: context.optional('dbclusterIdentifier', 'dBClusterIdentifier', 'dbClusterIdentifier'),
        Engine: context.optional('engine'),
        EngineMode: context.optional('engineMode'),
        StorageEncrypted: context.optional('storageEncrypted') ?? context.recorded('storageEncrypted'),
        KmsKeyId: context.optional('kmsKeyId'),
      }),
  },
  'AWS::IAM::User': {
    cloudFormationType: 'AWS::IAM::User',
    properties: (context) =>
      compact({
        UserName: context.optional('userName') ?? context.name,
        Path: context.optional('path'),
        Policies: inlinePolicies(context, 'userPolicyList'),
        ManagedPolicyArns: managedPolicyArns(context),
        Groups: context.optional('groupList'),
        PermissionsBoundary: context.optional('permissionsBoundary.permissionsBoundaryArn'),
      }),
  },
  'AWS::IAM::Role': {
    cloudFormationType: 'AWS::IAM::Role',
    properties: (context) =>
      compact({
        RoleName: context.optional('roleName') ?? context.name,
        Path: context.optional('path'),
        AssumeRolePolicyDocument: policyDocument(context.optional('assumeRolePolicyDocument')),
        Policies: inlinePolicies(context, 'rolePolicyList'),
        ManagedPolicyArns: managedPolicyArns(context),
        PermissionsBoundary: context.optional('permissionsBoundary.permissionsBoundaryArn'),
      }),
  },
  'AWS::IAM::Group': {
    cloudFormationType: 'AWS::IAM::Group',
    properties: (context) =>
      compact({ GroupName: context.optional('groupName') ?? context.name, Path: context.optional('path'), Policies: inlinePolicies(context, 'groupPolicyList'), ManagedPolicyArns: managedPolicyArns(context) }),
  },
  // Config's AWS::IAM::Policy is a customer managed policy: CloudFormation's AWS::IAM::ManagedPolicy.
  'AWS::IAM::Policy': {
    cloudFormationType: 'AWS::IAM::ManagedPolicy',
    properties: (context) => {
      const versions = context.recorded('policyVersionList');
      const current = isUnknown(versions) ? versions : objects(versions).find((version) => version.isDefaultVersion === true);
      return compact({
        ManagedPolicyName: context.optional('policyName') ?? context.name,
        Path: context.optional('path'),
        Description: context.optional('description'),
        PolicyDocument: isUnknown(current) ? current : current ? policyDocument(current.document) : unknown(`AWS Config recorded no default version of policy ${context.name}`),
        Users: attachedNames(context.item, 'AWS::IAM::User'),
        Roles: attachedNames(context.item, 'AWS::IAM::Role'),
        Groups: attachedNames(context.item, 'AWS::IAM::Group'),
      });
    },
  },
  'AWS::SQS::Queue': {
    cloudFormationType: 'AWS::SQS::Queue',
    properties: (context) =>
      compact({
        QueueName: context.optional('QueueName') ?? context.name,
        KmsMasterKeyId: context.optional('KmsMasterKeyId'),
        SqsManagedSseEnabled: context.optional('SqsManagedSseEnabled'),
        FifoQueue: context.optional('FifoQueue'),
      }),
    companions(context) {
      const policy = context.optional('Policy');
      if (policy === undefined) return [];
      const name = text(context.optional('QueueName')) ?? context.name;
      const url = text(context.optional('QueueUrl')) ?? `https://sqs.${context.item.awsRegion ?? 'unknown'}.amazonaws.com/${context.item.awsAccountId ?? 'unknown'}/${name}`;
      return [{ suffix: 'policy', type: 'AWS::SQS::QueuePolicy', properties: { Queues: [url], PolicyDocument: policyDocument(policy) as Value } }];
    },
  },
  'AWS::FSx::FileSystem': {
    cloudFormationType: 'AWS::FSx::FileSystem',
    properties: (context) => compact({ FileSystemType: context.optional('FileSystemType', 'fileSystemType') ?? context.recorded('FileSystemType') }),
  },
  // ElastiCache (Config items, or the describe output the periodic rule wraps as items): camelCase describe shape.
  'AWS::ElastiCache::ReplicationGroup': {
    cloudFormationType: 'AWS::ElastiCache::ReplicationGroup',
    properties: (context) =>
      compact({
        ReplicationGroupId: context.optional('replicationGroupId') ?? context.name,
        ReplicationGroupDescription: context.optional('description'),
        AtRestEncryptionEnabled: context.recorded('atRestEncryptionEnabled'),
        TransitEncryptionEnabled: context.optional('transitEncryptionEnabled'),
        KmsKeyId: context.optional('kmsKeyId'),
        CacheNodeType: context.optional('cacheNodeType'),
      }),
  },
  'AWS::ElastiCache::CacheCluster': {
    cloudFormationType: 'AWS::ElastiCache::CacheCluster',
    properties: (context) =>
      compact({
        ClusterName: context.optional('cacheClusterId') ?? context.name,
        Engine: context.recorded('engine'),
        CacheNodeType: context.optional('cacheNodeType'),
        NumCacheNodes: context.optional('numCacheNodes'),
        TransitEncryptionEnabled: context.optional('transitEncryptionEnabled'),
      }),
    // CloudFormation's CacheCluster has no at-rest encryption property; the live cluster reports it.
    observed: (context) =>
      compact({ AtRestEncryptionEnabled: context.recorded('atRestEncryptionEnabled'), ReplicationGroupId: context.optional('replicationGroupId') }),
  },
};

/** A type without a mapping keeps its Config type and its configuration with PascalCase keys. */
export function mappingForItem(type: string): ItemMapping {
  // Own keys only: a resourceType such as "toString" must not find Object.prototype's.
  const mapping = Object.hasOwn(ITEM_MAPPINGS, type) ? ITEM_MAPPINGS[type] : undefined;
  return mapping ?? { cloudFormationType: type, properties: (context) => pascalKeys(context.configuration) as Properties };
}

export { ConfigItemError };
