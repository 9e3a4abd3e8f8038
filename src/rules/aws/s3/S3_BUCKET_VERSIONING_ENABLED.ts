import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isSet } from '../../lib/certainty.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject } from '../../../model/value.js';

export default defineRule<{ isMfaDeleteEnabled?: boolean }>({
  meta: {
    id: 'S3_BUCKET_VERSIONING_ENABLED',
    title: 'S3 buckets have versioning enabled',
    description:
      'Checks that an S3 bucket has versioning enabled (VersioningConfiguration Status Enabled; Suspended or absent is not), and optionally MFA delete. Versioning keeps overwritten and deleted objects recoverable.',
    severity: 'medium',
    resourceTypes: ['AWS::S3::Bucket'],
    managedRule: 's3-bucket-versioning-enabled',
    frameworks: { 'CIS-v3.0.0': ['2.1.2'], 'NIST-800-53-r5': ['AU-9(2)', 'CP-10', 'CP-6', 'CP-6(1)', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-12', 'SI-13(5)'], 'PCI-DSS-v3.2.1': ['10.5.3'] },
    recommended: false,
    whyNotRecommended:
      'Versioning keeps every overwritten and deleted object version, and each is billed; which buckets need it (and a lifecycle rule expiring old versions) is the organisation\'s choice. Turn it on for buckets holding data that must be recoverable.',
    parameters: {
      isMfaDeleteEnabled: {
        type: 'boolean',
        description: 'Also require MFA delete. Only the root user can turn it on, through the API: templates and plans never show it, so only AWS Config items can satisfy it.',
      },
    },
    messages: {
      enabled: 'Bucket {{id}} has versioning enabled.',
      disabled: 'Bucket {{id}} does not enable versioning (no VersioningConfiguration).',
      suspended: 'Bucket {{id}} has versioning {{status}}, not Enabled.',
      mfaDeleteDisabled: 'Bucket {{id}} has versioning enabled but not MFA delete.',
      unknownMfaDelete: 'Whether bucket {{id}} has MFA delete enabled is not known ({{reason}}).',
      unknown: 'The versioning of bucket {{id}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `VersioningConfiguration.Status` to `Enabled` (Terraform: `aws_s3_bucket_versioning` with `status = "Enabled"`).',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Suspended\n' }],
      compliant: [{ cloudformation: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n' }],
    },
  },
  check(bucket, { params }) {
    const versioning = bucket.properties.VersioningConfiguration;
    if (isUnknown(versioning)) return insufficientData('unknown', { reason: versioning.reason }, ['VersioningConfiguration']);
    if (!isObject(versioning) || isSet(versioning.Status) === false) return nonCompliant('disabled', {}, isObject(versioning) ? ['VersioningConfiguration'] : []);
    const status = versioning.Status;
    const path = ['VersioningConfiguration', 'Status'];
    if (isUnknown(status)) return insufficientData('unknown', { reason: status.reason }, path);
    if (status !== 'Enabled') return nonCompliant('suspended', { status: String(status) }, path);
    if (params.isMfaDeleteEnabled !== true) return compliant('enabled', {}, path);
    const mfa = bucket.observed?.MfaDeleteEnabled;
    if (mfa === true) return compliant('enabled', {}, path);
    if (mfa === false) return nonCompliant('mfaDeleteDisabled', {}, path);
    return insufficientData('unknownMfaDelete', { reason: isUnknown(mfa) ? mfa.reason : 'MFA delete is set through the API by the root user, not in templates or plans' }, path);
  },
});
