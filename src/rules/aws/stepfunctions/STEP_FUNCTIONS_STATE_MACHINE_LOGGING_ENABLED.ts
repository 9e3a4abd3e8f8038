import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown, type Unknown } from '../../../model/unknown.js';
import { getPath, isObject } from '../../../model/value.js';
import { listSetting, stringSetting } from '../../lib/settings.js';

interface Params {
  cloudWatchLogGroupArns?: string[];
  logLevel?: string;
}

/** How much each level logs: ALL includes ERROR, which includes FATAL. */
const RANK: Record<string, number> = { OFF: 0, FATAL: 1, ERROR: 2, ALL: 3 };
const LEVEL = ['LoggingConfiguration', 'Level'];
const DESTINATIONS = ['LoggingConfiguration', 'Destinations'];

/** Step Functions takes a log group ARN with or without the `:*` suffix. */
const groupArn = (arn: string): string => arn.replace(/:\*$/, '');

export default defineRule<Params>({
  meta: {
    id: 'STEP_FUNCTIONS_STATE_MACHINE_LOGGING_ENABLED',
    title: 'Step Functions state machines log executions to CloudWatch Logs',
    description:
      'Checks that an AWS Step Functions state machine sends execution logs to CloudWatch Logs (`LoggingConfiguration.Level` other than OFF, the default), at `logLevel` or more when it is given, and to one of `cloudWatchLogGroupArns` when they are given. Without execution logs, failed and unexpected executions leave no record outside the execution history, which expires.',
    severity: 'medium',
    resourceTypes: ['AWS::StepFunctions::StateMachine'],
    managedRule: 'step-functions-state-machine-logging-enabled',
    frameworks: { FSBP: ['StepFunctions.1'] },
    parameters: {
      cloudWatchLogGroupArns: { type: 'string-list', description: 'ARNs of the CloudWatch Logs groups the state machine must log to (any group when absent).' },
      logLevel: { type: 'string', enum: ['ALL', 'ERROR', 'FATAL'], description: 'The least the state machine must log: ALL, ERROR or FATAL (any level but OFF when absent).' },
    },
    messages: {
      enabled: 'State machine {{id}} logs executions at level {{level}} to CloudWatch Logs.',
      disabled: 'State machine {{id}} does not log executions (Level is {{level}}).',
      belowLevel: 'State machine {{id}} logs at level {{level}}, less than {{minimum}}.',
      noDestination: 'State machine {{id}} logs at level {{level}} but names no CloudWatch Logs group.',
      otherGroup: 'State machine {{id}} logs to none of the log groups in cloudWatchLogGroupArns.',
      unknown: 'Whether state machine {{id}} logs executions as required is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `LoggingConfiguration` with `Level: ERROR` (or `ALL`) and `Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: <log group ARN> } }]`, and allow the state machine\'s role the CloudWatch Logs delivery actions.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  StateMachine:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      RoleArn: arn:aws:iam::111122223333:role/states\n      DefinitionString: \'{"StartAt":"Done","States":{"Done":{"Type":"Succeed"}}}\'\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  StateMachine:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      RoleArn: arn:aws:iam::111122223333:role/states\n      DefinitionString: \'{"StartAt":"Done","States":{"Done":{"Type":"Succeed"}}}\'\n      LoggingConfiguration:\n        Level: ERROR\n        Destinations:\n          - CloudWatchLogsLogGroup:\n              LogGroupArn: arn:aws:logs:eu-west-1:111122223333:log-group:/states/orders:*\n',
        },
      ],
    },
  },
  check(machine, { params }) {
    const level = stringSetting(machine, LEVEL, 'OFF');
    const levelPath = machine.properties.LoggingConfiguration === undefined ? [] : getPath(machine.properties, LEVEL) === undefined ? ['LoggingConfiguration'] : LEVEL;
    if (isUnknown(level)) return insufficientData('unknown', { reason: level.reason }, levelPath);
    const rank = RANK[(level ?? 'OFF').toUpperCase()];
    if (rank === undefined) return insufficientData('unknown', { reason: `malformed: Level of ${machine.id} should be ALL, ERROR, FATAL or OFF, not ${JSON.stringify(level)}` }, LEVEL);
    if (rank === 0) return nonCompliant('disabled', { level: level ?? 'OFF' }, levelPath);
    const minimum = params.logLevel?.toUpperCase();
    if (minimum !== undefined && rank < (RANK[minimum] ?? 0)) return nonCompliant('belowLevel', { level: level as string, minimum }, LEVEL);
    const destinations = listSetting(machine, DESTINATIONS);
    if (isUnknown(destinations)) return insufficientData('unknown', { reason: destinations.reason }, DESTINATIONS);
    const arns = (destinations ?? []).map((destination) => (isObject(destination) ? getPath(destination, ['CloudWatchLogsLogGroup', 'LogGroupArn']) : destination));
    if (arns.length === 0) return nonCompliant('noDestination', { level: level as string }, ['LoggingConfiguration']);
    const wanted = (params.cloudWatchLogGroupArns ?? []).map(groupArn);
    if (wanted.length === 0) return compliant('enabled', { level: level as string }, LEVEL);
    let undecided: Unknown | undefined;
    for (const arn of arns) {
      if (isUnknown(arn)) undecided ??= arn;
      else if (typeof arn === 'string' && wanted.includes(groupArn(arn))) return compliant('enabled', { level: level as string }, DESTINATIONS);
    }
    return undecided ? insufficientData('unknown', { reason: undecided.reason }, DESTINATIONS) : nonCompliant('otherGroup', {}, DESTINATIONS);
  },
});
