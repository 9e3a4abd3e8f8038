import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import type { Verdict } from '../../types.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject, toBoolean } from '../../../model/value.js';

const FLAGS = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'] as const;

type MessageId = 'blocked' | 'excluded' | 'missing' | 'flagOff' | 'unknownFlag' | 'unknownName';

export default defineRule<{ excludedPublicBuckets?: string[] }, MessageId>({
  meta: {
    id: 'S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED',
    title: 'S3 buckets block public access at bucket level',
    description:
      'Checks that an S3 bucket declares a PublicAccessBlockConfiguration with BlockPublicAcls, BlockPublicPolicy, IgnorePublicAcls and RestrictPublicBuckets all true, unless the bucket is listed as a known public bucket. A bucket without the configuration is reported: S3 blocks public access on new buckets by default, but only a declared block is kept in place by later stack updates and shows up in review.',
    severity: 'high',
    resourceTypes: ['AWS::S3::Bucket'],
    managedRule: 's3-bucket-level-public-access-prohibited',
    frameworks: {
      FSBP: ['S3.8'],
      'CIS-v1.4.0': ['2.1.5'],
      'CIS-v3.0.0': ['2.1.4'],
      'CIS-v5.0.0': ['2.1.4'],
      'NIST-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
      'PCI-DSS-v3.2.1': ['1.2', '1.2.1', '1.3', '1.3.1', '1.3.2', '1.3.4', '1.3.6', '2.2.2'],
    },
    parameters: {
      excludedPublicBuckets: {
        type: 'string-list',
        description: 'Names (BucketName) of buckets that are meant to be public and are not checked.',
      },
    },
    messages: {
      blocked: 'Bucket {{id}} blocks public ACLs and policies.',
      excluded: 'Bucket {{id}} ({{name}}) is listed in excludedPublicBuckets.',
      missing: 'Bucket {{id}} declares no PublicAccessBlockConfiguration.',
      flagOff: 'Bucket {{id}} does not set {{flag}} to true in its PublicAccessBlockConfiguration.',
      unknownFlag: 'The {{flag}} setting of bucket {{id}} is not known before deployment ({{reason}}).',
      unknownName: 'The name of bucket {{id}} is not known before deployment ({{reason}}), so whether it is excluded can not be decided.',
    },
    remediation:
      'Add `PublicAccessBlockConfiguration` with `BlockPublicAcls`, `BlockPublicPolicy`, `IgnorePublicAcls` and `RestrictPublicBuckets` set to `true`.',
    examples: {
      noncompliant: [
        {
          cloudformation:
            'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: false\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: false\n',
        },
      ],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n',
        },
      ],
    },
  },
  check(bucket, { params }) {
    const config = bucket.properties.PublicAccessBlockConfiguration;
    const verdicts: Verdict<MessageId>[] = [];
    if (isUnknown(config)) {
      verdicts.push(insufficientData('unknownFlag', { flag: 'PublicAccessBlockConfiguration', reason: config.reason }, ['PublicAccessBlockConfiguration']));
    } else if (!isObject(config)) {
      verdicts.push(nonCompliant('missing', {}, []));
    } else {
      for (const flag of FLAGS) {
        const value = toBoolean(config[flag]);
        const path = ['PublicAccessBlockConfiguration', flag];
        if (isUnknown(value)) verdicts.push(insufficientData('unknownFlag', { flag, reason: value.reason }, path));
        else if (value !== true) verdicts.push(nonCompliant('flagOff', { flag }, config[flag] === undefined ? ['PublicAccessBlockConfiguration'] : path));
      }
    }
    if (verdicts.length === 0) return compliant('blocked', {}, ['PublicAccessBlockConfiguration']);

    const excluded = params.excludedPublicBuckets ?? [];
    if (excluded.length === 0) return verdicts;
    const name = bucket.properties.BucketName;
    if (isUnknown(name)) {
      // Open only if the bucket is not one of the excluded ones: undecidable while its name is unknown.
      return verdicts.map((verdict) =>
        verdict.status === 'NON_COMPLIANT' ? insufficientData('unknownName', { reason: name.reason }, ['BucketName']) : verdict,
      );
    }
    if (typeof name === 'string' && excluded.includes(name)) return compliant('excluded', { name }, ['BucketName']);
    return verdicts;
  },
});
