import type { PropertyPath } from '../../model/resource.js';
import { isUnknown, type Unknown } from '../../model/unknown.js';
import { isObject, toBoolean, type Value } from '../../model/value.js';

/** The default-encryption algorithms S3 accepts in `SSEAlgorithm`. */
export const S3_SSE_ALGORITHMS: readonly string[] = ['AES256', 'aws:kms', 'aws:kms:dsse'];
/** The algorithms that encrypt with an AWS KMS key. */
export const S3_KMS_ALGORITHMS: readonly string[] = ['aws:kms', 'aws:kms:dsse'];

/** One entry of `BucketEncryption.ServerSideEncryptionConfiguration`. */
export interface S3EncryptionRule {
  /** `SSEAlgorithm`; `undefined` when the entry has no `ServerSideEncryptionByDefault`. */
  algorithm: string | Unknown | undefined;
  /** `KMSMasterKeyID` as written (absent: the AWS managed `aws/s3` key for SSE-KMS). */
  keyId: Value | undefined;
  bucketKeyEnabled: boolean | Unknown | undefined;
  /** Path of the entry in the bucket's properties. */
  path: PropertyPath;
}

/** A bucket's explicit default-encryption configuration, as declared. */
export type S3BucketEncryption =
  | { kind: 'missing'; path: PropertyPath }
  | { kind: 'unknown'; unknown: Unknown; path: PropertyPath }
  | { kind: 'rules'; rules: S3EncryptionRule[] };

const CONFIGURATION_PATH: PropertyPath = ['BucketEncryption', 'ServerSideEncryptionConfiguration'];

/**
 * Reads the default-encryption rules of an `AWS::S3::Bucket` (its properties, or its previous
 * properties for change-aware rules). `missing` when there is no `BucketEncryption` or the rule
 * list is empty.
 */
export function s3BucketEncryption(properties: Record<string, Value>): S3BucketEncryption {
  const encryption = properties.BucketEncryption;
  if (isUnknown(encryption)) return { kind: 'unknown', unknown: encryption, path: ['BucketEncryption'] };
  if (!isObject(encryption)) return { kind: 'missing', path: [] };
  const configuration = encryption.ServerSideEncryptionConfiguration;
  if (isUnknown(configuration)) return { kind: 'unknown', unknown: configuration, path: CONFIGURATION_PATH };
  if (!Array.isArray(configuration) || configuration.length === 0) return { kind: 'missing', path: ['BucketEncryption'] };
  const rules = configuration.map((entry, index): S3EncryptionRule => {
    const path = [...CONFIGURATION_PATH, index];
    if (isUnknown(entry)) return { algorithm: entry, keyId: entry, bucketKeyEnabled: entry, path };
    if (!isObject(entry)) return { algorithm: undefined, keyId: undefined, bucketKeyEnabled: undefined, path };
    const byDefault = entry.ServerSideEncryptionByDefault;
    const bucketKeyEnabled = toBoolean(entry.BucketKeyEnabled);
    if (isUnknown(byDefault)) return { algorithm: byDefault, keyId: byDefault, bucketKeyEnabled, path };
    if (!isObject(byDefault)) return { algorithm: undefined, keyId: undefined, bucketKeyEnabled, path };
    const algorithm = byDefault.SSEAlgorithm;
    return {
      algorithm: isUnknown(algorithm) ? algorithm : algorithm === undefined || algorithm === null ? undefined : String(algorithm),
      keyId: byDefault.KMSMasterKeyID,
      bucketKeyEnabled,
      path,
    };
  });
  return { kind: 'rules', rules };
}

/** Path of a rule's `SSEAlgorithm` (or of the rule when it has no default). */
export function algorithmPath(rule: S3EncryptionRule): PropertyPath {
  return rule.algorithm === undefined ? rule.path : [...rule.path, 'ServerSideEncryptionByDefault', 'SSEAlgorithm'];
}
