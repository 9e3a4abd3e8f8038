import { defineRule } from '../../define.js';
import { allChecks, deliversAsAsked, judgeAccountTrails, managementEvents, trailFlag, type DeliveryParams, type TrailCheck } from '../../lib/cloudtrail.js';
import { isUnknown } from '../../../model/unknown.js';
import type { Resource } from '../../../model/resource.js';
import { TRAIL } from './examples.js';

interface Params extends DeliveryParams {
  includeManagementEvents?: boolean;
  readWriteType?: string;
}

/** Management events recorded, none of their sources left out, and as the parameters ask. */
function recordsManagementEvents(trail: Resource, params: Params): TrailCheck {
  const events = managementEvents(trail);
  const path = trail.properties.AdvancedEventSelectors !== undefined ? ['AdvancedEventSelectors'] : ['EventSelectors'];
  if (isUnknown(events)) return { ok: 'unknown', reason: events.reason, path };
  if (events.excludes) return { ok: false, why: 'it leaves some management event sources out', path };
  const recorded = events.read && events.write ? 'ALL' : events.read ? 'READONLY' : events.write ? 'WRITEONLY' : 'NONE';
  if (params.includeManagementEvents === true && recorded === 'NONE') return { ok: false, why: 'it records no management events', path };
  if (params.readWriteType !== undefined && recorded !== params.readWriteType.toUpperCase()) return { ok: false, why: `it records ${recorded === 'NONE' ? 'no' : recorded} management events, not ${params.readWriteType}`, path };
  return { ok: true };
}

export default defineRule<Params>({
  meta: {
    id: 'MULTI_REGION_CLOUD_TRAIL_ENABLED',
    title: 'A multi-Region CloudTrail trail is logging in the account',
    description:
      'Checks that the account has at least one multi-Region AWS CloudTrail trail that is logging, leaves no management event source out (ExcludeManagementEventSources, or an advanced selector on eventSource), and matches the parameters given (delivery bucket, topic and log group; management events included; their read/write type). A template or plan that declares no trail says nothing about the account; one that declares trails is judged by them. Security Hub (CloudTrail.1) runs it with readWriteType ALL and includeManagementEvents true.',
    severity: 'high',
    resourceTypes: ['AWS::::Account'],
    managedRule: 'multi-region-cloudtrail-enabled',
    frameworks: {
      FSBP: ['CloudTrail.1'],
      'CIS-v1.4.0': ['3.1'],
      'CIS-v3.0.0': ['3.1'],
      'CIS-v5.0.0': ['3.1'],
      'NIST-800-53-r5': ['AC-2(4)', 'AC-4(26)', 'AC-6(9)', 'AU-10', 'AU-12', 'AU-14(1)', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SA-8(22)', 'SC-7(9)', 'SI-3(8)', 'SI-4(20)', 'SI-7(8)'],
      'PCI-DSS-v3.2.1': ['2.2', '10.1', '10.2.1', '10.2.2', '10.2.3', '10.2.4', '10.2.5', '10.2.6', '10.2.7', '10.3.1', '10.3.2', '10.3.3', '10.3.4', '10.3.5', '10.3.6'],
    },
    parameters: {
      s3BucketName: { type: 'string', description: 'Name of the S3 bucket the trail must deliver log files to.' },
      snsTopicArn: { type: 'string', description: 'ARN of the SNS topic the trail must notify.' },
      cloudWatchLogsLogGroupArn: { type: 'string', description: 'ARN of the CloudWatch Logs log group the trail must send events to.' },
      includeManagementEvents: { type: 'boolean', description: 'The trail must record management events.' },
      readWriteType: { type: 'string', enum: ['ReadOnly', 'WriteOnly', 'ALL'], description: 'Which management events the trail must record: ReadOnly, WriteOnly or ALL.' },
    },
    messages: {
      enabled: 'Multi-Region trail {{trail}} is logging in this account.',
      noTrail: 'The account has no CloudTrail trail.',
      noneQualifies: 'No trail of the account qualifies: {{trail}}: {{why}}.',
      undeclared: 'This input declares no CloudTrail trail, and says nothing about the account.',
      unknown: 'Whether a multi-Region trail of the account is logging is not known ({{reason}}).',
    },
    remediation: 'Make a trail multi-Region (`IsMultiRegionTrail: true`, Terraform `is_multi_region_trail = true`), logging, recording all management events without excluded sources.',
    examples: {
      noncompliant: [{ cloudformation: TRAIL }],
      compliant: [{ cloudformation: `${TRAIL}      IsMultiRegionTrail: true\n` }],
    },
  },
  check(account, { params, graph }) {
    const qualifies = (trail: Resource) =>
      allChecks([
        () => trailFlag(trail, 'IsMultiRegionTrail', false, 'it is not multi-Region'),
        () => trailFlag(trail, 'IsLogging', true, 'it is not logging'),
        () => recordsManagementEvents(trail, params),
        () => deliversAsAsked(trail, graph, params),
      ]);
    return judgeAccountTrails(account, graph, qualifies, { pass: 'enabled', noTrail: 'noTrail', noneQualifies: 'noneQualifies', undeclared: 'undeclared', unknown: 'unknown' });
  },
});
