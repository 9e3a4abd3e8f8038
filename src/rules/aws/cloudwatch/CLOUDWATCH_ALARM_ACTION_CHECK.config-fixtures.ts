import { buildConfigurationItem, FIXTURE_ACCOUNT, FIXTURE_REGION } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

const TOPIC = `arn:aws:sns:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:config-topic`;

/** An alarm item as Config records it (RDK example_ci: `okactions` in lower case). */
export const alarmItem = (name: string, fields: Record<string, unknown>) => {
  const arn = `arn:aws:cloudwatch:${FIXTURE_REGION}:${FIXTURE_ACCOUNT}:alarm:${name}`;
  return buildConfigurationItem(
    'AWS::CloudWatch::Alarm',
    { alarmName: name, alarmArn: arn, actionsEnabled: true, alarmActions: [], insufficientDataActions: [], okactions: [], metricName: 'CPUUtilization', namespace: 'AWS/EC2', statistic: 'Average', period: 300, evaluationPeriods: 1, threshold: 0, comparisonOperator: 'GreaterThanOrEqualToThreshold', ...fields },
    { resourceId: name, resourceName: name, ARN: arn },
  );
};

export default [
  {
    name: 'config: the RDK example alarm, one without insufficient-data actions, and one without okactions recorded when OK actions are required',
    items: [alarmItem('qwd', { alarmActions: [TOPIC], insufficientDataActions: [TOPIC] }), alarmItem('half', { alarmActions: [TOPIC] })],
    expect: {
      qwd: 'COMPLIANT',
      half: { status: 'NON_COMPLIANT', messageId: 'noAction' },
    },
  },
  {
    name: 'config: okActionRequired with OK actions recorded',
    params: { okActionRequired: true },
    items: [alarmItem('ok', { alarmActions: [TOPIC], insufficientDataActions: [TOPIC], okactions: [TOPIC] }), alarmItem('nook', { alarmActions: [TOPIC], insufficientDataActions: [TOPIC] })],
    expect: {
      ok: 'COMPLIANT',
      nook: { status: 'NON_COMPLIANT', messageId: 'noAction', messageIncludes: 'OK state' },
    },
  },
] satisfies RuleCase[];
