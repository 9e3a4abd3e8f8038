import { defineRule } from '../../define.js';
import { trailNames } from '../../lib/cloudtrail.js';
import { misnamedKey } from '../../lib/encryption.js';
import { judge } from '../../lib/settings.js';
import { TRAIL } from './examples.js';

export default defineRule({
  meta: {
    id: 'CLOUD_TRAIL_ENCRYPTION_ENABLED',
    title: 'CloudTrail trails encrypt their log files with AWS KMS',
    description:
      'Checks that an AWS CloudTrail trail encrypts the log files it delivers with an AWS KMS key (KMSKeyId; SSE-S3 only when unset), so reading the audit trail needs permission on the key as well as on the bucket.',
    severity: 'medium',
    resourceTypes: ['AWS::CloudTrail::Trail'],
    managedRule: 'cloud-trail-encryption-enabled',
    frameworks: {
      FSBP: ['CloudTrail.2'],
      'CIS-v1.4.0': ['3.7'],
      'CIS-v3.0.0': ['3.5'],
      'CIS-v5.0.0': ['3.5'],
      'NIST-800-53-r5': ['AU-9', 'CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'],
      'PCI-DSS-v3.2.1': ['3.4'],
    },
    messages: {
      encrypted: 'Trail {{id}} encrypts its log files with a KMS key.',
      notEncrypted: 'Trail {{id}} does not encrypt its log files with a KMS key (KMSKeyId is not set).',
      unknownEncryption: 'Whether trail {{id}} encrypts its log files with a KMS key is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `KMSKeyId` on the trail to a customer managed key whose policy lets CloudTrail encrypt (`kms:GenerateDataKey*` for `cloudtrail.amazonaws.com`) and your auditors decrypt.',
    examples: {
      noncompliant: [{ cloudformation: TRAIL }],
      compliant: [{ cloudformation: `${TRAIL}      KMSKeyId: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\n` }],
    },
  },
  check(trail, { graph }) {
    const path = trail.properties.KMSKeyId === undefined ? [] : ['KMSKeyId'];
    const set = trailNames(trail, 'KMSKeyId');
    // Text that names no key (a bare name, a placeholder) is one CloudTrail refuses, not encryption.
    const misnamed = set === true ? misnamedKey(trail, trail.properties.KMSKeyId, graph) : undefined;
    return judge(misnamed ?? set, { pass: 'encrypted', fail: 'notEncrypted', unknown: 'unknownEncryption' }, path);
  },
});
