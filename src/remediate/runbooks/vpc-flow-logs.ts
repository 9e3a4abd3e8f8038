import type { BuiltinRunbook } from './types.js';

/** The seed's CIS use case: log group, 60-day retention, flow log (CIS 3.7 / FSBP EC2.6). */
export const enableVpcFlowLogs: BuiltinRunbook = {
  name: 'tosei-enable-vpc-flow-logs',
  resourceType: 'AWS::EC2::VPC',
  fixes: { VPC_FLOW_LOGS_ENABLED: {} },
  changes: 'Creates the CloudWatch Logs group (if missing), sets its retention, and creates a VPC flow log delivering to it with the given delivery role.',
  resourceParameter: 'VpcId',
  permissions: [
    { actions: ['logs:CreateLogGroup', 'logs:PutRetentionPolicy'], resource: 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:*' },
    { actions: ['ec2:CreateFlowLogs', 'ec2:DescribeFlowLogs'], resource: '*' },
    { actions: ['logs:CreateLogDelivery', 'logs:DeleteLogDelivery'], resource: '*' },
  ],
  document: `schemaVersion: '0.3'
description: |
  Enables VPC flow logs to CloudWatch Logs: creates the log group, sets its retention
  (60 days by default) and creates the flow log. Tolerates a log group left by an earlier attempt.
assumeRole: '{{ AutomationAssumeRole }}'
parameters:
  AutomationAssumeRole:
    type: String
    description: (Optional) The role Automation assumes to run this document.
    default: ''
    allowedPattern: '^$|^arn:(aws|aws-cn|aws-us-gov):iam::\\d{12}:role/[\\w+=,.@/-]+$'
  VpcId:
    type: String
    description: (Required) The VPC to log.
    allowedPattern: '^vpc-[0-9a-f]{8,17}$'
  DeliverLogsPermissionArn:
    type: String
    description: (Required) The role that lets the flow logs service write to CloudWatch Logs.
    allowedPattern: '^arn:(aws|aws-cn|aws-us-gov):iam::\\d{12}:role/[\\w+=,.@/-]+$'
  LogGroupName:
    type: String
    description: (Optional) The log group receiving the flow logs.
    default: /tosei/vpc-flow-logs
    allowedPattern: '^[\\.\\-_/#A-Za-z0-9]{1,512}$'
  RetentionInDays:
    type: Integer
    description: (Optional) Days the log group keeps the flow logs.
    default: 60
    allowedValues: [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653]
  TrafficType:
    type: String
    description: (Optional) The traffic to log.
    default: ALL
    allowedValues: [ACCEPT, REJECT, ALL]
outputs:
  - CreateFlowLog.FlowLogIds
mainSteps:
  - name: CreateLogGroup
    action: aws:executeAwsApi
    description: Fails harmlessly when the group exists already; SetRetention then fails if it is really missing.
    onFailure: Continue
    inputs:
      Service: logs
      Api: CreateLogGroup
      logGroupName: '{{ LogGroupName }}'
  - name: SetRetention
    action: aws:executeAwsApi
    maxAttempts: 2
    inputs:
      Service: logs
      Api: PutRetentionPolicy
      logGroupName: '{{ LogGroupName }}'
      retentionInDays: '{{ RetentionInDays }}'
  - name: CreateFlowLog
    action: aws:executeAwsApi
    inputs:
      Service: ec2
      Api: CreateFlowLogs
      ResourceIds:
        - '{{ VpcId }}'
      ResourceType: VPC
      TrafficType: '{{ TrafficType }}'
      LogDestinationType: cloud-watch-logs
      LogGroupName: '{{ LogGroupName }}'
      DeliverLogsPermissionArn: '{{ DeliverLogsPermissionArn }}'
    outputs:
      - Name: FlowLogIds
        Selector: $.FlowLogIds
        Type: StringList
  - name: VerifyFlowLog
    action: aws:assertAwsResourceProperty
    isEnd: true
    inputs:
      Service: ec2
      Api: DescribeFlowLogs
      Filter:
        - Name: resource-id
          Values:
            - '{{ VpcId }}'
      PropertySelector: $.FlowLogs[0].FlowLogStatus
      DesiredValues:
        - ACTIVE
`,
};
