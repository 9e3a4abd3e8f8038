import { buildConfigurationItem as item } from '../../config-fixtures.js';
import { created } from '../../plan-fixtures.js';
import type { RuleCase } from '../../tester.js';

const MACHINE = `
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: arn:aws:iam::111122223333:role/states
      DefinitionString: '{"StartAt":"Done","States":{"Done":{"Type":"Succeed"}}}'`;
const GROUP = 'arn:aws:logs:eu-west-1:111122223333:log-group:/states/orders';

/** AWS::StepFunctions::StateMachine as Config records it (CloudFormation's names, config-resource-schema). */
const machine = (name: string, logging: Record<string, unknown> | undefined) =>
  item('AWS::StepFunctions::StateMachine', { Arn: `arn:aws:states:us-east-1:123456789012:stateMachine:${name}`, StateMachineName: name, StateMachineType: 'STANDARD', ...(logging ? { LoggingConfiguration: logging } : {}) }, { resourceId: name, resourceName: name });

export default [
  {
    name: 'levels ERROR, ALL, OFF, not set; a level without a destination',
    template: `
Resources:
  Errors:${MACHINE}
      LoggingConfiguration:
        Level: ERROR
        Destinations:
          - CloudWatchLogsLogGroup:
              LogGroupArn: ${GROUP}:*
  Everything:${MACHINE}
      LoggingConfiguration:
        Level: ALL
        IncludeExecutionData: true
        Destinations:
          - CloudWatchLogsLogGroup:
              LogGroupArn: ${GROUP}
  LevelOff:${MACHINE}
      LoggingConfiguration:
        Level: 'OFF'
  NotSet:${MACHINE}
  NoDestination:${MACHINE}
      LoggingConfiguration:
        Level: ERROR
`,
    expect: {
      Errors: { status: 'COMPLIANT', path: ['LoggingConfiguration', 'Level'] },
      Everything: 'COMPLIANT',
      LevelOff: { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['LoggingConfiguration', 'Level'] },
      NotSet: { status: 'NON_COMPLIANT', messageId: 'disabled', path: [], messageIncludes: 'OFF' },
      NoDestination: { status: 'NON_COMPLIANT', messageId: 'noDestination' },
    },
  },
  {
    name: 'logLevel ERROR and a required log group',
    params: { logLevel: 'ERROR', cloudWatchLogGroupArns: `${GROUP}:*` },
    template: `
Parameters:
  LogGroupArn: { Type: String }
Resources:
  Fatal:${MACHINE}
      LoggingConfiguration:
        Level: FATAL
        Destinations:
          - CloudWatchLogsLogGroup:
              LogGroupArn: ${GROUP}
  RequiredGroup:${MACHINE}
      LoggingConfiguration:
        Level: ALL
        Destinations:
          - CloudWatchLogsLogGroup:
              LogGroupArn: ${GROUP}
  OtherGroup:${MACHINE}
      LoggingConfiguration:
        Level: ERROR
        Destinations:
          - CloudWatchLogsLogGroup:
              LogGroupArn: arn:aws:logs:eu-west-1:111122223333:log-group:/states/other:*
  GroupFromParameter:${MACHINE}
      LoggingConfiguration:
        Level: ERROR
        Destinations:
          - CloudWatchLogsLogGroup:
              LogGroupArn: !Ref LogGroupArn
`,
    expect: {
      Fatal: { status: 'NON_COMPLIANT', messageId: 'belowLevel', messageIncludes: 'FATAL' },
      RequiredGroup: { status: 'COMPLIANT', path: ['LoggingConfiguration', 'Destinations'] },
      OtherGroup: { status: 'NON_COMPLIANT', messageId: 'otherGroup' },
      GroupFromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['LoggingConfiguration', 'Destinations'] },
    },
  },
  {
    name: 'level from a parameter, logging by condition, a malformed level',
    template: `
Parameters:
  Level: { Type: String, AllowedValues: [ALL, ERROR, FATAL, 'OFF'] }
  Stage: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  FromParameter:${MACHINE}
      LoggingConfiguration:
        Level: !Ref Level
        Destinations:
          - CloudWatchLogsLogGroup:
              LogGroupArn: ${GROUP}
  ByCondition:${MACHINE}
      LoggingConfiguration: !If [IsProd, { Level: ERROR, Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: ${GROUP} } }] }, !Ref AWS::NoValue]
  Malformed:${MACHINE}
      LoggingConfiguration:
        Level: VERBOSE
        Destinations:
          - CloudWatchLogsLogGroup:
              LogGroupArn: ${GROUP}
`,
    expect: {
      FromParameter: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', path: ['LoggingConfiguration', 'Level'] },
      ByCondition: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
      Malformed: { status: 'INSUFFICIENT_DATA', messageId: 'unknown', messageIncludes: 'malformed' },
    },
  },
  {
    name: 'hcl: logging_configuration to a log group resource, level OFF, none',
    hcl: `
resource "aws_cloudwatch_log_group" "orders" {
  name = "/states/orders"
}

resource "aws_sfn_state_machine" "logged" {
  name       = "logged"
  role_arn   = "arn:aws:iam::111122223333:role/states"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })
  logging_configuration {
    log_destination        = "\${aws_cloudwatch_log_group.orders.arn}:*"
    include_execution_data = true
    level                  = "ERROR"
  }
}

resource "aws_sfn_state_machine" "off" {
  name       = "off"
  role_arn   = "arn:aws:iam::111122223333:role/states"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })
  logging_configuration {
    level = "OFF"
  }
}

resource "aws_sfn_state_machine" "silent" {
  name       = "silent"
  role_arn   = "arn:aws:iam::111122223333:role/states"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })
}
`,
    expect: {
      'aws_sfn_state_machine.logged': 'COMPLIANT',
      'aws_sfn_state_machine.off': { status: 'NON_COMPLIANT', messageId: 'disabled' },
      'aws_sfn_state_machine.silent': { status: 'NON_COMPLIANT', messageId: 'disabled' },
    },
  },
  {
    name: 'plan: logging at ALL, level OFF, the log destination known after apply with a required group',
    params: { cloudWatchLogGroupArns: [GROUP] },
    plan: {
      format_version: '1.2',
      terraform_version: '1.9.5',
      resource_changes: [
        created('aws_sfn_state_machine.logged', { name: 'logged', type: 'STANDARD', logging_configuration: [{ level: 'ALL', include_execution_data: true, log_destination: `${GROUP}:*` }] }, { arn: true, id: true, role_arn: true }),
        created('aws_sfn_state_machine.off', { name: 'off', type: 'STANDARD', logging_configuration: [{ level: 'OFF', include_execution_data: false }] }, { arn: true, id: true, role_arn: true }),
        created('aws_sfn_state_machine.later', { name: 'later', type: 'STANDARD', logging_configuration: [{ level: 'ERROR', include_execution_data: false }] }, { arn: true, id: true, role_arn: true, logging_configuration: [{ log_destination: true }] }),
      ],
    },
    expect: {
      'aws_sfn_state_machine.logged': 'COMPLIANT',
      'aws_sfn_state_machine.off': { status: 'NON_COMPLIANT', messageId: 'disabled', path: ['LoggingConfiguration', 'Level'] },
      'aws_sfn_state_machine.later': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
  {
    name: 'config: logging at ERROR, OFF, not recorded',
    items: [
      machine('logged', { Level: 'ERROR', IncludeExecutionData: false, Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: `${GROUP}:*` } }] }),
      machine('off', { Level: 'OFF', IncludeExecutionData: false }),
      machine('unrecorded', undefined),
    ],
    expect: {
      logged: 'COMPLIANT',
      off: { status: 'NON_COMPLIANT', messageId: 'disabled' },
      unrecorded: { status: 'INSUFFICIENT_DATA', messageId: 'unknown' },
    },
  },
] satisfies RuleCase[];
