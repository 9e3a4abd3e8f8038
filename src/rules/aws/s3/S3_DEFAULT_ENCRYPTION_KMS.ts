import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { misnamedKey } from '../../lib/encryption.js';
import type { Verdict } from '../../types.js';
import { kmsKeyMatches } from '../../lib/kms.js';
import { S3_KMS_ALGORITHMS, algorithmPath, s3BucketEncryption } from '../../lib/s3-encryption.js';
import { isUnknown } from '../../../model/unknown.js';

type MessageId = 'kms' | 'missing' | 'notKms' | 'noDefault' | 'awsManagedKey' | 'keyNotAllowed' | 'unknown' | 'unknownKey';

export default defineRule<{ kmsKeyArns?: string[] }, MessageId>({
  meta: {
    id: 'S3_DEFAULT_ENCRYPTION_KMS',
    title: 'S3 buckets encrypt by default with AWS KMS',
    description:
      'Checks that the default encryption of an S3 bucket uses an AWS KMS key (SSE-KMS or DSSE-KMS), optionally one of a list of allowed keys. A KMS key adds a second permission check and an audit trail on every object read.',
    severity: 'medium',
    recommended: false,
    whyNotRecommended:
      'KMS keys rather than S3-managed keys are an organisation\'s choice (key policies and CloudTrail records, at a cost per request); AWS encrypts every new bucket with SSE-S3 and its foundational best practices accept either, and the rule contradicts S3_BUCKET_ENCRYPTION_CONFIGURED\'s default. The recommended set asks for default encryption of either kind (S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED). Turn it on where KMS is required.',
    resourceTypes: ['AWS::S3::Bucket'],
    managedRule: 's3-default-encryption-kms',
    frameworks: { 'NIST-800-53-r5': ['AU-9(3)', 'CP-9', 'CP-9(8)', 'SC-13', 'SC-28(1)', 'SC-8(3)', 'SC-8(4)', 'SI-19(4)'], 'PCI-DSS-v3.2.1': ['3.4', '8.2.1', '10.5'] },
    parameters: {
      kmsKeyArns: {
        type: 'string-list',
        description: 'ARNs of the KMS keys buckets may use for default encryption (any KMS key when absent).',
      },
    },
    messages: {
      kms: 'Bucket {{id}} encrypts new objects with {{algorithm}} by default.',
      missing: 'Bucket {{id}} declares no default encryption with a KMS key (no BucketEncryption).',
      notKms: 'Bucket {{id}} encrypts by default with {{algorithm}}, not with an AWS KMS key (aws:kms or aws:kms:dsse).',
      noDefault: 'An encryption rule of bucket {{id}} sets no ServerSideEncryptionByDefault.',
      awsManagedKey: 'Bucket {{id}} uses the AWS managed aws/s3 key (no KMSMasterKeyID), which is not among the allowed kmsKeyArns.',
      keyNotAllowed: 'Bucket {{id}} encrypts with KMS key {{key}}, which is not among the allowed kmsKeyArns.',
      unknown: 'The default encryption of bucket {{id}} is not known before deployment ({{reason}}).',
      unknownKey: 'Whether the KMS key of bucket {{id}} is one of kmsKeyArns can not be decided before deployment ({{reason}}).',
    },
    remediation:
      'Set `BucketEncryption.ServerSideEncryptionConfiguration[].ServerSideEncryptionByDefault.SSEAlgorithm` to `aws:kms` with `KMSMasterKeyID` naming an allowed customer managed key.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      KeyPolicy: {}\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: aws:kms\n              KMSMasterKeyID: !GetAtt Key.Arn\n            BucketKeyEnabled: true\n',
        },
      ],
    },
  },
  check(bucket, { params, graph }) {
    const encryption = s3BucketEncryption(bucket.properties);
    if (encryption.kind === 'missing') return nonCompliant('missing', {}, encryption.path);
    if (encryption.kind === 'unknown') return insufficientData('unknown', { reason: encryption.unknown.reason }, encryption.path);
    const allowed = params.kmsKeyArns ?? [];
    const verdicts: Verdict<MessageId>[] = [];
    for (const rule of encryption.rules) {
      const path = algorithmPath(rule);
      if (isUnknown(rule.algorithm)) {
        verdicts.push(insufficientData('unknown', { reason: rule.algorithm.reason }, path));
        continue;
      }
      if (rule.algorithm === undefined) {
        verdicts.push(nonCompliant('noDefault', {}, path));
        continue;
      }
      if (!S3_KMS_ALGORITHMS.includes(rule.algorithm)) {
        verdicts.push(nonCompliant('notKms', { algorithm: rule.algorithm }, path));
        continue;
      }
      const misnamed = misnamedKey(bucket, rule.keyId, graph);
      if (misnamed) {
        verdicts.push(insufficientData('unknown', { reason: misnamed.reason }, [...rule.path, 'ServerSideEncryptionByDefault', 'KMSMasterKeyID']));
        continue;
      }
      if (allowed.length > 0) {
        const keyPath = [...rule.path, 'ServerSideEncryptionByDefault', 'KMSMasterKeyID'];
        const key = rule.keyId;
        if (isUnknown(key)) {
          verdicts.push(insufficientData('unknownKey', { reason: key.reason }, keyPath));
          continue;
        }
        if (key === undefined || key === null || key === '') {
          verdicts.push(nonCompliant('awsManagedKey', {}, path));
          continue;
        }
        const isAllowed = kmsKeyMatches(String(key), allowed);
        if (isUnknown(isAllowed)) {
          verdicts.push(insufficientData('unknownKey', { reason: isAllowed.reason }, keyPath));
          continue;
        }
        if (!isAllowed) {
          verdicts.push(nonCompliant('keyNotAllowed', { key: String(key) }, keyPath));
          continue;
        }
      }
      verdicts.push(compliant('kms', { algorithm: rule.algorithm }, path));
    }
    return verdicts;
  },
});

