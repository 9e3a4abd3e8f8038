import { defineRule } from '../../define.js';
import { judgePublicAccess, PUBLIC_ACCESS_MESSAGES } from '../../lib/s3-public-access.js';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'S3_BUCKET_PUBLIC_READ_PROHIBITED',
    title: 'S3 buckets do not allow public read access',
    description:
      'Checks that an S3 bucket does not let everyone read its objects or list them: neither its ACL (a canned ACL or grants to AllUsers or AuthenticatedUsers), unless its public access block ignores public ACLs or ACLs are disabled, nor a bucket policy allowing Principal "*" without a condition that pins it to fixed accounts, organisations or networks, unless its public access block restricts public buckets. The account-level public access block is not in a template or plan and is taken as not set.',
    severity: 'critical',
    resourceTypes: ['AWS::S3::Bucket'],
    managedRule: 's3-bucket-public-read-prohibited',
    frameworks: { FSBP: ['S3.2'], 'NIST-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'], 'PCI-DSS-v3.2.1': ['1.2.1', '1.3.1', '1.3.2', '1.3.6', '7.2.1'] },
    related: [{ type: 'AWS::S3::BucketPolicy', relation: 'referencedBy', property: 'Bucket' }],
    messages: PUBLIC_ACCESS_MESSAGES,
    remediation:
      'Remove public ACL grants (`AccessControl` `PublicRead`, `PublicReadWrite` or `AuthenticatedRead`) and policy statements that allow `Principal: "*"` read access, or set `IgnorePublicAcls` and `RestrictPublicBuckets` in the bucket `PublicAccessBlockConfiguration`.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n',
        },
      ],
    },
  },
  check: (bucket, { graph }) => judgePublicAccess(bucket, graph, 'read'),
});
