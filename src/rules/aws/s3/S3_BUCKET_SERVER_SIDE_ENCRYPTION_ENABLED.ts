import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { misnamedKey } from '../../lib/encryption.js';
import { actionsCover, policyStatements, principalIsPublic, soleEntry, type Statement } from '../../lib/policy.js';
import { existence } from '../../lib/certainty.js';
import { allOf } from '../../lib/tristate.js';
import { S3_SSE_ALGORITHMS, algorithmPath, s3BucketEncryption } from '../../lib/s3-encryption.js';
import type { ResourceGraph } from '../../../model/graph.js';
import { bucketPolicies } from '../../lib/s3-bucket-policies.js';
import type { Resource } from '../../../model/resource.js';
import { isUnknown, type Unknown } from '../../../model/unknown.js';
import { toList, type Value } from '../../../model/value.js';

const SSE_HEADER = 's3:x-amz-server-side-encryption';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED',
    title: 'S3 buckets have default server-side encryption configured',
    description:
      'Checks that an S3 bucket declares default server-side encryption (SSE-S3, SSE-KMS or DSSE-KMS) in BucketEncryption, or has a bucket policy that denies PutObject requests without a server-side encryption header. Since January 2023 S3 encrypts every new object with SSE-S3 even without configuration; like the AWS Config rule, this rule asks for the explicit configuration so that the choice is reviewed and kept by later updates.',
    severity: 'medium',
    resourceTypes: ['AWS::S3::Bucket'],
    related: [{ type: 'AWS::S3::BucketPolicy', relation: 'referencedBy', property: 'Bucket' }],
    managedRule: 's3-bucket-server-side-encryption-enabled',
    frameworks: { 'CIS-v1.4.0': ['2.1.1'], 'NIST-800-53-r5': ['AU-9', 'AU-9(2)', 'AU-9(7)', 'CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'], 'PCI-DSS-v3.2.1': ['3.4'] },
    messages: {
      encrypted: 'Bucket {{id}} encrypts new objects with {{algorithm}} by default.',
      policyDenies: 'The bucket policy {{policy}} of bucket {{id}} denies uploads without server-side encryption.',
      missing: 'Bucket {{id}} declares no default encryption (BucketEncryption) and no bucket policy that denies unencrypted uploads.',
      noDefault: 'The encryption rules of bucket {{id}} set no ServerSideEncryptionByDefault.',
      unsupportedAlgorithm: 'Bucket {{id}} uses SSEAlgorithm "{{algorithm}}", which is not AES256, aws:kms or aws:kms:dsse.',
      unknown: 'The default encryption of bucket {{id}} is not known before deployment ({{reason}}).',
    },
    remediation:
      'Add `BucketEncryption.ServerSideEncryptionConfiguration` with `ServerSideEncryptionByDefault.SSEAlgorithm` set to `AES256`, `aws:kms` or `aws:kms:dsse`.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n',
        },
      ],
    },
  },
  check(bucket, { graph }) {
    const encryption = s3BucketEncryption(bucket.properties);
    if (encryption.kind === 'rules') {
      const good = encryption.rules.find((rule) => typeof rule.algorithm === 'string' && S3_SSE_ALGORITHMS.includes(rule.algorithm));
      // A KMS default naming no key (a placeholder, a bare name) is one S3 refuses: the encryption it claims is not known.
      const misnamed = good && good.algorithm !== 'AES256' ? misnamedKey(bucket, good.keyId, graph) : undefined;
      if (good && misnamed) return insufficientData('unknown', { reason: misnamed.reason }, [...good.path, 'ServerSideEncryptionByDefault', 'KMSMasterKeyID']);
      if (good) return compliant('encrypted', { algorithm: String(good.algorithm) }, algorithmPath(good));
    }
    const denial = uploadDenial(bucket, graph);
    if (denial.found) return compliant('policyDenies', { policy: denial.found }, []);
    if (denial.unknown) return insufficientData('unknown', { reason: denial.unknown.reason }, []);
    if (encryption.kind === 'missing') return nonCompliant('missing', {}, encryption.path);
    if (encryption.kind === 'unknown') return insufficientData('unknown', { reason: encryption.unknown.reason }, encryption.path);
    const unknownRule = encryption.rules.find((rule) => isUnknown(rule.algorithm));
    if (unknownRule) return insufficientData('unknown', { reason: (unknownRule.algorithm as Unknown).reason }, algorithmPath(unknownRule));
    const invalid = encryption.rules.find((rule) => typeof rule.algorithm === 'string');
    if (invalid) return nonCompliant('unsupportedAlgorithm', { algorithm: String(invalid.algorithm) }, algorithmPath(invalid));
    return nonCompliant('noDefault', {}, encryption.rules[0]?.path ?? []);
  },
});

/**
 * Looks for an `AWS::S3::BucketPolicy` on this bucket with a statement that denies everyone
 * `s3:PutObject` when the request carries no (valid) `x-amz-server-side-encryption` header.
 */
function uploadDenial(bucket: Resource, graph: ResourceGraph): { found?: string; unknown?: Unknown } {
  const policies = bucketPolicies(bucket, graph);
  let unknownPart: Unknown | undefined;
  for (const policy of policies) {
    const statements = policyStatements(policy.properties.PolicyDocument, ['PolicyDocument']);
    if (isUnknown(statements)) {
      unknownPart ??= statements;
      continue;
    }
    // A policy created only under an undecidable condition does not prove the deny.
    const exists = existence(policy);
    for (const statement of statements) {
      const denies = allOf([deniesUnencryptedUploads(statement), exists]);
      if (denies === true) return { found: policy.id };
      if (isUnknown(denies)) unknownPart ??= denies;
    }
  }
  return unknownPart ? { unknown: unknownPart } : {};
}

function deniesUnencryptedUploads(statement: Statement): boolean | Unknown {
  if (statement.actions === undefined || statement.notResources !== undefined) return false;
  return allOf([
    isUnknown(statement.effect) ? statement.effect : statement.effect === 'Deny',
    actionsCover(statement.actions, 's3:putobject'),
    principalIsPublic(statement.principal),
    conditionRequiresEncryption(statement.condition),
  ]);
}

/**
 * The condition must consist of the encryption check alone (another key would narrow the deny):
 * `Null: {s3:x-amz-server-side-encryption: true}` or `StringNotEquals[IfExists]` on the header
 * with accepted algorithms only.
 */
function conditionRequiresEncryption(condition: Value | undefined): boolean | Unknown {
  if (isUnknown(condition)) return condition;
  const test = soleEntry(condition);
  if (!test) return false;
  const [operator, block] = test;
  if (isUnknown(block)) return block;
  const pair = soleEntry(block);
  if (!pair) return false;
  const [key, value] = pair;
  if (key.toLowerCase() !== SSE_HEADER) return false;
  const values = toList(value);
  if (isUnknown(values)) return values;
  const unknownValue = values.find(isUnknown);
  if (unknownValue) return unknownValue;
  const texts = values.map((item) => String(item));
  if (operator === 'Null') return texts.length > 0 && texts.every((text) => text.toLowerCase() === 'true');
  if (operator === 'StringNotEquals' || operator === 'StringNotEqualsIfExists') {
    return texts.length > 0 && texts.every((text) => S3_SSE_ALGORITHMS.includes(text));
  }
  return false;
}
