import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { ownerEnforced } from '../../lib/s3-public-access.js';
import { isUnknown } from '../../../model/unknown.js';

/** Canned ACLs that grant no one but the bucket owner. */
const OWNER_ONLY = ['Private', 'BucketOwnerRead', 'BucketOwnerFullControl'];

export default defineRule<Record<string, never>>({
  meta: {
    id: 'S3_BUCKET_ACL_PROHIBITED',
    title: 'S3 buckets do not grant access through ACLs',
    description:
      'Checks that an S3 bucket grants no one but its owner access through its ACL: ACLs disabled (OwnershipControls BucketOwnerEnforced), or no ACL other than private. Access given by ACLs escapes the bucket policy and IAM, where it is reviewed.',
    severity: 'medium',
    resourceTypes: ['AWS::S3::Bucket'],
    managedRule: 's3-bucket-acl-prohibited',
    frameworks: { FSBP: ['S3.12'], 'NIST-800-53-r5': ['AC-2(1)', 'AC-3', 'AC-3(15)', 'AC-3(7)', 'AC-6'] },
    messages: {
      aclsDisabled: 'Bucket {{id}} disables ACLs (BucketOwnerEnforced).',
      ownerOnly: 'The ACL of bucket {{id}} grants only its owner ({{acl}}).',
      aclGrants: 'Bucket {{id}} grants access through its ACL ({{acl}}).',
      unknown: 'Whether the ACL of bucket {{id}} grants anyone but its owner is not known before deployment ({{reason}}).',
    },
    remediation:
      'Remove `AccessControl` (or set it to `Private`), grant access through the bucket policy instead, and set `OwnershipControls` to `BucketOwnerEnforced` to disable ACLs.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: LogDeliveryWrite\n' }],
      compliant: [
        { cloudformation: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced\n' },
      ],
    },
  },
  check(bucket) {
    const enforced = ownerEnforced(bucket.properties.OwnershipControls);
    if (enforced === true) return compliant('aclsDisabled', {}, ['OwnershipControls']);
    const acl = bucket.properties.AccessControl;
    // No ACL is the owner's FULL_CONTROL alone (and new buckets disable ACLs since April 2023).
    if (acl === undefined || acl === null) return compliant('ownerOnly', { acl: 'no AccessControl' }, []);
    if (isUnknown(acl)) return insufficientData('unknown', { reason: acl.reason }, ['AccessControl']);
    if (typeof acl === 'string' && OWNER_ONLY.includes(acl)) return compliant('ownerOnly', { acl }, ['AccessControl']);
    // A grant to others (or a value that is not a canned ACL) may be neutralised only by ACLs being disabled.
    if (isUnknown(enforced)) return insufficientData('unknown', { reason: enforced.reason }, ['OwnershipControls']);
    return nonCompliant('aclGrants', { acl: typeof acl === 'string' ? acl : 'not a canned ACL' }, ['AccessControl']);
  },
});
