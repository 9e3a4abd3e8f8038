import { defineRule, nonCompliant } from '../../define.js';
import { logsS3DataEvents } from '../../lib/cloudtrail.js';
import { booleanSetting, judge } from '../../lib/settings.js';
import { TRAIL } from './examples.js';

const ALL_BUCKETS = `${TRAIL}      EventSelectors:\n        - ReadWriteType: All\n          DataResources:\n            - Type: AWS::S3::Object\n              Values: ['arn:aws:s3']\n`;

export default defineRule<{ S3BucketNames?: string[] }>({
  meta: {
    id: 'CLOUDTRAIL_S3_DATAEVENTS_ENABLED',
    title: 'CloudTrail trails log S3 data events',
    description:
      'Checks that an AWS CloudTrail trail logs Amazon S3 object-level (data) events for every bucket, or for each bucket named in S3BucketNames, through its event selectors or advanced event selectors; a trail that is not logging logs nothing. AWS Config asks this of the account (at least one trail); in a template each trail is judged.',
    severity: 'medium',
    resourceTypes: ['AWS::CloudTrail::Trail'],
    managedRule: 'cloudtrail-s3-dataevents-enabled',
    parameters: {
      S3BucketNames: { type: 'string-list', description: 'Names of the buckets whose data events must be logged (every bucket when absent).' },
    },
    messages: {
      logsDataEvents: 'Trail {{id}} logs S3 data events for {{scope}}.',
      noDataEvents: 'Trail {{id}} does not log S3 data events for {{scope}} (no event selector selects AWS::S3::Object for them).',
      notLogging: 'Trail {{id}} is not logging (IsLogging is false), so it logs no S3 data events.',
      unknownDataEvents: 'Whether trail {{id}} logs S3 data events for {{scope}} is not known before deployment ({{reason}}).',
    },
    remediation:
      'Add an event selector with a data resource of type `AWS::S3::Object` and value `arn:aws:s3` (every bucket) to the trail, or an advanced event selector with `eventCategory = Data` and `resources.type = AWS::S3::Object`.',
    examples: {
      noncompliant: [{ cloudformation: TRAIL }],
      compliant: [{ cloudformation: ALL_BUCKETS }],
    },
  },
  check(trail, { params }) {
    const buckets = params.S3BucketNames ?? [];
    const scope = buckets.length === 0 ? 'every bucket' : `bucket(s) ${buckets.join(', ')}`;
    if (booleanSetting(trail, ['IsLogging']) === false) return nonCompliant('notLogging', {}, ['IsLogging']);
    const selectors = trail.properties.AdvancedEventSelectors !== undefined ? ['AdvancedEventSelectors'] : trail.properties.EventSelectors !== undefined ? ['EventSelectors'] : [];
    return judge(logsS3DataEvents(trail, buckets), { pass: 'logsDataEvents', fail: 'noDataEvents', unknown: 'unknownDataEvents' }, selectors, { scope });
  },
});
