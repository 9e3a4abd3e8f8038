import { defineRule } from '../../define.js';
import { allChecks, deliversAsAsked, judgeAccountTrails, trailFlag, type DeliveryParams } from '../../lib/cloudtrail.js';
import { TRAIL } from './examples.js';

export default defineRule<DeliveryParams>({
  meta: {
    id: 'CLOUD_TRAIL_ENABLED',
    title: 'A CloudTrail trail is logging in the account',
    description:
      'Checks that the account has at least one AWS CloudTrail trail that is logging (IsLogging), and, when s3BucketName, snsTopicArn or cloudWatchLogsLogGroupArn are given, that delivers to them. A template or plan that declares no trail says nothing about the account; one that declares trails is judged by them.',
    severity: 'high',
    resourceTypes: ['AWS::::Account'],
    managedRule: 'cloudtrail-enabled',
    frameworks: {
      'NIST-800-53-r5': ['AC-2(4)', 'AC-3(10)', 'AC-4(26)', 'AC-6(9)', 'AU-10', 'AU-12', 'AU-12(1)', 'AU-12(2)', 'AU-12(3)', 'AU-12(4)', 'AU-14', 'AU-14(3)', 'AU-2', 'AU-3', 'AU-3(1)', 'AU-6(3)', 'AU-6(4)', 'AU-6(6)', 'AU-6(9)', 'AU-8', 'CA-7', 'CM-5(1)', 'IA-3(3)', 'MA-4(1)', 'PM-14', 'PM-31', 'SC-7(9)', 'SI-10(1)', 'SI-3(8)', 'SI-4(17)', 'SI-4(2)', 'SI-4(20)', 'SI-7(8)'],
      'PCI-DSS-v3.2.1': ['10.1', '10.2.1', '10.2.2', '10.2.3', '10.2.4', '10.2.5', '10.2.6', '10.2.7', '10.3.1', '10.3.2', '10.3.3', '10.3.4', '10.3.5', '10.3.6'],
    },
    parameters: {
      s3BucketName: { type: 'string', description: 'Name of the S3 bucket the trail must deliver log files to.' },
      snsTopicArn: { type: 'string', description: 'ARN of the SNS topic the trail must notify.' },
      cloudWatchLogsLogGroupArn: { type: 'string', description: 'ARN of the CloudWatch Logs log group the trail must send events to.' },
    },
    messages: {
      enabled: 'Trail {{trail}} is logging in this account.',
      noTrail: 'The account has no CloudTrail trail.',
      notEnabled: 'No trail of the account qualifies: {{trail}}: {{why}}.',
      undeclared: 'This input declares no CloudTrail trail, and says nothing about the account.',
      unknown: 'Whether a trail of the account is logging is not known ({{reason}}).',
    },
    remediation: 'Create a trail (`AWS::CloudTrail::Trail` with `IsLogging: true`, or Terraform `aws_cloudtrail`) delivering to the bucket, topic and log group the parameters name.',
    examples: {
      noncompliant: [{ cloudformation: TRAIL.replace('IsLogging: true', 'IsLogging: false') }],
      compliant: [{ cloudformation: TRAIL }],
    },
  },
  check(account, { params, graph }) {
    return judgeAccountTrails(account, graph, (trail) => allChecks([() => trailFlag(trail, 'IsLogging', true, 'it is not logging'), () => deliversAsAsked(trail, graph, params)]), {
      pass: 'enabled',
      noTrail: 'noTrail',
      noneQualifies: 'notEnabled',
      undeclared: 'undeclared',
      unknown: 'unknown',
    });
  },
});
