import { defineRule } from '../../define.js';
import { judgeAccountTrails, logsS3DataEvents, trailFlag, type TrailCheck } from '../../lib/cloudtrail.js';
import { isUnknown } from '../../../model/unknown.js';
import type { Resource } from '../../../model/resource.js';
import { TRAIL } from './examples.js';

const ALL_BUCKETS = `${TRAIL}      EventSelectors:\n        - ReadWriteType: All\n          DataResources:\n            - Type: AWS::S3::Object\n              Values: ['arn:aws:s3']\n`;

/** A logging trail whose selectors log S3 data events for `buckets` (every bucket when empty). */
function logsDataEvents(trail: Resource, buckets: readonly string[]): TrailCheck {
  const logging = trailFlag(trail, 'IsLogging', true, 'it is not logging');
  if (logging.ok === false) return logging;
  const path = trail.properties.AdvancedEventSelectors !== undefined ? ['AdvancedEventSelectors'] : trail.properties.EventSelectors !== undefined ? ['EventSelectors'] : [];
  const logs = logsS3DataEvents(trail, buckets);
  if (isUnknown(logs)) return { ok: 'unknown', reason: logs.reason, path };
  if (!logs) return { ok: false, why: 'no event selector selects AWS::S3::Object for them', path };
  return logging;
}

export default defineRule<{ S3BucketNames?: string[] }>({
  meta: {
    id: 'CLOUDTRAIL_S3_DATAEVENTS_ENABLED',
    title: 'A CloudTrail trail logs S3 data events',
    description:
      'Checks that at least one AWS CloudTrail trail of the account is logging Amazon S3 object-level (data) events for every bucket, or for each bucket named in S3BucketNames, through its event selectors or advanced event selectors (any read/write type). A template or plan that declares no trail says nothing about the account; one that declares trails is judged by them.',
    severity: 'medium',
    resourceTypes: ['AWS::::Account'],
    managedRule: 'cloudtrail-s3-dataevents-enabled',
    // AWS's CIS v1.4 Level 2 conformance pack carries this rule for 3.10 and 3.11 (object-level logging of S3 writes and reads).
    frameworks: {
      'CIS-v1.4.0': ['3.10', '3.11'],
      'NIST-800-53-r5': ['AC-2(4)', 'AC-3(10)', 'AC-4(26)', 'AC-6(9)', 'AU-10', 'AU-12', 'AU-12(1)', 'AU-12(2)', 'AU-12(3)', 'AU-12(4)', 'AU-14', 'AU-14(3)', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'AU-6(6)', 'AU-6(9)', 'AU-8', 'CA-7', 'CM-5(1)', 'CM-6', 'CM-9', 'IA-3(3)', 'MA-4(1)', 'PM-14', 'PM-31', 'SC-7(9)', 'SI-10(1)', 'SI-3(8)', 'SI-4(17)', 'SI-4(2)', 'SI-4(20)', 'SI-7(8)'],
      'PCI-DSS-v3.2.1': ['2.2', '10.1', '10.2.1', '10.2.2', '10.2.3', '10.2.5', '10.3.1', '10.3.2', '10.3.3', '10.3.4', '10.3.5', '10.3.6'],
    },
    parameters: {
      S3BucketNames: { type: 'string-list', description: 'Names of the buckets whose data events must be logged (every bucket when absent).' },
    },
    messages: {
      logsDataEvents: 'Trail {{trail}} logs S3 data events.',
      noTrail: 'The account has no CloudTrail trail, so no S3 data events are logged.',
      noDataEvents: 'No trail of the account logs S3 data events for the buckets asked: {{trail}}: {{why}}.',
      undeclared: 'This input declares no CloudTrail trail, and says nothing about the account.',
      unknownDataEvents: 'Whether a trail of the account logs S3 data events is not known ({{reason}}).',
    },
    remediation:
      'Add an event selector with a data resource of type `AWS::S3::Object` and value `arn:aws:s3` (every bucket) to a trail, or an advanced event selector with `eventCategory = Data` and `resources.type = AWS::S3::Object`.',
    examples: {
      noncompliant: [{ cloudformation: TRAIL }],
      compliant: [{ cloudformation: ALL_BUCKETS }],
    },
  },
  check(account, { params, graph }) {
    const buckets = params.S3BucketNames ?? [];
    return judgeAccountTrails(account, graph, (trail) => logsDataEvents(trail, buckets), {
      pass: 'logsDataEvents',
      noTrail: 'noTrail',
      noneQualifies: 'noDataEvents',
      undeclared: 'undeclared',
      unknown: 'unknownDataEvents',
    });
  },
});
