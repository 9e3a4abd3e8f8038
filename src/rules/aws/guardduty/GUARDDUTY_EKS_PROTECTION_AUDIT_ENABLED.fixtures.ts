import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'cloudformation: the feature enabled, disabled, the legacy data source, a suspended detector and one that declares neither',
    template: `Resources:
  Featured:
    Type: AWS::GuardDuty::Detector
    Properties:
      Enable: true
      Features:
        - Name: EKS_AUDIT_LOGS
          Status: ENABLED
  Disabled:
    Type: AWS::GuardDuty::Detector
    Properties:
      Enable: true
      Features:
        - Name: RUNTIME_MONITORING
          Status: ENABLED
        - Name: EKS_AUDIT_LOGS
          Status: DISABLED
  Legacy:
    Type: AWS::GuardDuty::Detector
    Properties:
      Enable: true
      DataSources:
        Kubernetes:
          AuditLogs:
            Enable: true
  Suspended:
    Type: AWS::GuardDuty::Detector
    Properties:
      Enable: false
      Features:
        - Name: EKS_AUDIT_LOGS
          Status: ENABLED
  Bare:
    Type: AWS::GuardDuty::Detector
    Properties:
      Enable: true
`,
    expect: {
      Featured: { status: 'COMPLIANT', messageId: 'enabled', path: ['Features', 0, 'Status'] },
      Disabled: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['Features', 1, 'Status'] },
      Legacy: 'COMPLIANT',
      Suspended: { status: 'NON_COMPLIANT', messageId: 'detectorOff' },
      Bare: { status: 'INSUFFICIENT_DATA', messageId: 'notDeclared' },
    },
  },
  {
    name: 'cloudformation: the feature status from a parameter without a default',
    template: 'Parameters:\n  Status:\n    Type: String\nResources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: true\n      Features:\n        - Name: EKS_AUDIT_LOGS\n          Status: !Ref Status\n',
    expect: { Detector: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 'hcl: a detector with the feature as its own resource, one with the legacy data source off',
    hcl: `resource "aws_guardduty_detector" "main" {
  enable = true
}

resource "aws_guardduty_detector_feature" "feature" {
  detector_id = aws_guardduty_detector.main.id
  name        = "EKS_AUDIT_LOGS"
  status      = "ENABLED"
}

resource "aws_guardduty_detector" "legacy" {
  enable = true
  datasources {
    kubernetes {
      audit_logs {
        enable = false
      }
    }
  }
}
`,
    expect: {
      'aws_guardduty_detector.main': { status: 'COMPLIANT', messageId: 'enabled' },
      'aws_guardduty_detector.legacy': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'hcl: the legacy data source on',
    hcl: `resource "aws_guardduty_detector" "legacy" {
  datasources {
    kubernetes {
      audit_logs {
        enable = true
      }
    }
  }
}
`,
    expect: { 'aws_guardduty_detector.legacy': 'COMPLIANT' },
  },
  {
    name: 'plan: a detector with the legacy data source, and one whose feature is disabled',
    plan: {
      format_version: '1.2',
      resource_changes: [
        created('aws_guardduty_detector.legacy', { enable: true, datasources: [{ kubernetes: [{ audit_logs: [{ enable: true }] }] }] }),
        created('aws_guardduty_detector.main', { enable: true }),
        created('aws_guardduty_detector_feature.feature', { detector_id: 'abc', name: 'EKS_AUDIT_LOGS', status: 'DISABLED' }),
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'aws_guardduty_detector_feature.feature', mode: 'managed', type: 'aws_guardduty_detector_feature', name: 'feature', expressions: { detector_id: { references: ['aws_guardduty_detector.main.id', 'aws_guardduty_detector.main'] } } },
          ],
        },
      },
    },
    expect: {
      'aws_guardduty_detector.legacy': 'COMPLIANT',
      'aws_guardduty_detector.main': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
] satisfies RuleCase[];
