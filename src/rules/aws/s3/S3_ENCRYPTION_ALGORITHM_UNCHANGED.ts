import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import { algorithmPath, s3BucketEncryption } from '../../lib/s3-encryption.js';
import type { PropertyPath } from '../../../model/resource.js';
import { isUnknown, type Unknown } from '../../../model/unknown.js';
import type { Properties } from '../../../model/value.js';

/** The algorithm S3 applies when a bucket declares none (since January 2023). */
const S3_DEFAULT = 'AES256';

/** The examples' bucket with SSE-KMS: the state before both updates, and the compliant update. */
const KMS_BUCKET = 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: aws:kms\n              KMSMasterKeyID: alias/data\n';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'S3_ENCRYPTION_ALGORITHM_UNCHANGED',
    title: 'Updates do not change the default encryption algorithm of S3 buckets',
    description:
      'Checks, on an update, that the default server-side encryption algorithm of an S3 bucket stays what it was before the change. A bucket that declares no encryption counts as AES256, the encryption S3 applies by default; new buckets, and scans without a previous state, are not applicable.',
    severity: 'high',
    resourceTypes: ['AWS::S3::Bucket'],
    changeAware: true,
    messages: {
      unchanged: 'The update keeps the default encryption of bucket {{id}} at {{algorithm}}.',
      changed: 'The update changes the default encryption of bucket {{id}} from {{before}} to {{after}}.',
      noPrevious: 'Bucket {{id}} has no previous state to compare with (it is created, or this is not an update).',
      unknown: 'The default encryption of bucket {{id}} {{side}} the update is not known ({{reason}}).',
    },
    remediation:
      'Keep `BucketEncryption.ServerSideEncryptionConfiguration[].ServerSideEncryptionByDefault.SSEAlgorithm` as it was, or migrate the encryption through a reviewed change that suppresses this rule.',
    examples: {
      noncompliant: [
        {
          title: 'An update from aws:kms to AES256',
          previousCloudformation: KMS_BUCKET,
          cloudformation:
            'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n',
        },
      ],
      compliant: [
        {
          title: 'An update that keeps aws:kms',
          previousCloudformation: KMS_BUCKET,
          cloudformation: KMS_BUCKET,
        },
      ],
    },
  },
  check(bucket) {
    if (bucket.action !== 'update' || bucket.previous === undefined) return notApplicable('noPrevious', {}, []);
    const before = effectiveAlgorithms(bucket.previous);
    if (isUnknown(before.algorithms)) return insufficientData('unknown', { side: 'before', reason: before.algorithms.reason }, before.path);
    const after = effectiveAlgorithms(bucket.properties);
    if (isUnknown(after.algorithms)) return insufficientData('unknown', { side: 'after', reason: after.algorithms.reason }, after.path);
    const beforeText = before.algorithms.join(', ');
    const afterText = after.algorithms.join(', ');
    if (beforeText !== afterText) return nonCompliant('changed', { before: beforeText, after: afterText }, after.path);
    return compliant('unchanged', { algorithm: afterText }, after.path);
  },
});

/**
 * The sorted, distinct algorithms of a bucket's encryption rules; a bucket (or a rule list) that
 * names none gets S3's default. Unknown when any algorithm is.
 */
function effectiveAlgorithms(properties: Properties): { algorithms: string[] | Unknown; path: PropertyPath } {
  const encryption = s3BucketEncryption(properties);
  if (encryption.kind === 'unknown') return { algorithms: encryption.unknown, path: encryption.path };
  if (encryption.kind === 'missing') return { algorithms: [S3_DEFAULT], path: encryption.path };
  const found = new Set<string>();
  for (const rule of encryption.rules) {
    if (isUnknown(rule.algorithm)) return { algorithms: rule.algorithm, path: algorithmPath(rule) };
    if (rule.algorithm !== undefined) found.add(rule.algorithm);
  }
  const first = encryption.rules.find((rule) => rule.algorithm !== undefined) ?? encryption.rules[0];
  return { algorithms: found.size === 0 ? [S3_DEFAULT] : [...found].sort(), path: first ? algorithmPath(first) : ['BucketEncryption'] };
}
