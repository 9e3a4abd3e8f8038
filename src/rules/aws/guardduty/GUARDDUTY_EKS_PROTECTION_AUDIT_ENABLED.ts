import { defineRule } from '../../define.js';
import { FEATURE_MESSAGES, judgeFeature, type FeatureMessage } from '../../lib/guardduty.js';

const detector = (status: string) => `Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: true\n      Features:\n        - Name: EKS_AUDIT_LOGS\n          Status: ${status}\n`;

export default defineRule<Record<string, never>, FeatureMessage>({
  meta: {
    id: 'GUARDDUTY_EKS_PROTECTION_AUDIT_ENABLED',
    title: 'GuardDuty detectors have EKS Audit Log Monitoring enabled',
    description:
      'Checks that a GuardDuty detector has EKS Audit Log Monitoring on: the EKS_AUDIT_LOGS feature ENABLED, or the legacy DataSources.Kubernetes.AuditLogs.Enable flag true. EKS Audit Log Monitoring reads the Kubernetes audit logs of EKS clusters to find suspicious activity in them. A suspended detector fails.',
    severity: 'medium',
    resourceTypes: ['AWS::GuardDuty::Detector'],
    managedRule: 'guardduty-eks-protection-audit-enabled',
    frameworks: { FSBP: ['GuardDuty.5'] },
    messages: FEATURE_MESSAGES('EKS Audit Log Monitoring'),
    remediation: 'Turn EKS Audit Log Monitoring on for the detector (GuardDuty console, `aws guardduty update-detector --features Name=EKS_AUDIT_LOGS,Status=ENABLED`, `Features` of `AWS::GuardDuty::Detector`, or Terraform `aws_guardduty_detector_feature`).',
    examples: {
      noncompliant: [{ cloudformation: detector('DISABLED') }],
      compliant: [{ cloudformation: detector('ENABLED') }],
    },
  },
  check: (detector) => judgeFeature(detector, 'EKS_AUDIT_LOGS', ['Kubernetes', 'AuditLogs', 'Enable']),
});
