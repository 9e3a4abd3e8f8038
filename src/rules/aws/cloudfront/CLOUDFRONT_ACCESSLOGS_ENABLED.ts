import { defineRule } from '../../define.js';
import { DISTRIBUTION_CONFIG } from '../../lib/cloudfront.js';
import { judge, objectSetting, stringSetting } from '../../lib/settings.js';
import { isUnknown, unknown, type Unknown } from '../../../model/unknown.js';
import type { ResourceGraph } from '../../../model/graph.js';
import type { Value } from '../../../model/value.js';
import { distribution } from './examples.js';

/** `logs.s3.amazonaws.com`, `logs.s3.eu-west-1.amazonaws.com` (or `.cn`) → `logs`; a bare name is itself. */
const bucketName = (domain: string): string => /^(.+?)\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/.exec(domain)?.[1] ?? domain;

export default defineRule<{ S3BucketName?: string }>({
  meta: {
    id: 'CLOUDFRONT_ACCESSLOGS_ENABLED',
    title: 'CloudFront distributions deliver access logs',
    description:
      'Checks that an Amazon CloudFront distribution delivers standard (legacy) access logs to an Amazon S3 bucket (DistributionConfig Logging with a Bucket) and, when S3BucketName is given, to that bucket. Access logs record every viewer request for security and access audits.',
    severity: 'medium',
    resourceTypes: ['AWS::CloudFront::Distribution'],
    managedRule: 'cloudfront-accesslogs-enabled',
    frameworks: { FSBP: ['CloudFront.5'], 'NIST-800-53-r5': ['AC-2(4)', 'AC-4(26)', 'AC-6(9)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SC-7(9)', 'SI-3(8)', 'SI-4(20)', 'SI-7(8)'] },
    parameters: {
      S3BucketName: { type: 'string', description: 'The name of the S3 bucket the access logs must be delivered to (any bucket when absent).' },
    },
    messages: {
      enabled: 'Distribution {{id}} delivers access logs to {{bucket}}.',
      disabled: 'Distribution {{id}} does not deliver access logs (no Logging bucket).',
      otherBucket: 'Distribution {{id}} delivers access logs to {{bucket}}, not to bucket {{expected}}.',
      unknownLogging: 'Whether distribution {{id}} delivers access logs{{to}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Add `Logging: { Bucket: <bucket>.s3.amazonaws.com }` to `DistributionConfig` (the bucket must allow ACLs for the awslogsdelivery account).',
    examples: {
      noncompliant: [{ cloudformation: distribution() }],
      compliant: [{ cloudformation: distribution({ extra: '        Logging:\n          Bucket: access-logs.s3.amazonaws.com\n          Prefix: site/\n' }) }],
    },
  },
  check(site, { params, graph }) {
    const expected = params.S3BucketName;
    const data = { bucket: '', expected: expected ?? '', to: expected === undefined ? '' : ` to bucket ${expected}` };
    const messages = { pass: 'enabled', fail: 'disabled', unknown: 'unknownLogging' } as const;
    const loggingPath = [DISTRIBUTION_CONFIG, 'Logging'];
    const logging = objectSetting(site, loggingPath);
    if (logging === undefined) return judge(false, messages, [], data);
    if (isUnknown(logging)) return judge(logging, messages, loggingPath, data);
    const bucketPath = [...loggingPath, 'Bucket'];
    // CloudFormation requires the bucket in Logging; an empty one is logging off.
    if (logging.Bucket === undefined) return judge(unknown(`malformed: ${site.id} Logging has no Bucket`), messages, loggingPath, data);
    const bucket = stringSetting(site, bucketPath);
    if (bucket === undefined || bucket === '') return judge(false, messages, loggingPath, data);
    // A bucket that may be absent, or a value that is not text, does not show logging on.
    if (isUnknown(bucket) && (bucket.mayBeAbsent || typeof logging.Bucket !== 'string' && !isUnknown(logging.Bucket))) return judge(bucket, messages, bucketPath, data);
    // A bucket known only at deployment is a bucket: logging is on.
    if (expected === undefined) return judge(true, messages, bucketPath, { ...data, bucket: typeof bucket === 'string' ? bucket : bucket.reason });
    const name = isUnknown(bucket) ? referencedBucketName(bucket, graph) : bucketName(bucket);
    if (isUnknown(name)) return judge(name, messages, bucketPath, data);
    return judge(name === expected, { ...messages, fail: 'otherBucket' }, bucketPath, { ...data, bucket: name });
  },
});

/** The name of a bucket of the template that `Bucket` refers to (`!GetAtt Logs.DomainName`), when written literally. */
function referencedBucketName(bucket: Unknown, graph: ResourceGraph): string | Unknown {
  const target = graph.target(bucket);
  const name: Value | undefined = target?.type === 'AWS::S3::Bucket' ? target.properties.BucketName : undefined;
  return typeof name === 'string' ? name : unknown(`the logs bucket is ${bucket.reason}`);
}
