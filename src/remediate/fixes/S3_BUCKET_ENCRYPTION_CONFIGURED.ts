import type { TemplateFix } from '../autofix/edits.js';
import { s3EncryptionPlan } from './s3-default-encryption.js';

/** The configured algorithm on every entry, with the S3 Bucket Key (and a parameterised key for KMS). */
export const fix: TemplateFix = {
  ruleId: 'S3_BUCKET_ENCRYPTION_CONFIGURED',
  fix(bucket, _verdicts, { params }) {
    const algorithm = String(params.encryptionAlgorithm ?? 'AES256');
    return s3EncryptionPlan(bucket, { accepted: [algorithm], algorithm, entries: 'every', bucketKey: true });
  },
};
