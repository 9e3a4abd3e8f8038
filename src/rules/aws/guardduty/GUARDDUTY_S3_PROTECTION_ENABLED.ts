import { defineRule } from '../../define.js';
import { FEATURE_MESSAGES, judgeFeature, type FeatureMessage } from '../../lib/guardduty.js';

const detector = (status: string) => `Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: true\n      Features:\n        - Name: S3_DATA_EVENTS\n          Status: ${status}\n`;

export default defineRule<Record<string, never>, FeatureMessage>({
  meta: {
    id: 'GUARDDUTY_S3_PROTECTION_ENABLED',
    title: 'GuardDuty detectors have S3 Protection enabled',
    description:
      'Checks that a GuardDuty detector has S3 Protection on: the S3_DATA_EVENTS feature ENABLED, or the legacy DataSources.S3Logs.Enable flag true. S3 Protection (S3 data event monitoring) finds suspicious access to S3 objects, such as data exfiltration with stolen credentials. A suspended detector fails.',
    severity: 'medium',
    resourceTypes: ['AWS::GuardDuty::Detector'],
    managedRule: 'guardduty-s3-protection-enabled',
    frameworks: { FSBP: ['GuardDuty.10'] },
    messages: FEATURE_MESSAGES('S3 Protection'),
    remediation: 'Turn S3 Protection on for the detector (GuardDuty console, `aws guardduty update-detector --features Name=S3_DATA_EVENTS,Status=ENABLED`, `Features` of `AWS::GuardDuty::Detector`, or Terraform `aws_guardduty_detector_feature`).',
    examples: {
      noncompliant: [{ cloudformation: detector('DISABLED') }],
      compliant: [{ cloudformation: detector('ENABLED') }],
    },
  },
  check: (detector) => judgeFeature(detector, 'S3_DATA_EVENTS', ['S3Logs', 'Enable']),
});
