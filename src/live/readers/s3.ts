import {
  GetBucketEncryptionCommand,
  GetBucketLoggingCommand,
  GetBucketPolicyCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
} from '@aws-sdk/client-s3';
import { isUnknown, unknown, type Unknown } from '../../model/unknown.js';
import type { Value } from '../../model/value.js';
import { describeFailure, errorCode, isNotFound } from '../errors.js';
import { allPages, partitionOf, properties, type LiveResource, type ReadContext, type TypeReader } from '../types.js';

class MissingBucket extends Error {}

/**
 * One part of a bucket's configuration: the value, undefined when it is not configured, or an
 * Unknown (and a warning) when it can not be read, so that rules say INSUFFICIENT_DATA rather than
 * treat an unreadable setting as absent.
 */
async function part<T>(context: ReadContext, bucket: string, operation: string, read: () => Promise<T>): Promise<T | undefined | Unknown> {
  try {
    return await context.limit(read);
  } catch (error) {
    if (errorCode(error) === 'NoSuchBucket') throw new MissingBucket(bucket);
    if (isNotFound(error)) return undefined;
    const failure = describeFailure(error);
    context.report({ level: 'warning', message: `region ${context.region}, bucket ${bucket}: ${operation} ${failure.reason} (${failure.code})` });
    return unknown(`${operation} ${failure.reason} (${failure.code})`);
  }
}

async function bucketResources(context: ReadContext, name: string): Promise<LiveResource[]> {
  const { s3 } = context.clients;
  const [encryption, publicAccess, logging, policy] = await Promise.all([
    part(context, name, 'GetBucketEncryption', async () => (await s3.send(new GetBucketEncryptionCommand({ Bucket: name }))).ServerSideEncryptionConfiguration),
    part(context, name, 'GetPublicAccessBlock', async () => (await s3.send(new GetPublicAccessBlockCommand({ Bucket: name }))).PublicAccessBlockConfiguration),
    part(context, name, 'GetBucketLogging', async () => (await s3.send(new GetBucketLoggingCommand({ Bucket: name }))).LoggingEnabled ?? null),
    part(context, name, 'GetBucketPolicy', async () => (await s3.send(new GetBucketPolicyCommand({ Bucket: name }))).Policy),
  ]);
  const arn = `arn:${partitionOf(context.region)}:s3:::${name}`;
  const bucketProperties = properties({ BucketName: name, Arn: arn });
  if (encryption !== undefined) {
    bucketProperties.BucketEncryption = isUnknown(encryption)
      ? encryption
      : properties({
          ServerSideEncryptionConfiguration: (encryption.Rules ?? []).map((rule) => ({
            ServerSideEncryptionByDefault: rule.ApplyServerSideEncryptionByDefault,
            BucketKeyEnabled: rule.BucketKeyEnabled,
          })),
        });
  }
  if (publicAccess !== undefined) bucketProperties.PublicAccessBlockConfiguration = isUnknown(publicAccess) ? publicAccess : properties({ ...publicAccess });
  if (logging !== undefined && logging !== null) {
    bucketProperties.LoggingConfiguration =
      isUnknown(logging) ? logging : properties({ DestinationBucketName: logging.TargetBucket, LogFilePrefix: logging.TargetPrefix || undefined });
  }
  const resources: LiveResource[] = [{ type: 'AWS::S3::Bucket', id: name, arn, properties: bucketProperties }];
  if (policy !== undefined) {
    resources.push({
      type: 'AWS::S3::BucketPolicy',
      id: `${name}/policy`,
      properties: { Bucket: name, PolicyDocument: typeof policy === 'string' ? parsePolicy(policy) : policy },
    });
  }
  return resources;
}

export function parsePolicy(text: string): Value {
  try {
    return properties({ document: JSON.parse(text) as unknown }).document ?? null;
  } catch {
    return unknown('the policy is not valid JSON');
  }
}

async function listBuckets(context: ReadContext): Promise<string[]> {
  const { s3 } = context.clients;
  const buckets = await allPages(async (token) => {
    // ListBuckets is global; BucketRegion keeps each region's scan to its own buckets.
    const page = await context.limit(() => s3.send(new ListBucketsCommand({ BucketRegion: context.region, MaxBuckets: 1000, ContinuationToken: token })));
    return { items: page.Buckets, next: page.ContinuationToken };
  });
  return buckets.filter((bucket) => !bucket.BucketRegion || bucket.BucketRegion === context.region).flatMap((bucket) => (bucket.Name ? [bucket.Name] : []));
}

async function readBucket(context: ReadContext, name: string): Promise<LiveResource[]> {
  try {
    return await bucketResources(context, name);
  } catch (error) {
    if (error instanceof MissingBucket) return []; // deleted between listing and reading
    throw error;
  }
}

export const bucketReader: TypeReader = {
  type: 'AWS::S3::Bucket',
  async list(context) {
    const names = await listBuckets(context);
    return (await Promise.all(names.map((name) => readBucket(context, name)))).flat();
  },
  get: readBucket,
};
