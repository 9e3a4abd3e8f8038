import { compact } from '../../terraform/mapping/context.js';
import { cannedAcl, type Grant } from '../../terraform/mapping/aws/s3.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject, type Properties, type Value, type ValueObject } from '../../../model/value.js';
import { policyDocument } from '../item.js';
import { pascalKeys, objects, text, known, type ItemMapping, type ItemContext } from './shared.js';

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
    // Config records an unversioned bucket as status "Off", which CloudFormation has no value for.
    VersioningConfiguration: known(versioning as Value, (value) => (isObject(value) && typeof value.status === 'string' && value.status !== 'Off' ? { Status: value.status } : undefined)),
    AccessControl: known(context.supplementary('AccessControlList') as Value, accessControl),
    LifecycleConfiguration: known(context.supplementary('BucketLifecycleConfiguration') as Value, (value) =>
      isObject(value) && Array.isArray(value.rules) && value.rules.length > 0 ? { Rules: objects(value.rules).map(lifecycleRule) } : undefined,
    ),
    ReplicationConfiguration: known(context.supplementary('BucketReplicationConfiguration') as Value, replication),
    NotificationConfiguration: known(context.supplementary('BucketNotificationConfiguration') as Value, notifications),
    ...objectLock(context.supplementary('ObjectLockConfiguration')),
  });
}

/** A positive number; the S3 model Config serialises marks an unset day count with -1. */
const days = (value: Value | undefined): Value | undefined => (typeof value === 'number' ? (value > 0 ? value : undefined) : (value ?? undefined));

function lifecycleRule(rule: ValueObject): Value {
  const predicate = isObject(rule.filter) && isObject(rule.filter.predicate) ? rule.filter.predicate : undefined;
  const noncurrent = isObject(rule.noncurrentVersionExpiration) ? days(rule.noncurrentVersionExpiration.noncurrentDays) : days(rule.noncurrentVersionExpirationInDays);
  const abort = isObject(rule.abortIncompleteMultipartUpload) ? days(rule.abortIncompleteMultipartUpload.daysAfterInitiation) : undefined;
  const transitions = (list: Value | undefined) => {
    const entries = objects(list).map((entry) => compact({ StorageClass: entry.storageClass ?? undefined, TransitionInDays: days(entry.days), TransitionDate: entry.date ?? undefined }));
    return entries.length > 0 ? entries : undefined;
  };
  return compact({
    Id: text(rule.id),
    Status: rule.status ?? undefined,
    Prefix: text(rule.prefix) ?? text(predicate?.prefix),
    ExpirationInDays: days(rule.expirationInDays),
    ExpirationDate: rule.expirationDate ?? undefined,
    ExpiredObjectDeleteMarker: rule.expiredObjectDeleteMarker === true ? true : undefined,
    Transitions: transitions(rule.transitions),
    NoncurrentVersionExpiration: noncurrent === undefined ? undefined : { NoncurrentDays: noncurrent },
    NoncurrentVersionTransitions: transitions(rule.noncurrentVersionTransitions),
    AbortIncompleteMultipartUpload: abort === undefined ? undefined : { DaysAfterInitiation: abort },
  });
}

/** Rules as a list or, as the S3 model Config serialises them, a map keyed by rule id. */
const entriesOf = (value: Value | undefined): [string, ValueObject][] =>
  Array.isArray(value) ? value.filter(isObject).map((entry, index) => [text(entry.id) ?? String(index), entry]) : isObject(value) ? Object.entries(value).filter((entry): entry is [string, ValueObject] => isObject(entry[1])) : [];

function replication(value: Value): Value | undefined {
  if (!isObject(value)) return undefined;
  const rules = entriesOf(value.rules);
  if (rules.length === 0) return undefined;
  return compact({
    Role: text(value.roleARN),
    Rules: rules.map(([id, rule]) => {
      const destination = isObject(rule.destinationConfig) ? rule.destinationConfig : undefined;
      return compact({ Id: id, Status: rule.status ?? undefined, Prefix: text(rule.prefix), Destination: destination ? compact({ Bucket: text(destination.bucketARN), StorageClass: text(destination.storageClass) }) : undefined });
    }),
  });
}

const NOTIFICATION_KINDS: Readonly<Record<string, [string, string, string]>> = {
  TopicConfiguration: ['TopicConfigurations', 'Topic', 'topicARN'],
  QueueConfiguration: ['QueueConfigurations', 'Queue', 'queueARN'],
  LambdaConfiguration: ['LambdaConfigurations', 'Function', 'functionARN'],
};

function notifications(value: Value): Value | undefined {
  if (!isObject(value)) return undefined;
  const result: Record<string, Value[]> = {};
  for (const [, configuration] of entriesOf(value.configurations)) {
    const kind = NOTIFICATION_KINDS[String(configuration.type)];
    if (!kind) continue;
    const [property, target, arnKey] = kind;
    const events = Array.isArray(configuration.events) ? configuration.events : [];
    (result[property] ??= []).push(...events.map((event) => compact({ Event: event, [target]: configuration[arnKey] ?? undefined })));
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

function objectLock(value: Value | undefined): Properties {
  if (isUnknown(value)) return { ObjectLockConfiguration: value };
  if (!isObject(value) || value.objectLockEnabled !== 'Enabled') return {};
  const retention = isObject(value.rule) && isObject(value.rule.defaultRetention) ? value.rule.defaultRetention : undefined;
  return {
    ObjectLockEnabled: true,
    ObjectLockConfiguration: compact({
      ObjectLockEnabled: 'Enabled',
      Rule: retention ? { DefaultRetention: compact({ Mode: retention.mode ?? undefined, Days: days(retention.days), Years: days(retention.years) }) } : undefined,
    }),
  };
}

/** S3 permission names as Config serialises them (`FullControl`) → the API's (`FULL_CONTROL`). */
const permissionName = (value: Value | undefined): Value | undefined => (typeof value === 'string' ? value.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() : value);

/** Group grantees as Config serialises them (`AllUsers`) → their URIs. */
const GROUP_URIS: Readonly<Record<string, string>> = {
  AllUsers: 'http://acs.amazonaws.com/groups/global/AllUsers',
  AuthenticatedUsers: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
  LogDelivery: 'http://acs.amazonaws.com/groups/s3/LogDelivery',
};

/** The recorded ACL as the canned ACL its grants amount to (an Unknown when none does). */
function accessControl(value: Value): Value | undefined {
  if (!isObject(value) || !Array.isArray(value.grantList)) return undefined;
  const ownerId = isObject(value.owner) ? value.owner.id : undefined;
  return cannedAcl(
    objects(value.grantList).map((grant): Grant => {
      const grantee = grant.grantee;
      const permission = permissionName(grant.permission);
      if (typeof grantee === 'string') return { grantee: GROUP_URIS[grantee] ?? grantee, type: 'Group', permission };
      const id = isObject(grantee) ? (grantee.id ?? grantee.identifier) : undefined;
      if (typeof id === 'string' && id.startsWith('http')) return { grantee: id, type: 'Group', permission };
      return { grantee: id ?? undefined, type: 'CanonicalUser', permission, isOwner: typeof id === 'string' && id === ownerId };
    }),
  );
}


/** S3: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::S3::Bucket': {
    cloudFormationType: 'AWS::S3::Bucket',
    properties: bucketProperties,
    // MFA delete can only be turned on by the root user through the API: no template says it.
    observed(context): Properties {
      const versioning = context.supplementary('BucketVersioningConfiguration');
      if (isUnknown(versioning)) return { MfaDeleteEnabled: versioning };
      return isObject(versioning) && typeof versioning.isMfaDeleteEnabled === 'boolean' ? { MfaDeleteEnabled: versioning.isMfaDeleteEnabled } : {};
    },
    companions(context) {
      const policy = context.supplementary('BucketPolicy');
      if (isUnknown(policy)) return [{ suffix: 'policy', type: 'AWS::S3::BucketPolicy', properties: { Bucket: context.name, PolicyDocument: policy } }];
      const document = isObject(policy) ? policy.policyText : undefined;
      if (typeof document !== 'string' && !isObject(document)) return [];
      return [{ suffix: 'policy', type: 'AWS::S3::BucketPolicy', properties: { Bucket: text(context.optional('name')) ?? context.name, PolicyDocument: policyDocument(document) as Value } }];
    },
  },
};
