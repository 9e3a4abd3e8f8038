import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import { activeLifecycleRules, inBucketNames } from '../../lib/s3-lifecycle.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject } from '../../../model/value.js';

export default defineRule<{ bucketNames?: string[] }>({
  meta: {
    id: 'S3_VERSION_LIFECYCLE_POLICY_CHECK',
    title: 'Versioned S3 buckets have a lifecycle rule',
    description:
      'Checks that an S3 bucket with versioning enabled has at least one enabled lifecycle rule, optionally only for the listed buckets. Without one, every noncurrent version is kept, and billed, forever.',
    severity: 'low',
    resourceTypes: ['AWS::S3::Bucket'],
    managedRule: 's3-version-lifecycle-policy-check',
    frameworks: { 'NIST-800-53-r5': ['CP-10', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-13(5)'] },
    recommended: false,
    whyNotRecommended: 'How long object versions are kept is a retention decision of the organisation.',
    parameters: {
      bucketNames: { type: 'string-list', description: 'Names (BucketName) of the buckets to check; every versioned bucket when absent.' },
    },
    messages: {
      hasRule: 'Versioned bucket {{id}} has {{count}} enabled lifecycle rules.',
      noRule: 'Bucket {{id}} has versioning enabled but no enabled lifecycle rule.',
      notVersioned: 'Bucket {{id}} does not have versioning enabled.',
      notListed: 'Bucket {{id}} is not in bucketNames.',
      unknown: 'Whether versioned bucket {{id}} has an enabled lifecycle rule is not known before deployment ({{reason}}).',
    },
    remediation: 'Add `LifecycleConfiguration.Rules` with a rule whose `Status` is `Enabled`, for example one expiring noncurrent versions (`NoncurrentVersionExpiration.NoncurrentDays`).',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      LifecycleConfiguration:\n        Rules:\n          - Id: expire-old-versions\n            Status: Enabled\n            NoncurrentVersionExpiration:\n              NoncurrentDays: 90\n',
        },
      ],
    },
  },
  check(bucket, { params }) {
    const listed = inBucketNames(bucket, params.bucketNames);
    if (listed === false) return notApplicable('notListed', {}, ['BucketName']);
    const versioning = bucket.properties.VersioningConfiguration;
    const status = isObject(versioning) ? versioning.Status : versioning;
    if (isUnknown(status)) return insufficientData('unknown', { reason: status.reason }, ['VersioningConfiguration']);
    if (status !== 'Enabled') return notApplicable('notVersioned', {}, []);
    if (isUnknown(listed)) return insufficientData('unknown', { reason: listed.reason }, ['BucketName']);
    const { rules, unknown, unknownPath } = activeLifecycleRules(bucket);
    if (rules.length > 0) return compliant('hasRule', { count: rules.length }, ['LifecycleConfiguration']);
    if (unknown) return insufficientData('unknown', { reason: unknown.reason }, unknownPath);
    return nonCompliant('noRule', {}, bucket.properties.LifecycleConfiguration === undefined ? [] : ['LifecycleConfiguration']);
  },
});
