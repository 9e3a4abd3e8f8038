import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { existence } from '../../lib/certainty.js';
import { isAllow, policyStatements } from '../../lib/policy.js';
import { bucketPolicies } from '../../lib/s3-bucket-policies.js';
import { allowsSomeAction, reachesOtherAccount } from '../../lib/s3-cross-account.js';
import { allOf } from '../../lib/tristate.js';
import { isUnknown } from '../../../model/unknown.js';

const CFN_POLICY = (principal: string, action: string): string =>
  `Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Bucket\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Principal: { AWS: "${principal}" }\n            Action: ${action}\n            Resource: !Sub "\${Bucket.Arn}/*"\n`;
const PATTERNS = { blacklistedActionPattern: 's3:DeleteBucketPolicy,s3:PutBucketAcl,s3:PutBucketPolicy,s3:PutEncryptionConfiguration,s3:PutObjectAcl' };

export default defineRule<{ blacklistedActionPattern?: string[] }>({
  meta: {
    id: 'S3_BUCKET_BLACKLISTED_ACTIONS_PROHIBITED',
    title: 'S3 bucket policies do not allow blocklisted actions to other accounts',
    description:
      'Checks that no Allow statement of a bucket policy grants an action matching the blacklistedActionPattern list (e.g. s3:PutBucketPolicy, s3:DeleteObject, s3:GetBucket*) to a principal of another AWS account or to everyone (Principal "*", NotPrincipal). As the AWS Config rule does, only the Principal is judged, not Condition. The bucket\'s account is the configuration item\'s, or the --account-id given to a template scan; an account principal that can not be compared with it is reported as INSUFFICIENT_DATA. Without the list (AWS Config requires one) nothing can be judged: the rule reports INSUFFICIENT_DATA and asks for it.',
    severity: 'high',
    recommended: false,
    whyNotRecommended:
      'Needs your list of actions other accounts must never be granted (blacklistedActionPattern; Security Hub S3.6 uses s3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutBucketPolicy, s3:PutEncryptionConfiguration, s3:PutObjectAcl). Turn it on by giving the list (`--param S3_BUCKET_BLACKLISTED_ACTIONS_PROHIBITED.blacklistedActionPattern=s3:PutBucketPolicy,...` or `.tosei.yml`).',
    resourceTypes: ['AWS::S3::Bucket'],
    managedRule: 's3-bucket-blacklisted-actions-prohibited',
    parameters: {
      blacklistedActionPattern: {
        type: 'string-list',
        description: 'Action patterns other accounts must not be allowed, e.g. s3:GetBucket*,s3:DeleteObject (required by AWS Config; without it no bucket can be judged).',
      },
    },
    frameworks: { FSBP: ['S3.6'], 'NIST-800-53-r5': ['CA-9(1)', 'CM-2'] },
    related: [{ type: 'AWS::S3::BucketPolicy', relation: 'referencedBy', property: 'Bucket' }],
    messages: {
      restricted: 'No bucket policy of {{id}} allows a blocklisted action to another account.',
      allowed: 'Statement {{statement}} of bucket policy {{policy}} allows another account or everyone a blocklisted action ({{patterns}}) on bucket {{id}}.',
      notConfigured: 'Bucket {{id}} can not be judged: no blocklisted actions are configured. Set the blacklistedActionPattern parameter.',
      unknown: 'Whether bucket policy {{policy}} allows another account a blocklisted action on {{id}} is not known before deployment ({{reason}}).',
    },
    remediation:
      'Remove the blocklisted actions from the statements that allow other accounts or everyone, or name only principals of the bucket\'s own account in them.',
    examples: {
      noncompliant: [{ title: 'every account may replace the bucket policy', params: PATTERNS, cloudformation: CFN_POLICY('*', 's3:PutBucketPolicy') }],
      compliant: [{ title: 'another account may only read objects', params: PATTERNS, cloudformation: CFN_POLICY('arn:aws:iam::210987654321:root', 's3:GetObject') }],
    },
  },
  check(bucket, { params, graph }) {
    const patterns = params.blacklistedActionPattern?.map((pattern) => pattern.trim()).filter((pattern) => pattern !== '') ?? [];
    if (patterns.length === 0) return insufficientData('notConfigured', {}, []);
    const own = bucket.source?.account;
    let undecided: { policy: string; reason: string } | undefined;
    for (const policy of bucketPolicies(bucket, graph)) {
      const statements = policyStatements(policy.properties.PolicyDocument, ['PolicyDocument']);
      if (isUnknown(statements)) {
        undecided ??= { policy: policy.id, reason: statements.reason };
        continue;
      }
      const exists = existence(policy);
      for (const [index, statement] of statements.entries()) {
        const allowed = allOf([isAllow(statement), reachesOtherAccount(statement, own), allowsSomeAction(statement, patterns), exists]);
        const sid = typeof statement.raw.Sid === 'string' ? statement.raw.Sid : String(index);
        if (allowed === true) return nonCompliant('allowed', { policy: policy.id, statement: sid, patterns: patterns.join(', ') }, []);
        if (isUnknown(allowed)) undecided ??= { policy: policy.id, reason: allowed.reason };
      }
    }
    return undecided ? insufficientData('unknown', undecided, []) : compliant('restricted', {}, []);
  },
});
