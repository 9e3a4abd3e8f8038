/**
 * Where a deployed neighbour comes from, per CloudFormation type that a rule declares in its
 * `related` metadata: the one table the Config rule handler and the live scan read, so a new
 * relation is a row here, not fetch code in a gate. A declared type without a row gets
 * `DEFAULT_SOURCE` (`test/related-inventory.test.ts` names those).
 */
import { describeFlowLogs, describeSecurityGroups, describeVolumes, describeVpcEndpoints, type AwsClients, type Retry } from '../../gates/config-rule/aws.js';

export interface FetchContext {
  account?: string;
  region?: string;
}

/** Items (notification form) of the resources `ids` name, from a service's describe API. */
export type Fetch = (clients: AwsClients, retry: Retry, ids: readonly string[], context: FetchContext) => Promise<unknown[]>;

/** Nothing to fetch on this path, and why: the subject's own item or read carries it, or the subject's recorded state decides without it. */
export interface Inline {
  inline: string;
}

/** How the Config rule handler gets a neighbour type. */
export interface ConfigSource {
  /**
   * The Config resource type of its items (`BatchGetResourceConfig`); absent when Config does not
   * record it. Defaults to the CloudFormation type.
   */
  configType?: string;
  /**
   * The Config resource id a value of the subject's property names; undefined when it names none
   * this way (default: the value itself). Ids Config records under another name (an RDS cluster's
   * `cluster-…` resource id for its identifier) set `byName`.
   */
  idOf?: (value: string) => string | undefined;
  /** Values are resource names (after `idOf`): Config's ids for them come from ListDiscoveredResources by name. */
  byName?: boolean;
  /** What Config did not return, from the service's describe API (by the same ids). */
  describe?: Fetch;
  /** `referencedBy`: the neighbours that point at the subjects, by the subjects' resource ids. */
  lookup?: Fetch;
}

export interface NeighbourSource {
  config: ConfigSource | Inline;
  /** `list`: the live scan reads every resource of the type in the region (its reader or Cloud Control). */
  live: 'list' | Inline;
}

export function isInline(source: ConfigSource | Inline | 'list'): source is Inline {
  return typeof source === 'object' && 'inline' in source;
}

/** `arn:aws:rds:eu-west-1:123456789012:cluster:orders` → `orders`; a plain identifier as it is. */
const rdsIdentifier = (value: string) => (value.startsWith('arn:') ? value.slice(value.lastIndexOf(':') + 1) || undefined : value);

const prefixed = (prefix: string) => (value: string) => (value.startsWith(prefix) ? value : undefined);

/** A key id (Config's resource id for a key) from a key id or key ARN; aliases name no key id. */
function kmsKeyId(value: string): string | undefined {
  const arn = /^arn:[a-z-]+:kms:[^:]*:[^:]*:key\/(.+)$/.exec(value);
  if (arn) return arn[1];
  return /^[0-9a-f-]{8,}$|^mrk-[0-9a-f]+$/i.test(value) ? value : undefined;
}

const WITH_GROUP = 'a security group\'s item and read list its ingress rules';
const WITH_USER = 'a user\'s item and read list its groups and its inline and attached policies';
const RDS_RECORDED = 'a deployed DB instance or cluster records the setting itself (PubliclyAccessible, StorageEncrypted, its engine), which decides';

export const NEIGHBOUR_SOURCES: Readonly<Record<string, NeighbourSource>> = {
  'AWS::EC2::SecurityGroup': { config: { idOf: prefixed('sg-'), describe: describeSecurityGroups }, live: 'list' },
  'AWS::EC2::SecurityGroupIngress': { config: { inline: WITH_GROUP }, live: { inline: WITH_GROUP } },
  'AWS::EC2::NetworkInterface': { config: { idOf: prefixed('eni-') }, live: 'list' },
  'AWS::EC2::Volume': { config: { idOf: prefixed('vol-'), describe: describeVolumes }, live: 'list' },
  'AWS::EC2::LaunchTemplate': {
    config: { inline: 'a deployed instance records the groups, profile and image its launch template gave it' },
    live: 'list',
  },
  'AWS::EC2::FlowLog': { config: { lookup: describeFlowLogs }, live: 'list' },
  'AWS::EC2::VPCEndpoint': { config: { lookup: describeVpcEndpoints }, live: 'list' },
  'AWS::EC2::VPCCidrBlock': { config: { inline: 'a VPC\'s item lists its IPv6 CIDR blocks' }, live: { inline: 'the VPC reader reads its IPv6 CIDR blocks' } },
  'AWS::EC2::Subnet': { config: { inline: RDS_RECORDED }, live: { inline: RDS_RECORDED } },
  'AWS::EC2::VPCGatewayAttachment': { config: { inline: RDS_RECORDED }, live: { inline: RDS_RECORDED } },
  'AWS::IAM::InstanceProfile': { config: { inline: 'a deployed instance records its profile\'s ARN' }, live: { inline: 'a deployed instance records its profile\'s ARN' } },
  // Config records a user's groups as relationships (ids and names); their policies are on the group's item.
  'AWS::IAM::Group': { config: { byName: true }, live: 'list' },
  'AWS::IAM::UserToGroupAddition': { config: { inline: WITH_USER }, live: { inline: WITH_USER } },
  'AWS::IAM::Policy': { config: { inline: WITH_USER }, live: { inline: WITH_USER } },
  'AWS::IAM::UserPolicy': { config: { inline: WITH_USER }, live: { inline: WITH_USER } },
  // A policy rule's subject too: the live scan lists customer managed policies.
  'AWS::IAM::ManagedPolicy': { config: { inline: WITH_USER }, live: 'list' },
  // Which roles and users use a managed policy as its permissions boundary: Config counts them on the policy's item.
  'AWS::IAM::Role': { config: { inline: 'a managed policy\'s item records permissionsBoundaryUsageCount' }, live: 'list' },
  'AWS::IAM::User': { config: { inline: 'a managed policy\'s item records permissionsBoundaryUsageCount' }, live: 'list' },
  'AWS::KMS::Key': { config: { idOf: kmsKeyId }, live: 'list' },
  'AWS::RDS::DBCluster': { config: { byName: true, idOf: rdsIdentifier }, live: 'list' },
  'AWS::RDS::DBInstance': { config: { inline: 'a deployed DB cluster records MultiAZ and its members, and a snapshot its encryption' }, live: 'list' },
  'AWS::RDS::DBSubnetGroup': { config: { inline: RDS_RECORDED }, live: { inline: RDS_RECORDED } },
  'AWS::RDS::DBSnapshot': { config: { inline: RDS_RECORDED }, live: { inline: RDS_RECORDED } },
  'AWS::RDS::DBClusterSnapshot': { config: { inline: RDS_RECORDED }, live: { inline: RDS_RECORDED } },
  // Config's resource id of a parameter group is its name.
  'AWS::Redshift::ClusterParameterGroup': { config: {}, live: 'list' },
  'AWS::ElastiCache::SubnetGroup': {
    config: { inline: 'the subnet group\'s name decides (default or not)' },
    live: { inline: 'the subnet group\'s name decides (default or not)' },
  },
  // Config does not record Application Auto Scaling; the handler has no client for it (yet).
  'AWS::ApplicationAutoScaling::ScalableTarget': { config: {}, live: 'list' },
  'AWS::ApplicationAutoScaling::ScalingPolicy': { config: {}, live: 'list' },
  'AWS::SecretsManager::RotationSchedule': { config: { inline: 'a secret\'s item records RotationEnabled and RotationRules' }, live: 'list' },
  'AWS::S3::BucketPolicy': { config: { inline: 'a bucket\'s item carries its policy (supplementary BucketPolicy)' }, live: { inline: 'the bucket reader reads its policy' } },
  'AWS::SQS::QueuePolicy': { config: { inline: 'a queue\'s item carries its Policy attribute' }, live: { inline: 'the queue reader reads its Policy attribute' } },
  'AWS::IAM::GroupPolicy': { config: { inline: 'a group\'s item lists its inline policies' }, live: { inline: 'a group\'s read lists its inline policies' } },
};

/**
 * A type without a row of its own (a rule added later): the live scan lists it (Cloud Control), the
 * Config rule handler reads the ids its subjects name from Config, and a subject it points at is
 * unresolved, since nothing here can look it up.
 */
export const DEFAULT_SOURCE: NeighbourSource = { config: {}, live: 'list' };

/** The row of a type, or the defaults. */
export function neighbourSource(type: string): NeighbourSource {
  return Object.hasOwn(NEIGHBOUR_SOURCES, type) ? (NEIGHBOUR_SOURCES[type] as NeighbourSource) : DEFAULT_SOURCE;
}
