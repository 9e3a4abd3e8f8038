import { defineRule } from '../../define.js';
import { judgeFlag } from '../../lib/settings.js';
import { TRAIL } from './examples.js';

export default defineRule({
  meta: {
    id: 'CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED',
    title: 'CloudTrail trails sign digest files of their logs',
    description:
      'Checks that an AWS CloudTrail trail has log file integrity validation enabled (EnableLogFileValidation; off when unset), so a log file changed or deleted after delivery can be detected.',
    severity: 'low',
    resourceTypes: ['AWS::CloudTrail::Trail'],
    managedRule: 'cloud-trail-log-file-validation-enabled',
    frameworks: {
      FSBP: ['CloudTrail.4'],
      'CIS-v1.4.0': ['3.2'],
      'CIS-v3.0.0': ['3.2'],
      'CIS-v5.0.0': ['3.2'],
      'NIST-800-53-r5': ['AU-9', 'SI-4', 'SI-7(1)', 'SI-7(3)', 'SI-7(7)'],
      'PCI-DSS-v3.2.1': ['10.5.2', '10.5.5'],
    },
    messages: {
      enabled: 'Trail {{id}} validates its log files (signed digest files).',
      disabled: 'Trail {{id}} does not validate its log files (EnableLogFileValidation is {{actual}}).',
      unknownValidation: 'Whether trail {{id}} validates its log files is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `EnableLogFileValidation: true` on the trail (`enable_log_file_validation = true` in Terraform).',
    examples: {
      noncompliant: [{ cloudformation: TRAIL }],
      compliant: [{ cloudformation: `${TRAIL}      EnableLogFileValidation: true\n` }],
    },
  },
  check(trail) {
    return judgeFlag(trail, ['EnableLogFileValidation'], false, { pass: 'enabled', fail: 'disabled', unknown: 'unknownValidation' });
  },
});
