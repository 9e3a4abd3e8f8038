import type { Edge, PropertyPath, Resource, ResourceSource } from './resource.js';
import { isUnknown, unknown, Unknown, type UnknownReference } from './unknown.js';
import type { Properties, Value } from './value.js';

/**
 * An attachment whose owner the input does not declare (a security group rule on an existing
 * group, an inline policy on an existing role, a queue policy on an existing queue) is judged on
 * a partial owner: a resource of the owner's type whose properties are what the attachments set,
 * every other property an Unknown that may be absent. Every rule of the owner's type judges it as
 * it judges a declared one; a verdict that depends on what the input does not say is
 * INSUFFICIENT_DATA. It is reported on the first attachment that names the owner: its id (with the
 * property naming the owner when the attachment is itself a resource), file and line.
 */

const SECURITY_GROUP = 'AWS::EC2::SecurityGroup';
const ROLE = 'AWS::IAM::Role';
const USER = 'AWS::IAM::User';
const GROUP = 'AWS::IAM::Group';
const QUEUE = 'AWS::SQS::Queue';
const BUCKET = 'AWS::S3::Bucket';
const CLASSIC_LOAD_BALANCER = 'AWS::ElasticLoadBalancing::LoadBalancer';
const AUTO_SCALING_GROUP = 'AWS::AutoScaling::AutoScalingGroup';
const API_STAGE = 'AWS::ApiGateway::Stage';
const API_DEPLOYMENT = 'AWS::ApiGateway::Deployment';
const ECR_REPOSITORY = 'AWS::ECR::Repository';
const WEB_ACL = 'AWS::WAFv2::WebACL';

/**
 * The top-level properties of each type an attachment can name as its owner, as the
 * CloudFormation resource specification lists them (a test compares them with it). A partial
 * owner has every one of them.
 */
export const OWNER_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  [SECURITY_GROUP]: ['GroupDescription', 'GroupName', 'SecurityGroupEgress', 'SecurityGroupIngress', 'Tags', 'VpcId'],
  [ROLE]: ['AssumeRolePolicyDocument', 'Description', 'ManagedPolicyArns', 'MaxSessionDuration', 'Path', 'PermissionsBoundary', 'Policies', 'RoleName', 'Tags'],
  [USER]: ['Groups', 'LoginProfile', 'ManagedPolicyArns', 'Path', 'PermissionsBoundary', 'Policies', 'Tags', 'UserName'],
  [GROUP]: ['GroupName', 'ManagedPolicyArns', 'Path', 'Policies'],
  [QUEUE]: [
    'ContentBasedDeduplication', 'DeduplicationScope', 'DelaySeconds', 'FifoQueue', 'FifoThroughputLimit', 'KmsDataKeyReusePeriodSeconds', 'KmsMasterKeyId',
    'MaximumMessageSize', 'MessageRetentionPeriod', 'QueueName', 'ReceiveMessageWaitTimeSeconds', 'RedriveAllowPolicy', 'RedrivePolicy', 'SqsManagedSseEnabled', 'Tags', 'VisibilityTimeout',
  ],
  [BUCKET]: [
    'AbacStatus', 'AccelerateConfiguration', 'AccessControl', 'AnalyticsConfigurations', 'BucketEncryption', 'BucketName', 'BucketNamePrefix', 'BucketNamespace',
    'CorsConfiguration', 'IntelligentTieringConfigurations', 'InventoryConfigurations', 'LifecycleConfiguration', 'LoggingConfiguration', 'MetadataConfiguration',
    'MetadataTableConfiguration', 'MetricsConfigurations', 'NotificationConfiguration', 'ObjectLockConfiguration', 'ObjectLockEnabled', 'OwnershipControls',
    'PublicAccessBlockConfiguration', 'ReplicationConfiguration', 'Tags', 'VersioningConfiguration', 'WebsiteConfiguration',
  ],
  [CLASSIC_LOAD_BALANCER]: [
    'AccessLoggingPolicy', 'AppCookieStickinessPolicy', 'AvailabilityZones', 'ConnectionDrainingPolicy', 'ConnectionSettings', 'CrossZone', 'HealthCheck', 'Instances',
    'LBCookieStickinessPolicy', 'Listeners', 'LoadBalancerName', 'Policies', 'Scheme', 'SecurityGroups', 'Subnets', 'Tags',
  ],
  [AUTO_SCALING_GROUP]: [
    'AutoScalingGroupName', 'AvailabilityZoneDistribution', 'AvailabilityZoneIds', 'AvailabilityZoneImpairmentPolicy', 'AvailabilityZones', 'CapacityRebalance',
    'CapacityReservationSpecification', 'Context', 'Cooldown', 'DefaultInstanceWarmup', 'DeletionProtection', 'DesiredCapacity', 'DesiredCapacityType', 'HealthCheckGracePeriod',
    'HealthCheckType', 'InstanceId', 'InstanceLifecyclePolicy', 'InstanceMaintenancePolicy', 'LaunchConfigurationName', 'LaunchTemplate', 'LifecycleHookSpecificationList',
    'LoadBalancerNames', 'MaxInstanceLifetime', 'MaxSize', 'MetricsCollection', 'MinSize', 'MixedInstancesPolicy', 'NewInstancesProtectedFromScaleIn', 'NotificationConfiguration',
    'NotificationConfigurations', 'PlacementGroup', 'ServiceLinkedRoleARN', 'SkipZonalShiftValidation', 'Tags', 'TargetGroupARNs', 'TerminationPolicies', 'TrafficSources',
    'VPCZoneIdentifier',
  ],
  // A deployment that names a stage makes it (Terraform's method settings may name that stage through the deployment).
  [API_DEPLOYMENT]: ['DeploymentCanarySettings', 'Description', 'RestApiId', 'StageDescription', 'StageName'],
  [API_STAGE]: [
    'AccessLogSetting', 'CacheClusterEnabled', 'CacheClusterSize', 'CanarySetting', 'ClientCertificateId', 'DeploymentId', 'Description', 'DocumentationVersion', 'MethodSettings',
    'RestApiId', 'StageName', 'Tags', 'TracingEnabled', 'Variables',
  ],
  [ECR_REPOSITORY]: [
    'EmptyOnDelete', 'EncryptionConfiguration', 'ImageScanningConfiguration', 'ImageTagMutability', 'ImageTagMutabilityExclusionFilters', 'LifecyclePolicy', 'RepositoryName',
    'RepositoryPolicyText', 'Tags',
  ],
  // A GuardDuty feature (aws_guardduty_detector_feature) on a detector the configuration does not declare.
  'AWS::GuardDuty::Detector': ['DataSources', 'Enable', 'Features', 'FindingPublishingFrequency', 'Tags'],
  [WEB_ACL]: [
    'ApplicationConfig', 'AssociationConfig', 'CaptchaConfig', 'ChallengeConfig', 'CustomResponseBodies', 'DataProtectionConfig', 'DefaultAction', 'Description', 'MonetizationConfig',
    'Name', 'OnSourceDDoSProtectionConfig', 'Rules', 'Scope', 'Tags', 'TokenDomains', 'VisibilityConfig',
  ],
};

/** The property holding an owner's name: what a literal owner reference (other than an id, URL or ARN) matches. */
const NAME_PROPERTY: Readonly<Record<string, string>> = {
  [SECURITY_GROUP]: 'GroupName',
  [ROLE]: 'RoleName',
  [USER]: 'UserName',
  [GROUP]: 'GroupName',
  [QUEUE]: 'QueueName',
  [BUCKET]: 'BucketName',
  [CLASSIC_LOAD_BALANCER]: 'LoadBalancerName',
  [AUTO_SCALING_GROUP]: 'AutoScalingGroupName',
  [ECR_REPOSITORY]: 'RepositoryName',
  [WEB_ACL]: 'Name',
};

/** The property holding an owner type's name (`BucketName`), when it has one. */
export function nameProperty(ownerType: string): string | undefined {
  return NAME_PROPERTY[ownerType];
}

/** How an attachment names its owner. */
export interface OwnerSlot {
  ownerType: string;
  /** The attachment's property naming the owner (a list of owners when `list`). */
  property: string;
  list?: boolean;
  /** What a literal value says about the owner: `name` is its name, `id` an id (`sg-0abc`), `url` a queue URL. */
  literal: 'name' | 'id' | 'url';
}

const principalLists: readonly OwnerSlot[] = [
  { ownerType: USER, property: 'Users', list: true, literal: 'name' },
  { ownerType: ROLE, property: 'Roles', list: true, literal: 'name' },
  { ownerType: GROUP, property: 'Groups', list: true, literal: 'name' },
];

/** CloudFormation types that attach something to an owner declared as another resource. */
export const ATTACHMENT_SLOTS: Readonly<Record<string, readonly OwnerSlot[]>> = {
  'AWS::EC2::SecurityGroupIngress': [
    { ownerType: SECURITY_GROUP, property: 'GroupId', literal: 'id' },
    { ownerType: SECURITY_GROUP, property: 'GroupName', literal: 'name' },
  ],
  'AWS::EC2::SecurityGroupEgress': [{ ownerType: SECURITY_GROUP, property: 'GroupId', literal: 'id' }],
  'AWS::IAM::Policy': principalLists,
  'AWS::IAM::ManagedPolicy': principalLists,
  'AWS::IAM::UserPolicy': [{ ownerType: USER, property: 'UserName', literal: 'name' }],
  'AWS::IAM::RolePolicy': [{ ownerType: ROLE, property: 'RoleName', literal: 'name' }],
  'AWS::IAM::GroupPolicy': [{ ownerType: GROUP, property: 'GroupName', literal: 'name' }],
  'AWS::IAM::UserToGroupAddition': [{ ownerType: USER, property: 'Users', list: true, literal: 'name' }],
  'AWS::SQS::QueuePolicy': [{ ownerType: QUEUE, property: 'Queues', list: true, literal: 'url' }],
  'AWS::SQS::QueueInlinePolicy': [{ ownerType: QUEUE, property: 'Queue', literal: 'url' }],
  'AWS::S3::BucketPolicy': [{ ownerType: BUCKET, property: 'Bucket', literal: 'name' }],
};

/** What a partial owner takes from the attachment that first names it. */
export interface AttachmentOrigin {
  /** The attachment's id (logical id, Terraform address). */
  id: string;
  source: ResourceSource;
  metadata?: Properties | undefined;
  /** The attachment's change: the owner exists already, so any change to it is an update of the owner. */
  action?: Resource['action'];
}

/** The owner properties a literal reference tells: a name, or the queue name of a queue URL. */
export function literalProperties(ownerType: string, literal: string, kind: OwnerSlot['literal']): Properties {
  const property = NAME_PROPERTY[ownerType];
  if (property === undefined || kind === 'id') return {};
  if (kind === 'url') {
    // https://sqs.<region>.amazonaws.com/<account>/<name>: the name is the last path segment.
    const name = literal.slice(literal.lastIndexOf('/') + 1);
    return /^[\w-]{1,80}(\.fifo)?$/.test(name) ? { [property]: name } : {};
  }
  return { [property]: literal };
}

/**
 * The partial owners of one document: one per owner a literal names (several attachments on
 * `sg-0abc` share it, as they share the group), one per attachment whose owner reference is not
 * known. Declared owners are looked up by name and known id once, so a document stays linear.
 */
export class PartialOwners {
  private readonly byLiteral = new Map<string, Resource>();
  private declaredByName: Map<string, Resource> | undefined;
  /** Literal ids and names of the partial owners, for `ResourceGraph` aliases. */
  readonly aliases = new Map<string, string>();

  /**
   * @param resources every resource of the document by id; partial owners are added to it.
   * @param knownIds physical ids and ARNs the input already knows (a plan's existing resources).
   */
  constructor(
    private readonly resources: Map<string, Resource>,
    private readonly knownIds: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** The declared resource of `ownerType` a literal names: by a known id or ARN, or by its name property. */
  declared(ownerType: string, literal: string, kind: OwnerSlot['literal']): Resource | undefined {
    const byId = this.knownIds.get(literal);
    const known = byId === undefined ? undefined : this.resources.get(byId);
    if (known?.type === ownerType && !known.partial) return known;
    const name = literalProperties(ownerType, literal, kind)[NAME_PROPERTY[ownerType] ?? ''];
    if (typeof name !== 'string') return undefined;
    this.declaredByName ??= this.indexNames();
    return this.declaredByName.get(`${ownerType}|${name}`);
  }

  private indexNames(): Map<string, Resource> {
    const index = new Map<string, Resource>();
    for (const resource of this.resources.values()) {
      const property = NAME_PROPERTY[resource.type];
      const name = property === undefined ? undefined : resource.properties[property];
      if (typeof name === 'string' && !resource.partial && !index.has(`${resource.type}|${name}`)) index.set(`${resource.type}|${name}`, resource);
    }
    return index;
  }

  /** The partial owner a literal names, created with `id` and the origin's location when first named. */
  ofLiteral(ownerType: string, literal: string, kind: OwnerSlot['literal'], origin: AttachmentOrigin, id: string): Resource {
    const key = `${ownerType}|${literal}`;
    const existing = this.byLiteral.get(key);
    if (existing) {
      existing.partial?.attachedBy.push(origin.id);
      return existing;
    }
    const owner = this.create(ownerType, id, `${ownerNoun(ownerType)} ${literal} is not declared in this input`, origin, literalProperties(ownerType, literal, kind));
    this.byLiteral.set(key, owner);
    if (!this.knownIds.has(literal)) this.aliases.set(literal, owner.id);
    return owner;
  }

  /**
   * The partial owner a reference to an existing owner names (a Terraform data source reading it,
   * `data.aws_sqs_queue.orders`): shared by every attachment naming it, and what references to it
   * (`data.aws_sqs_queue.orders.arn` in a policy) point at.
   */
  ofReader(ownerType: string, reader: string, origin: AttachmentOrigin, id: string): Resource {
    const key = `${ownerType}|@${reader}`;
    const existing = this.byLiteral.get(key);
    if (existing) {
      existing.partial?.attachedBy.push(origin.id);
      return existing;
    }
    const owner = this.create(ownerType, id, `the ${ownerNoun(ownerType)} ${reader} reads is not declared in this input`, origin, {});
    this.byLiteral.set(key, owner);
    this.aliases.set(reader, owner.id);
    return owner;
  }

  /** A partial owner for an owner reference that is not known (a parameter, an import, a variable): the attachment's own. */
  ofUnknown(ownerType: string, reference: Unknown, origin: AttachmentOrigin, id: string): Resource {
    // It may be a declared owner the input does not let us trace (a plan without its configuration): not known, not "undeclared".
    return this.create(ownerType, id, `the ${ownerNoun(ownerType)} ${origin.id} names is not known (${reference.reason})`, origin, {});
  }

  private create(type: string, id: string, owner: string, origin: AttachmentOrigin, known: Properties): Resource {
    const reason = `${owner}: only what ${origin.id} sets is known`;
    const resource: Resource = {
      id: this.freeId(id),
      type,
      properties: { ...unknownProperties(type, reason), ...known },
      source: { ...origin.source },
      partial: { reason, attachedBy: [origin.id] },
    };
    if (resource.source.address !== undefined) resource.source.address = resource.id;
    if (origin.metadata) resource.metadata = origin.metadata;
    if (origin.action !== undefined && origin.action !== 'delete' && origin.action !== 'read') {
      // The owner exists already: attaching to it changes it, and what it was before is not known.
      resource.action = origin.action === 'no-op' ? 'no-op' : 'update';
      resource.previous = unknownProperties(type, reason);
    }
    this.resources.set(resource.id, resource);
    return resource;
  }

  private freeId(id: string): string {
    if (!this.resources.has(id)) return id;
    let suffix = 2;
    while (this.resources.has(`${id}#${suffix}`)) suffix++;
    return `${id}#${suffix}`;
  }
}

/** Every top-level property of `type`, each an Unknown that may be absent. */
export function unknownProperties(type: string, reason: string): Properties {
  const properties: Properties = {};
  // One Unknown serves every property: it is immutable, and a large plan has many partial owners.
  const value = unknown(reason, undefined, true);
  for (const name of OWNER_PROPERTIES[type] ?? []) properties[name] = value;
  return properties;
}

/** `security group`, `role`, `queue`: the owner type in words, for reasons. */
function ownerNoun(type: string): string {
  const name = type.slice(type.lastIndexOf('::') + 2);
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * Gives the CloudFormation attachments of a document (`ATTACHMENT_SLOTS`) whose owner it does not
 * declare a partial owner. An owner named by an unresolved value gets the attachment's own partial
 * owner, and the value becomes a reference to it (still Unknown, with the same reason), so every
 * relation a rule follows from the owner finds the attachment. `edges`, when given, receives the
 * attachment's edge to its owner (adapters whose edges come from the values leave it out).
 * `lookups` find owners the values alone do not: attachments naming a data source that reads an
 * existing owner share its partial owner; an unresolved value written as the declared owner's
 * unresolved name names that owner.
 */
export interface OwnerLookups {
  /**
   * What a reference to something outside the graph names: `owner`, an existing owner of the type
   * (a Terraform data source reading one, `aws_default_security_group`); `other`, a resource of
   * another type (an S3 directory bucket is no `AWS::S3::Bucket`), which no partial owner stands
   * for; undefined when it is not known.
   */
  referenceTo?(reference: UnknownReference, ownerType: string): 'owner' | 'other' | undefined;
  /**
   * The declared owner an unresolved value names by the same expression as the owner's own name
   * (`Bucket: !Sub '${AppName}-logs'` beside `BucketName: !Sub '${AppName}-logs'`).
   */
  namedAlike?(attachment: Resource, path: PropertyPath, ownerType: string): Resource | undefined;
}

export function addPartialOwners(resources: Map<string, Resource>, partials: PartialOwners, edges?: Edge[], lookups: OwnerLookups = {}): void {
  const edgesFrom = new Map<string, Edge[]>();
  for (const edge of edges ?? []) {
    const list = edgesFrom.get(edge.from);
    if (list) list.push(edge);
    else edgesFrom.set(edge.from, [edge]);
  }
  const referredAt = (from: string, path: PropertyPath, ownerType: string): boolean =>
    (edgesFrom.get(from) ?? []).some((edge) => startsWith(edge.path, path) && resources.get(edge.to)?.type === ownerType);
  for (const attachment of [...resources.values()]) {
    const slots = ATTACHMENT_SLOTS[attachment.type];
    if (!slots || attachment.partial || attachment.unresolved || attachment.action === 'delete') continue;
    const origin: AttachmentOrigin = { id: attachment.id, source: attachment.source, metadata: attachment.metadata, action: attachment.action };
    for (const slot of slots) {
      const value = attachment.properties[slot.property];
      const entries: [Value, PropertyPath, (replacement: Value) => void][] = [];
      if (slot.list) {
        if (!Array.isArray(value)) continue;
        value.forEach((item, index) => entries.push([item, [slot.property, index], (replacement) => (value[index] = replacement)]));
      } else if (value !== undefined && value !== null) {
        entries.push([value, [slot.property], (replacement) => (attachment.properties[slot.property] = replacement)]);
      }
      for (const [item, path, replace] of entries) {
        const id = `${attachment.id}#${pathLabel(path)}`;
        if (typeof item === 'string') {
          if (item === '') continue;
          const declared = partials.declared(slot.ownerType, item, slot.literal);
          const owner = declared ?? partials.ofLiteral(slot.ownerType, item, slot.literal, origin, id);
          // A literal name links the attachment to its owner as a `Ref` would.
          if (edges && !referredAt(attachment.id, path, slot.ownerType)) edges.push({ from: attachment.id, to: owner.id, kind: 'Reference', path });
          continue;
        }
        if (!isUnknown(item)) continue;
        const target = item.ref ? resources.get(item.ref.resource) : undefined;
        if (target?.type === slot.ownerType) continue;
        // A choice that may name a declared owner (an undecidable `Fn::If`) is judged on that owner.
        if (!item.ref && referredAt(attachment.id, path, slot.ownerType)) continue;
        const named = item.ref ? lookups.referenceTo?.(item.ref, slot.ownerType) : undefined;
        if (named === 'other') continue;
        const alike = item.ref ? undefined : lookups.namedAlike?.(attachment, path, slot.ownerType);
        const owner = alike ?? (item.ref && named === 'owner' ? partials.ofReader(slot.ownerType, item.ref.resource, origin, id) : partials.ofUnknown(slot.ownerType, item, origin, id));
        replace(new Unknown(item.reason, { resource: owner.id }, item.mayBeAbsent, undefined, item.built));
        edges?.push({ from: attachment.id, to: owner.id, kind: 'Reference', path });
      }
    }
  }
}

/** `Queues[0]`, `GroupId`: a property path as written in ids. */
export function pathLabel(path: PropertyPath): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}

function startsWith(path: PropertyPath, prefix: PropertyPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);
}
