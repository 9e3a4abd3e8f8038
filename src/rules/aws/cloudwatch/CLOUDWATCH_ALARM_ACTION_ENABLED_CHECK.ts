import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { toBoolean } from '../../../model/value.js';

const ALARM = (enabled: string) => `Resources:
  HighErrors:
    Type: AWS::CloudWatch::Alarm
    Properties:
      MetricName: Errors
      Namespace: AWS/Lambda
      Statistic: Sum
      Period: 60
      EvaluationPeriods: 1
      Threshold: 1
      ComparisonOperator: GreaterThanOrEqualToThreshold
      AlarmActions: [arn:aws:sns:eu-west-1:111122223333:on-call]
${enabled}`;

export default defineRule({
  meta: {
    id: 'CLOUDWATCH_ALARM_ACTION_ENABLED_CHECK',
    title: 'CloudWatch alarms have their actions enabled',
    description:
      'Checks that a CloudWatch alarm\'s actions are enabled (ActionsEnabled, true when unset). An alarm with its actions disabled changes state without notifying anyone or acting.',
    severity: 'high',
    resourceTypes: ['AWS::CloudWatch::Alarm'],
    managedRule: 'cloudwatch-alarm-action-enabled-check',
    frameworks: { 'NIST-800-53-r5': ['AU-6(1)', 'AU-6(5)', 'CA-7', 'SI-2', 'SI-4(12)'] },
    messages: {
      enabled: 'The actions of alarm {{id}} are enabled.',
      disabled: 'The actions of alarm {{id}} are disabled (ActionsEnabled is false).',
      unknownEnabled: 'Whether the actions of alarm {{id}} are enabled is not known before deployment ({{reason}}).',
    },
    remediation: 'Remove `ActionsEnabled: false` (`actions_enabled = false`), or set it to true.',
    examples: {
      noncompliant: [{ cloudformation: ALARM('      ActionsEnabled: false\n') }],
      compliant: [{ cloudformation: ALARM('') }],
    },
  },
  check(alarm) {
    const value = alarm.properties.ActionsEnabled;
    if (value === undefined || value === null) return compliant('enabled', {}, []);
    const enabled = toBoolean(value);
    if (isUnknown(enabled)) return insufficientData('unknownEnabled', { reason: enabled.reason }, ['ActionsEnabled']);
    if (enabled === undefined) return insufficientData('unknownEnabled', { reason: `malformed: ActionsEnabled is ${JSON.stringify(value)}` }, ['ActionsEnabled']);
    return enabled ? compliant('enabled', {}, ['ActionsEnabled']) : nonCompliant('disabled', {}, ['ActionsEnabled']);
  },
});
