import { compact, jsonDocument, type MappingContext } from '../context.js';
import { isUnknown, unknown } from '../../../../model/unknown.js';
import { sseRules, tagList, blockList, computedBlock, SELF, policyDocumentOf, type ServiceMappings, type ResourceMapping } from './shared.js';
import type { Properties, Value, ValueObject } from '../../../../model/value.js';

const bucket: ResourceMapping = {
  cloudFormationType: 'AWS::S3::Bucket',
  properties(context) {
    const legacySse = context.blockOrUnknown('server_side_encryption_configuration');
    const legacyLogging = context.blockOrUnknown('logging');
    const legacyVersioning = context.blockOrUnknown('versioning');
    return compact({
      BucketName: context.get('bucket'),
      BucketEncryption: isUnknown(legacySse) ? legacySse : legacySse ? { ServerSideEncryptionConfiguration: sseRules(context, 'server_side_encryption_configuration.0.rule') } : undefined,
      LoggingConfiguration: isUnknown(legacyLogging) ? legacyLogging : legacyLogging ? compact({ DestinationBucketName: legacyLogging.target_bucket ?? undefined, LogFilePrefix: legacyLogging.target_prefix ?? undefined }) : undefined,
      VersioningConfiguration: isUnknown(legacyVersioning)
        ? legacyVersioning
        : legacyVersioning && legacyVersioning.enabled !== undefined
          ? { Status: legacyVersioning.enabled === true ? 'Enabled' : isUnknown(legacyVersioning.enabled) ? legacyVersioning.enabled : 'Suspended' }
          : undefined,
      AccessControl: cannedName(context.getConfigured('acl')) ?? legacyGrants(context),
      LifecycleConfiguration: computedBlocks(context, 'lifecycle_rule', (rules) => ({ Rules: rules.map(legacyLifecycleRule) })),
      ReplicationConfiguration: computedBlock(context, 'replication_configuration', (block) => replication(block.role, blockList(block.rules))),
      ObjectLockEnabled: objectLockEnabled(context),
      ObjectLockConfiguration: computedBlock(context, 'object_lock_configuration', (block) => objectLock(block.object_lock_enabled, firstOf(block.rule))),
      Tags: tagList(context.get('tags')),
    });
  },
  companions(context) {
    const policy = context.getConfigured('policy');
    if (policy === undefined || policy === '') return [];
    return [{ suffix: 'policy', type: 'AWS::S3::BucketPolicy', properties: { Bucket: SELF, PolicyDocument: jsonDocument(policy) as Value } }];
  },
};

/** The bucket-owner form of a merge: every split S3 resource names its bucket by `bucket`. */
const onBucket = (merge: (owner: Properties, context: MappingContext) => void) => ({ ownerTypes: ['aws_s3_bucket'], owner: 'bucket', ownerKey: 'bucket', merge });

const firstOf = (value: Value | undefined): ValueObject | undefined => blockList(value)[0];
const listOf = (value: Value | undefined): Value[] | undefined => (value === undefined || value === null ? undefined : isUnknown(value) ? undefined : Array.isArray(value) ? value : [value]);

/**
 * Repeated legacy blocks the provider computes when the configuration leaves them out
 * (`lifecycle_rule`): unknown in a plan when configured but not known, absent when not configured.
 */
function computedBlocks(context: MappingContext, attribute: string, map: (blocks: ValueObject[]) => Value): Value | undefined {
  const raw = context.get(attribute);
  if (isUnknown(raw)) return context.getConfigured(attribute) === undefined ? undefined : raw;
  const blocks = context.blocks(attribute);
  return blocks.length > 0 ? map(blocks) : undefined;
}

/** `object_lock_enabled` (provider v4+) or the legacy `object_lock_configuration.object_lock_enabled = "Enabled"`. */
function objectLockEnabled(context: MappingContext): Value | undefined {
  const flag = context.get('object_lock_enabled');
  if (flag !== undefined && !(isUnknown(flag) && context.getConfigured('object_lock_enabled') === undefined)) return flag;
  const legacy = context.block('object_lock_configuration')?.object_lock_enabled;
  return legacy === 'Enabled' ? true : undefined;
}

function objectLock(enabled: Value | undefined, rule: ValueObject | undefined): Properties {
  const retention = firstOf(rule?.default_retention);
  return compact({
    ObjectLockEnabled: enabled ?? 'Enabled',
    Rule: retention ? { DefaultRetention: compact({ Mode: retention.mode ?? undefined, Days: retention.days ?? undefined, Years: retention.years ?? undefined }) } : undefined,
  });
}

function replication(role: Value | undefined, rules: ValueObject[]): Properties {
  return compact({
    Role: role ?? undefined,
    Rules: rules.map((rule) => {
      const destination = firstOf(rule.destination);
      return compact({
        Id: rule.id || undefined,
        Status: rule.status ?? undefined,
        Prefix: rule.prefix || undefined,
        Destination: destination ? compact({ Bucket: destination.bucket ?? undefined, Account: destination.account || destination.account_id || undefined, StorageClass: destination.storage_class || undefined }) : undefined,
      });
    }),
  });
}

/** A legacy inline `lifecycle_rule` (enabled flag, inline days) as a CloudFormation lifecycle rule. */
function legacyLifecycleRule(rule: ValueObject): Value {
  const expiration = firstOf(rule.expiration);
  const noncurrent = firstOf(rule.noncurrent_version_expiration);
  return compact({
    Id: rule.id || undefined,
    Status: rule.enabled === true ? 'Enabled' : isUnknown(rule.enabled) ? rule.enabled : 'Disabled',
    Prefix: rule.prefix || undefined,
    ExpirationInDays: expiration?.days || undefined,
    ExpirationDate: expiration?.date || undefined,
    ExpiredObjectDeleteMarker: expiration?.expired_object_delete_marker || undefined,
    Transitions: transitions(rule.transition, 'days'),
    NoncurrentVersionExpiration: noncurrent?.days ? { NoncurrentDays: noncurrent.days } : undefined,
    NoncurrentVersionTransitions: transitions(rule.noncurrent_version_transition, 'days'),
    AbortIncompleteMultipartUpload: rule.abort_incomplete_multipart_upload_days ? { DaysAfterInitiation: rule.abort_incomplete_multipart_upload_days } : undefined,
  });
}

/** An `aws_s3_bucket_lifecycle_configuration` rule as a CloudFormation lifecycle rule. */
function lifecycleRule(rule: ValueObject): Value {
  const expiration = firstOf(rule.expiration);
  const noncurrent = firstOf(rule.noncurrent_version_expiration);
  const filter = firstOf(rule.filter);
  const abort = firstOf(rule.abort_incomplete_multipart_upload);
  return compact({
    Id: rule.id || undefined,
    Status: rule.status ?? undefined,
    Prefix: filter?.prefix || firstOf(filter?.and)?.prefix || rule.prefix || undefined,
    ExpirationInDays: expiration?.days || undefined,
    ExpirationDate: expiration?.date || undefined,
    ExpiredObjectDeleteMarker: expiration?.expired_object_delete_marker || undefined,
    Transitions: transitions(rule.transition, 'days'),
    NoncurrentVersionExpiration: noncurrent?.noncurrent_days ? compact({ NoncurrentDays: noncurrent.noncurrent_days, NewerNoncurrentVersions: noncurrent.newer_noncurrent_versions || undefined }) : undefined,
    NoncurrentVersionTransitions: transitions(rule.noncurrent_version_transition, 'noncurrent_days'),
    AbortIncompleteMultipartUpload: abort?.days_after_initiation ? { DaysAfterInitiation: abort.days_after_initiation } : undefined,
  });
}

function transitions(value: Value | undefined, daysKey: string): Value[] | undefined {
  const blocks = blockList(value);
  if (blocks.length === 0) return undefined;
  return blocks.map((block) => compact({ StorageClass: block.storage_class ?? undefined, TransitionInDays: block[daysKey] ?? undefined, TransitionDate: block.date || undefined }));
}

/** A Terraform canned ACL (`public-read`) by its CloudFormation name (`PublicRead`); other values stay as they are. */
function cannedName(value: Value | undefined): Value | undefined {
  if (typeof value !== 'string' || !/^[a-z]+(-[a-z]+)*$/.test(value)) return value;
  return value.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
}

/** Grantee groups by URI, as S3 names them in ACLs. */
const GROUPS: Readonly<Record<string, string>> = {
  'http://acs.amazonaws.com/groups/global/AllUsers': 'AllUsers',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers': 'AuthenticatedUsers',
  'http://acs.amazonaws.com/groups/s3/LogDelivery': 'LogDelivery',
};

/** The grant sets of the canned ACLs a bucket can have, beside the owner's FULL_CONTROL. */
const CANNED: readonly [string, string][] = [
  ['Private', ''],
  ['PublicRead', 'AllUsers:READ'],
  ['PublicReadWrite', 'AllUsers:READ,AllUsers:WRITE'],
  ['AuthenticatedRead', 'AuthenticatedUsers:READ'],
  ['LogDeliveryWrite', 'LogDelivery:READ_ACP,LogDelivery:WRITE'],
];

/**
 * Explicit grants (`access_control_policy`, legacy `grant` blocks) as the canned ACL they amount
 * to. CloudFormation models only canned ACLs: grants no canned ACL expresses are unknown, never
 * taken for private.
 */
export interface Grant {
  grantee: Value | undefined;
  /** `CanonicalUser` (an account), `Group` (a grantee URI), `AmazonCustomerByEmail`. */
  type: Value | undefined;
  /** `READ`, `WRITE`, `READ_ACP`, `WRITE_ACP`, `FULL_CONTROL`. */
  permission: Value | undefined;
  /** Whether a canonical user grantee is the bucket owner; when not known, a FULL_CONTROL grant to one is taken for the owner's. */
  isOwner?: boolean;
}

export function cannedAcl(grants: readonly Grant[]): Value {
  const granted: string[] = [];
  for (const { grantee, type, permission, isOwner } of grants) {
    if (isUnknown(grantee)) return grantee;
    if (isUnknown(permission)) return permission;
    if (type === 'CanonicalUser' || type === 'AmazonCustomerByEmail') {
      // The owner's own grant; another account's grant has no canned form.
      if (isOwner ?? (type === 'CanonicalUser' && permission === 'FULL_CONTROL')) continue;
      return unknown(`a grant of ${String(permission)} to canonical user ${String(grantee)}, which no canned ACL expresses`);
    }
    const group = typeof grantee === 'string' ? GROUPS[grantee] : undefined;
    if (!group) return unknown(`a grant of ${String(permission)} to ${String(grantee)}, which no canned ACL expresses`);
    if (permission === 'FULL_CONTROL') granted.push(`${group}:READ`, `${group}:WRITE`);
    else granted.push(`${group}:${String(permission)}`);
  }
  const key = [...new Set(granted)].sort().join(',');
  const match = CANNED.find(([, set]) => set === key);
  return match ? match[0] : unknown(`grants (${key}) that no canned ACL expresses`);
}

/** Legacy inline `grant` blocks of `aws_s3_bucket` (id or uri, a permissions list). */
function legacyGrants(context: MappingContext): Value | undefined {
  const raw = context.get('grant');
  if (isUnknown(raw)) return context.getConfigured('grant') === undefined ? undefined : raw;
  const blocks = context.blocks('grant');
  if (blocks.length === 0) return undefined;
  return cannedAcl(blocks.flatMap((block) => (listOf(block.permissions) ?? []).map((permission) => ({ grantee: block.uri || block.id, type: block.type, permission }))));
}

/** `aws_s3_bucket_notification` blocks: one CloudFormation configuration per event. */
function notifications(blocks: ValueObject[], arnKey: string, targetKey: string, context: MappingContext, attribute: string): Value[] | undefined {
  if (blocks.length === 0) return undefined;
  return blocks.flatMap((block, index) => {
    const target = context.link(`${attribute}.${index}.${arnKey}`) ?? block[arnKey];
    const events = context.texts(`${attribute}.${index}.events`);
    if (!Array.isArray(events)) return [compact({ Event: isUnknown(events) ? events : undefined, [targetKey]: target ?? undefined })];
    return events.map((event) => compact({ Event: event, [targetKey]: target ?? undefined }));
  });
}

/** S3: `aws` provider types and their CloudFormation shape. */
export const mappings: ServiceMappings = {
  resources: {
    aws_s3_bucket: bucket,
    aws_s3_bucket_policy: {
      cloudFormationType: 'AWS::S3::BucketPolicy',
      properties: (context) => compact({ Bucket: context.link('bucket'), PolicyDocument: policyDocumentOf(context) }),
    },
  },
  merges: {
    aws_s3_bucket_server_side_encryption_configuration: {
      ownerTypes: ['aws_s3_bucket'],
      owner: 'bucket',
      ownerKey: 'bucket',
      merge(owner, context) {
        owner.BucketEncryption = { ServerSideEncryptionConfiguration: sseRules(context, 'rule') };
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
    aws_s3_bucket_acl: onBucket((owner, context) => {
      const acl = context.get('acl');
      if (acl !== undefined && !(isUnknown(acl) && context.getConfigured('acl') === undefined)) {
        owner.AccessControl = cannedName(acl) as Value;
        return;
      }
      const policy = context.get('access_control_policy');
      if (isUnknown(policy)) {
        owner.AccessControl = policy;
        return;
      }
      const ownerId = firstOf(firstOf(policy)?.owner)?.id;
      const grants = blockList(firstOf(policy)?.grant).map((grant): Grant => {
        const grantee = firstOf(grant.grantee);
        const id = grantee?.id || undefined;
        return { grantee: grantee?.uri || id || grantee?.email_address || undefined, type: grantee?.type, permission: grant.permission, ...(typeof ownerId === 'string' && typeof id === 'string' ? { isOwner: id === ownerId } : {}) };
      });
      if (grants.length > 0) owner.AccessControl = cannedAcl(grants);
    }),
    aws_s3_bucket_ownership_controls: onBucket((owner, context) => {
      owner.OwnershipControls = { Rules: context.blocks('rule').map((rule) => compact({ ObjectOwnership: rule.object_ownership ?? undefined })) };
    }),
    aws_s3_bucket_lifecycle_configuration: onBucket((owner, context) => {
      const rules = context.get('rule');
      owner.LifecycleConfiguration = { Rules: isUnknown(rules) ? rules : context.blocks('rule').map(lifecycleRule) };
    }),
    aws_s3_bucket_replication_configuration: onBucket((owner, context) => {
      const rules = context.get('rule');
      owner.ReplicationConfiguration = isUnknown(rules) ? compact({ Role: context.link('role'), Rules: rules }) : replication(context.link('role'), context.blocks('rule'));
    }),
    aws_s3_bucket_object_lock_configuration: onBucket((owner, context) => {
      owner.ObjectLockConfiguration = objectLock(context.get('object_lock_enabled'), context.block('rule'));
    }),
    aws_s3_bucket_notification: onBucket((owner, context) => {
      owner.NotificationConfiguration = compact({
        TopicConfigurations: notifications(context.blocks('topic'), 'topic_arn', 'Topic', context, 'topic'),
        QueueConfigurations: notifications(context.blocks('queue'), 'queue_arn', 'Queue', context, 'queue'),
        LambdaConfigurations: notifications(context.blocks('lambda_function'), 'lambda_function_arn', 'Function', context, 'lambda_function'),
        EventBridgeConfiguration: context.get('eventbridge') === undefined ? undefined : { EventBridgeEnabled: context.get('eventbridge') as Value },
      });
    }),
  },
};
