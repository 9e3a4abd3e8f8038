import { S3_KMS_ALGORITHMS } from '../../rules/lib/s3-encryption.js';
import type { TemplateFix } from '../autofix/edits.js';
import { s3EncryptionPlan } from './s3-default-encryption.js';
import { stringList } from './shared.js';

/** SSE-KMS with the key as a template parameter (restricted to `kmsKeyArns` when the rule has them). */
export const fix: TemplateFix = {
  ruleId: 'S3_DEFAULT_ENCRYPTION_KMS',
  fix: (bucket, _verdicts, { params }) =>
    s3EncryptionPlan(bucket, { accepted: S3_KMS_ALGORITHMS, algorithm: 'aws:kms', entries: 'every', bucketKey: false, allowedKeys: stringList(params.kmsKeyArns) }),
};
