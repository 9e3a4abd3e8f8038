import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isSet } from '../../lib/certainty.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject } from '../../../model/value.js';

export default defineRule<{ targetBucket?: string; targetPrefix?: string }>({
  meta: {
    id: 'S3_BUCKET_LOGGING_ENABLED',
    title: 'S3 buckets have server access logging enabled',
    description:
      'Checks that an S3 bucket writes server access logs, optionally to a given target bucket and prefix. Access logs are the record of who read or changed objects.',
    severity: 'medium',
    resourceTypes: ['AWS::S3::Bucket'],
    managedRule: 's3-bucket-logging-enabled',
    frameworks: {
      FSBP: ['S3.9'],
      'NIST-800-53-r5': ['AC-2(4)', 'AC-4(26)', 'AC-6(9)', 'AU-10', 'AU-12', 'AU-2', 'AU-3', 'AU-6(3)', 'AU-6(4)', 'CA-7', 'SC-7(9)', 'SI-3(8)', 'SI-4(20)', 'SI-7(8)'],
      'PCI-DSS-v3.2.1': ['2.2', '10.1', '10.2.1', '10.2.2', '10.2.3', '10.2.4', '10.2.5', '10.2.7', '10.3.1', '10.3.2', '10.3.3', '10.3.4', '10.3.5', '10.3.6'],
    },
    parameters: {
      targetBucket: { type: 'string', description: 'The bucket access logs must be delivered to (any bucket when absent).' },
      targetPrefix: { type: 'string', description: 'The key prefix the logs must use (any prefix when absent).' },
    },
    messages: {
      enabled: 'Bucket {{id}} writes access logs.',
      disabled: 'Bucket {{id}} does not write server access logs (no LoggingConfiguration).',
      wrongBucket: 'Bucket {{id}} writes access logs to {{actual}}, not to {{expected}}.',
      wrongPrefix: 'Bucket {{id}} writes access logs under prefix "{{actual}}", not "{{expected}}".',
      unknownTarget: 'The log destination of bucket {{id}} is not known before deployment ({{reason}}).',
    },
    remediation: 'Add `LoggingConfiguration` with a `DestinationBucketName` (and `LogFilePrefix`) to the bucket.',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      LoggingConfiguration:\n        DestinationBucketName: access-logs\n        LogFilePrefix: bucket/\n',
        },
      ],
    },
  },
  check(bucket, { params }) {
    const logging = bucket.properties.LoggingConfiguration;
    if (isUnknown(logging)) {
      // A configuration known only at deployment (an undecidable choice between two) still enables
      // logging; one that may be AWS::NoValue, or a required target, is not known.
      const required = params.targetBucket !== undefined || params.targetPrefix !== undefined;
      if (isSet(logging) === true && !required) return compliant('enabled', {}, ['LoggingConfiguration']);
      return insufficientData('unknownTarget', { reason: logging.reason }, ['LoggingConfiguration']);
    }
    if (!isObject(logging)) return nonCompliant('disabled', {}, []);
    const destination = logging.DestinationBucketName;
    if (params.targetBucket !== undefined) {
      if (isUnknown(destination)) return insufficientData('unknownTarget', { reason: destination.reason }, ['LoggingConfiguration', 'DestinationBucketName']);
      if (destination !== params.targetBucket) {
        return nonCompliant('wrongBucket', { actual: String(destination ?? 'the bucket itself'), expected: params.targetBucket }, ['LoggingConfiguration', 'DestinationBucketName']);
      }
    }
    if (params.targetPrefix !== undefined) {
      const prefix = logging.LogFilePrefix;
      if (isUnknown(prefix)) return insufficientData('unknownTarget', { reason: prefix.reason }, ['LoggingConfiguration', 'LogFilePrefix']);
      if ((prefix ?? '') !== params.targetPrefix) {
        return nonCompliant('wrongPrefix', { actual: String(prefix ?? ''), expected: params.targetPrefix }, ['LoggingConfiguration', 'LogFilePrefix']);
      }
    }
    return compliant('enabled', {}, ['LoggingConfiguration']);
  },
});
