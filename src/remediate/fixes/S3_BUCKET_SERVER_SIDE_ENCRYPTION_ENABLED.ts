import { S3_SSE_ALGORITHMS } from '../../rules/lib/s3-encryption.js';
import type { TemplateFix } from '../autofix/edits.js';
import { s3EncryptionPlan } from './s3-default-encryption.js';

/** SSE-S3 (AES256) by default: the encryption S3 applies anyway since 2023, now declared. */
export const fix: TemplateFix = {
  ruleId: 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED',
  fix: (bucket) => s3EncryptionPlan(bucket, { accepted: S3_SSE_ALGORITHMS, algorithm: 'AES256', entries: 'any', bucketKey: false }),
};
