import { compact } from '../../terraform/mapping/context.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject, type Properties, type Value } from '../../../model/value.js';
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
    VersioningConfiguration: known(versioning as Value, (value) => (isObject(value) && typeof value.status === 'string' ? { Status: value.status } : undefined)),
  });
}


/** S3: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
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
};
