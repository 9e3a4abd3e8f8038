import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import type { PropertyPath } from '../../../model/resource.js';
import { isUnknown, type Unknown } from '../../../model/unknown.js';
import type { Value } from '../../../model/value.js';
import type { Verdict } from '../../types.js';

type MessageId = 'configured' | 'noAction' | 'noNamedAction' | 'unknownActions';
type Params = { alarmActionRequired: boolean; insufficientDataActionRequired: boolean; okActionRequired: boolean; action1?: string; action2?: string; action3?: string; action4?: string; action5?: string };

/** The action lists of an alarm, the parameter that requires each, and its name in messages. */
const KINDS = [
  { property: 'AlarmActions', required: 'alarmActionRequired', state: 'ALARM' },
  { property: 'InsufficientDataActions', required: 'insufficientDataActionRequired', state: 'INSUFFICIENT_DATA' },
  { property: 'OKActions', required: 'okActionRequired', state: 'OK' },
] as const;

const ALARM = (actions: string) => `Resources:
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
${actions}`;

export default defineRule<Params, MessageId>({
  meta: {
    id: 'CLOUDWATCH_ALARM_ACTION_CHECK',
    title: 'CloudWatch alarms have actions for the states that need them',
    description:
      'Checks that a CloudWatch alarm has at least one action for each state the parameters require (ALARM and INSUFFICIENT_DATA by default, OK when okActionRequired) and, when action1–action5 name ARNs, that one of its actions is one of them. An alarm without actions changes state unnoticed.',
    severity: 'high',
    resourceTypes: ['AWS::CloudWatch::Alarm'],
    managedRule: 'cloudwatch-alarm-action-check',
    frameworks: { 'NIST-800-53-r5': ['AU-6(1)', 'AU-6(5)', 'CA-7', 'IR-4(1)', 'IR-4(5)', 'SI-2', 'SI-20', 'SI-4(12)', 'SI-4(5)'] },
    parameters: {
      alarmActionRequired: { type: 'boolean', description: 'The alarm has an action for the ALARM state.', default: true },
      insufficientDataActionRequired: { type: 'boolean', description: 'The alarm has an action for the INSUFFICIENT_DATA state.', default: true },
      okActionRequired: { type: 'boolean', description: 'The alarm has an action for the OK state.', default: false },
      action1: { type: 'string', description: 'An action ARN one of the alarm\'s actions must be (with action2–action5).' },
      action2: { type: 'string', description: 'An action ARN one of the alarm\'s actions must be.' },
      action3: { type: 'string', description: 'An action ARN one of the alarm\'s actions must be.' },
      action4: { type: 'string', description: 'An action ARN one of the alarm\'s actions must be.' },
      action5: { type: 'string', description: 'An action ARN one of the alarm\'s actions must be.' },
    },
    messages: {
      configured: 'Alarm {{id}} has actions for {{states}}.',
      noAction: 'Alarm {{id}} has no action for the {{state}} state.',
      noNamedAction: 'None of the actions of alarm {{id}} is one of {{actions}}.',
      unknownActions: 'The {{state}} actions of alarm {{id}} are not known before deployment ({{reason}}).',
    },
    remediation: 'Add actions (an SNS topic ARN, an Auto Scaling or EC2 action) to `AlarmActions` and `InsufficientDataActions` (and `OKActions` when required).',
    examples: {
      noncompliant: [{ cloudformation: ALARM('      AlarmActions: [arn:aws:sns:eu-west-1:111122223333:on-call]\n') }],
      compliant: [{ cloudformation: ALARM('      AlarmActions: [arn:aws:sns:eu-west-1:111122223333:on-call]\n      InsufficientDataActions: [arn:aws:sns:eu-west-1:111122223333:on-call]\n') }],
    },
  },
  check(alarm, { params }) {
    const named = [params.action1, params.action2, params.action3, params.action4, params.action5].map((arn) => arn?.trim()).filter((arn): arn is string => !!arn);
    const verdicts: Verdict<MessageId>[] = [];
    const states: string[] = [];
    const actions: Value[] = [];
    let undecided: Unknown | undefined;
    for (const kind of KINDS) {
      const list = alarm.properties[kind.property];
      const path: PropertyPath = list === undefined ? [] : [kind.property];
      const present = hasEntry(list);
      if (Array.isArray(list)) actions.push(...list);
      else if (isUnknown(list)) undecided ??= list;
      if (!params[kind.required]) continue;
      if (present === true) states.push(kind.state);
      else if (present === false) verdicts.push(nonCompliant('noAction', { state: kind.state }, path));
      else verdicts.push(insufficientData('unknownActions', { state: kind.state, reason: present.reason }, path));
    }
    if (named.length > 0) {
      const match = actions.some((action) => typeof action === 'string' && named.includes(action.trim()));
      const unknownAction = actions.find(isUnknown) ?? undecided;
      if (!match && unknownAction) verdicts.push(insufficientData('unknownActions', { state: 'named', reason: unknownAction.reason }, []));
      else if (!match) verdicts.push(nonCompliant('noNamedAction', { actions: named.join(', ') }, []));
    }
    if (verdicts.length > 0) return verdicts.sort((a, b) => Number(a.status !== 'NON_COMPLIANT') - Number(b.status !== 'NON_COMPLIANT'));
    return compliant('configured', { states: states.length > 0 ? states.join(', ') : 'no required state' }, []);
  },
});

/** Whether an action list certainly has an entry; an Unknown when it may. */
function hasEntry(list: Value | undefined): boolean | Unknown {
  if (isUnknown(list)) return list;
  if (!Array.isArray(list)) return false;
  let undecided: Unknown | undefined;
  for (const entry of list) {
    if (isUnknown(entry) && entry.mayBeAbsent) undecided ??= entry;
    else if (entry !== null && entry !== '') return true;
  }
  return undecided ?? false;
}
