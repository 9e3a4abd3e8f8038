import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

export default [
  {
    name: 'cloudformation: an enabled detector',
    template: 'Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: true\n      FindingPublishingFrequency: FIFTEEN_MINUTES\n',
    expect: { '(account)': { status: 'COMPLIANT', messageId: 'enabled', path: ['GuardDutyDetectors', 0] } },
  },
  {
    name: 'cloudformation: a suspended detector',
    template: 'Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: false\n',
    expect: { '(account)': { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['GuardDutyDetectors', 0, 'Enable'] } },
  },
  {
    name: 'cloudformation: Enable from a parameter without a default, and a detector under an undecidable condition',
    template: `Parameters:
  On:
    Type: String
Conditions:
  Prod: !Equals [!Ref AWS::AccountId, '111111111111']
Resources:
  Detector:
    Type: AWS::GuardDuty::Detector
    Condition: Prod
    Properties:
      Enable: !Ref On
`,
    expect: { '(account)': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 'cloudformation: a template with a trail only says nothing about GuardDuty',
    template: 'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: logs\n',
    expect: { '(account)': { status: 'NOT_APPLICABLE', messageId: 'undeclared' } },
  },
  {
    name: 'cloudformation: CentralMonitoringAccount naming another account',
    params: { CentralMonitoringAccount: '111111111111' },
    inputs: { accountId: '222222222222' },
    template: 'Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: true\n',
    expect: { '(account)': { status: 'INSUFFICIENT_DATA', messageId: 'notCentral' } },
  },
  {
    name: 'cloudformation: CentralMonitoringAccount naming this account',
    params: { CentralMonitoringAccount: '111111111111,222222222222' },
    inputs: { accountId: '222222222222' },
    template: 'Resources:\n  Detector:\n    Type: AWS::GuardDuty::Detector\n    Properties:\n      Enable: true\n',
    expect: { '(account)': 'COMPLIANT' },
  },
  {
    name: 'hcl: a detector (enable defaults to true)',
    hcl: 'resource "aws_guardduty_detector" "main" {}\n',
    expect: { '(account)': 'COMPLIANT' },
  },
  {
    name: 'hcl: a detector turned off',
    hcl: 'resource "aws_guardduty_detector" "main" {\n  enable = false\n}\n',
    expect: { '(account)': { status: 'NON_COMPLIANT', messageId: 'disabled' } },
  },
  {
    name: 'plan: a detector created enabled',
    plan: { format_version: '1.2', resource_changes: [created('aws_guardduty_detector.main', { enable: true, finding_publishing_frequency: 'SIX_HOURS' })] },
    expect: { '(account)': 'COMPLIANT' },
  },
  {
    name: 'plan: the only detector destroyed',
    plan: { format_version: '1.2', resource_changes: [{ ...created('aws_guardduty_detector.main', {}), change: { actions: ['delete'], before: { enable: true }, after: null, after_unknown: {} } }] },
    expect: { '(account)': { status: 'NON_COMPLIANT', messageId: 'noDetector' } },
  },
] satisfies RuleCase[];
