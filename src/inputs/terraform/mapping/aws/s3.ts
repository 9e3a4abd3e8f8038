import { compact, jsonDocument } from '../context.js';
import { isUnknown } from '../../../../model/unknown.js';
import { sseRules, tagList, blockList, SELF, policyDocumentOf, type ServiceMappings, type ResourceMapping } from './shared.js';
import type { Value } from '../../../../model/value.js';

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
  },
};
