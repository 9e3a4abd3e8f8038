import { defineRule } from '../../define.js';
import { judgePublicAccess, PUBLIC_ACCESS_MESSAGES } from '../../lib/s3-public-access.js';

export default defineRule<Record<string, never>>({
  meta: {
    id: 'S3_BUCKET_PUBLIC_WRITE_PROHIBITED',
    title: 'S3 buckets do not allow public write access',
    description:
      'Checks that an S3 bucket does not let everyone upload, overwrite or delete objects or change the bucket ACL or policy: neither its ACL (a canned ACL or grants to AllUsers or AuthenticatedUsers), unless its public access block ignores public ACLs or ACLs are disabled, nor a bucket policy allowing Principal "*" without a condition that pins it to fixed accounts, organisations or networks, unless its public access block restricts public buckets. The account-level public access block is not in a template or plan and is taken as not set.',
    severity: 'critical',
    resourceTypes: ['AWS::S3::Bucket'],
    managedRule: 's3-bucket-public-write-prohibited',
    frameworks: { FSBP: ['S3.3'], 'NIST-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'], 'PCI-DSS-v3.2.1': ['1.2.1', '1.3.1', '1.3.2', '1.3.4', '1.3.6', '7.2.1'] },
    related: [{ type: 'AWS::S3::BucketPolicy', relation: 'referencedBy', property: 'Bucket' }],
    messages: PUBLIC_ACCESS_MESSAGES,
    remediation:
      'Remove public ACL grants (`AccessControl: PublicReadWrite`) and policy statements that allow `Principal: "*"` write access, or set `IgnorePublicAcls` and `RestrictPublicBuckets` in the bucket `PublicAccessBlockConfiguration`.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n',
        },
      ],
    },
  },
  check: (bucket, { graph }) => judgePublicAccess(bucket, graph, 'write'),
});
