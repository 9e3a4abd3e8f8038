import { defineRule, insufficientData } from '../../define.js';
import { trailNames } from '../../lib/cloudtrail.js';
import { judge } from '../../lib/settings.js';
import { TRAIL } from './examples.js';

export default defineRule<{ expectedDeliveryWindowAge?: number }>({
  meta: {
    id: 'CLOUD_TRAIL_CLOUD_WATCH_LOGS_ENABLED',
    title: 'CloudTrail trails send their events to CloudWatch Logs',
    description:
      'Checks that an AWS CloudTrail trail delivers its events to a CloudWatch Logs log group (CloudWatchLogsLogGroupArn), where metric filters and alarms can watch them as they happen. With expectedDeliveryWindowAge, the last delivery must also be that recent, which only the deployed trail can tell.',
    severity: 'low',
    resourceTypes: ['AWS::CloudTrail::Trail'],
    managedRule: 'cloud-trail-cloud-watch-logs-enabled',
    frameworks: {
      FSBP: ['CloudTrail.5'],
      'CIS-v1.4.0': ['3.4'],
      'NIST-800-53-r5': ['AC-2(4)', 'AC-4(26)', 'AC-6(9)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(1)', 'AU-6(3)', 'AU-6(4)', 'AU-6(5)', 'AU-7(1)', 'CA-7', 'SC-7(9)', 'SI-20', 'SI-3(8)', 'SI-4(20)', 'SI-4(5)', 'SI-7(8)'],
      'PCI-DSS-v3.2.1': ['10.5.3'],
    },
    parameters: {
      expectedDeliveryWindowAge: { type: 'integer', minimum: 1, description: 'Maximum age in hours of the most recent delivery to CloudWatch Logs (GetTrailStatus); not checked when absent.' },
    },
    messages: {
      sendsLogs: 'Trail {{id}} sends its events to CloudWatch Logs.',
      noLogGroup: 'Trail {{id}} does not send its events to CloudWatch Logs (CloudWatchLogsLogGroupArn is not set).',
      unknownLogGroup: 'Whether trail {{id}} sends its events to CloudWatch Logs is not known before deployment ({{reason}}).',
      deliveryUnknown: 'Trail {{id}} sends its events to CloudWatch Logs; how recent its last delivery is ({{hours}} hours at most) is known only from the deployed trail.',
    },
    remediation: 'Set `CloudWatchLogsLogGroupArn` (and `CloudWatchLogsRoleArn`, a role CloudTrail can assume to write to the group) on the trail.',
    examples: {
      noncompliant: [{ cloudformation: TRAIL }],
      compliant: [
        {
          cloudformation: `${TRAIL}      CloudWatchLogsLogGroupArn: arn:aws:logs:us-east-1:123456789012:log-group:cloudtrail:*\n      CloudWatchLogsRoleArn: arn:aws:iam::123456789012:role/cloudtrail-to-logs\n`,
        },
      ],
    },
  },
  check(trail, { params }) {
    const sends = trailNames(trail, 'CloudWatchLogsLogGroupArn');
    const path = trail.properties.CloudWatchLogsLogGroupArn === undefined ? [] : ['CloudWatchLogsLogGroupArn'];
    // The delivery time is GetTrailStatus's; no template, plan or configuration item holds it.
    if (sends === true && params.expectedDeliveryWindowAge !== undefined) return insufficientData('deliveryUnknown', { hours: params.expectedDeliveryWindowAge }, path);
    return judge(sends, { pass: 'sendsLogs', fail: 'noLogGroup', unknown: 'unknownLogGroup' }, path);
  },
});
