import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { misnamedKey } from '../../lib/encryption.js';
import type { Verdict } from '../../types.js';
import { S3_KMS_ALGORITHMS, S3_SSE_ALGORITHMS, algorithmPath, s3BucketEncryption } from '../../lib/s3-encryption.js';
import { isSet } from '../../lib/certainty.js';
import { isUnknown } from '../../../model/unknown.js';

type MessageId = 'configured' | 'missing' | 'noDefault' | 'wrongAlgorithm' | 'bucketKeyOff' | 'noKey' | 'unknown';

export default defineRule<{ encryptionAlgorithm: string }, MessageId>({
  meta: {
    id: 'S3_BUCKET_ENCRYPTION_CONFIGURED',
    title: 'S3 buckets declare the required default encryption',
    description:
      'Checks that every default-encryption rule of an S3 bucket uses the required algorithm, enables the S3 Bucket Key, and names a KMS key when the algorithm is aws:kms or aws:kms:dsse. It is meant as a deployment gate (for example in a CloudFormation hook) that blocks buckets created without the organisation\'s encryption standard; a bucket without BucketEncryption fails even though S3 applies SSE-S3 by default.',
    severity: 'high',
    recommended: false,
    whyNotRecommended:
      'Requires one algorithm of your organisation\'s choosing, and its default (AES256) contradicts S3_DEFAULT_ENCRYPTION_KMS: no bucket could pass both. The recommended set asks for default encryption of either kind (S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED). Turn it on with the algorithm you require (`--param S3_BUCKET_ENCRYPTION_CONFIGURED.encryptionAlgorithm=aws:kms`).',
    resourceTypes: ['AWS::S3::Bucket'],
    parameters: {
      encryptionAlgorithm: {
        type: 'string',
        description: 'The SSEAlgorithm every encryption rule must use.',
        enum: S3_SSE_ALGORITHMS,
        default: 'AES256',
      },
    },
    messages: {
      configured: 'Bucket {{id}} encrypts by default with {{algorithm}} and the S3 Bucket Key.',
      missing: 'Bucket {{id}} declares no default encryption (BucketEncryption).',
      noDefault: 'An encryption rule of bucket {{id}} sets no ServerSideEncryptionByDefault.',
      wrongAlgorithm: 'Bucket {{id}} encrypts with {{actual}}, but {{expected}} is required.',
      bucketKeyOff: 'An encryption rule of bucket {{id}} does not set BucketKeyEnabled to true.',
      noKey: 'Bucket {{id}} encrypts with {{algorithm}} but names no KMSMasterKeyID (it would use the AWS managed aws/s3 key).',
      unknown: 'The default encryption of bucket {{id}} is not known before deployment ({{reason}}).',
    },
    remediation:
      'Add `BucketEncryption.ServerSideEncryptionConfiguration` whose rules set `SSEAlgorithm` to the required algorithm (with `KMSMasterKeyID` for KMS) and `BucketKeyEnabled: true`.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n            BucketKeyEnabled: true\n',
        },
      ],
    },
  },
  check(bucket, { params, graph }) {
    const expected = params.encryptionAlgorithm;
    const encryption = s3BucketEncryption(bucket.properties);
    if (encryption.kind === 'missing') return nonCompliant('missing', {}, encryption.path);
    if (encryption.kind === 'unknown') return insufficientData('unknown', { reason: encryption.unknown.reason }, encryption.path);
    const verdicts: Verdict<MessageId>[] = [];
    for (const rule of encryption.rules) {
      const path = algorithmPath(rule);
      if (isUnknown(rule.algorithm)) verdicts.push(insufficientData('unknown', { reason: rule.algorithm.reason }, path));
      else if (rule.algorithm === undefined) verdicts.push(nonCompliant('noDefault', {}, path));
      else if (rule.algorithm !== expected) verdicts.push(nonCompliant('wrongAlgorithm', { actual: rule.algorithm, expected }, path));
      else if (S3_KMS_ALGORITHMS.includes(rule.algorithm)) {
        // A key known only at deployment (GetAtt, ImportValue) names a key; an undecidable Fn::If with AWS::NoValue may not.
        const key = isSet(rule.keyId);
        const misnamed = key === true ? misnamedKey(bucket, rule.keyId, graph) : undefined;
        if (key === false) verdicts.push(nonCompliant('noKey', { algorithm: rule.algorithm }, path));
        else if (misnamed) verdicts.push(insufficientData('unknown', { reason: misnamed.reason }, [...rule.path, 'ServerSideEncryptionByDefault', 'KMSMasterKeyID']));
        else if (isUnknown(key)) verdicts.push(insufficientData('unknown', { reason: key.reason }, [...rule.path, 'ServerSideEncryptionByDefault', 'KMSMasterKeyID']));
      }
      const bucketKey = rule.bucketKeyEnabled;
      if (isUnknown(bucketKey)) verdicts.push(insufficientData('unknown', { reason: bucketKey.reason }, [...rule.path, 'BucketKeyEnabled']));
      else if (bucketKey !== true) {
        verdicts.push(nonCompliant('bucketKeyOff', {}, bucketKey === undefined ? rule.path : [...rule.path, 'BucketKeyEnabled']));
      }
    }
    if (verdicts.length === 0) return compliant('configured', { algorithm: expected }, ['BucketEncryption']);
    return verdicts;
  },
});
