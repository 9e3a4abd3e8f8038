import type { Resource } from '../../model/resource.js';
import { isUnknown } from '../../model/unknown.js';
import { isObject, type Value, type ValueObject } from '../../model/value.js';
import { isSet } from '../../rules/lib/certainty.js';
import { kmsKeyMatches } from '../../rules/lib/kms.js';
import { S3_KMS_ALGORITHMS, s3BucketEncryption } from '../../rules/lib/s3-encryption.js';
import type { FixPlan, NotFixable, TemplateEdit } from '../autofix/edits.js';
import { kmsKeyParameter } from './shared.js';

/** What a rule asks of a bucket's default encryption. */
export interface S3EncryptionRequirement {
  /** Algorithms the rule accepts. */
  accepted: readonly string[];
  /** The one the fix writes. */
  algorithm: string;
  /** `any`: one good entry is enough (else every entry must be good). */
  entries: 'any' | 'every';
  /** The entries must set BucketKeyEnabled: true. */
  bucketKey: boolean;
  /** With a KMS algorithm: the keys allowed (any key when empty). */
  allowedKeys?: readonly string[];
}

const KEY_PARAMETER = 'S3KmsKeyArn';

/**
 * Edits that make a bucket's `BucketEncryption` meet a requirement, from the bucket as declared:
 * a whole configuration when there is none, else the missing or wrong parts of each entry. A
 * KMS key is a template parameter (`S3KmsKeyArn`), not a hard-coded key.
 */
export function s3EncryptionPlan(bucket: Resource, requirement: S3EncryptionRequirement): FixPlan | NotFixable {
  const kms = S3_KMS_ALGORITHMS.includes(requirement.algorithm);
  const edits: TemplateEdit[] = [];
  let keyReference: Value | undefined;
  const key = (): Value => {
    if (keyReference === undefined) {
      const parameter = kmsKeyParameter(KEY_PARAMETER, 'S3 default encryption', requirement.allowedKeys, 'alias/aws/s3');
      edits.unshift(parameter.edit);
      keyReference = parameter.reference;
    }
    return keyReference;
  };
  const byDefault = (): ValueObject => (kms ? { SSEAlgorithm: requirement.algorithm, KMSMasterKeyID: key() } : { SSEAlgorithm: requirement.algorithm });
  const encryption = s3BucketEncryption(bucket.properties);
  if (encryption.kind === 'unknown') return { notFixable: `the default encryption is not known before deployment (${encryption.unknown.reason})` };
  if (encryption.kind === 'missing') {
    const entry: ValueObject = { ServerSideEncryptionByDefault: byDefault() };
    if (requirement.bucketKey || kms) entry.BucketKeyEnabled = true;
    edits.push({ kind: 'setProperty', resource: bucket.id, path: ['BucketEncryption', 'ServerSideEncryptionConfiguration'], value: [entry] });
    return { description: `add BucketEncryption with ${describe(requirement)}`, edits };
  }
  const rules = requirement.entries === 'any' ? encryption.rules.slice(0, 1) : encryption.rules;
  for (const rule of rules) {
    const at = (...path: string[]) => [...rule.path, ...path];
    if (isUnknown(rule.algorithm)) return { notFixable: `the encryption algorithm is not known before deployment (${rule.algorithm.reason})` };
    if (rule.algorithm === undefined) {
      edits.push({ kind: 'setProperty', resource: bucket.id, path: at('ServerSideEncryptionByDefault'), value: byDefault() });
    } else {
      if (!requirement.accepted.includes(rule.algorithm)) {
        if (!kms && S3_KMS_ALGORITHMS.includes(rule.algorithm) && rule.keyId !== undefined) {
          return { notFixable: `the bucket encrypts with ${rule.algorithm} and a KMS key; moving it to ${requirement.algorithm} would drop the key, which is a decision for you` };
        }
        edits.push({ kind: 'setProperty', resource: bucket.id, path: at('ServerSideEncryptionByDefault', 'SSEAlgorithm'), value: requirement.algorithm });
      }
      if (kms && keyNeedsFix(rule.keyId, requirement.allowedKeys)) {
        edits.push({ kind: 'setProperty', resource: bucket.id, path: at('ServerSideEncryptionByDefault', 'KMSMasterKeyID'), value: key() });
      }
    }
    if (requirement.bucketKey && rule.bucketKeyEnabled !== true && !isUnknown(rule.bucketKeyEnabled)) {
      edits.push({ kind: 'setProperty', resource: bucket.id, path: at('BucketKeyEnabled'), value: true });
    }
  }
  if (edits.length === 0) return { notFixable: 'nothing mechanical to change' };
  return { description: `make the default encryption ${describe(requirement)}`, edits };
}

/** Absent keys are added (parameterised); a literal key outside the allowed ones is replaced by the parameter. */
function keyNeedsFix(keyId: Value | undefined, allowed: readonly string[] | undefined): boolean {
  if (isSet(keyId) !== true) return true;
  if (!allowed || allowed.length === 0 || isUnknown(keyId) || isObject(keyId)) return false;
  return kmsKeyMatches(String(keyId), allowed) === false;
}

function describe(requirement: S3EncryptionRequirement): string {
  const parts = [requirement.algorithm];
  if (S3_KMS_ALGORITHMS.includes(requirement.algorithm)) parts.push(`KMSMasterKeyID: !Ref ${KEY_PARAMETER}`);
  if (requirement.bucketKey) parts.push('BucketKeyEnabled');
  return parts.join(', ');
}
