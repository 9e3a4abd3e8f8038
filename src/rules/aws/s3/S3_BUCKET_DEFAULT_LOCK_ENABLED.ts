import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown, type Unknown } from '../../../model/unknown.js';
import { isObject, toBoolean, type Value } from '../../../model/value.js';

export default defineRule<{ mode?: string }>({
  meta: {
    id: 'S3_BUCKET_DEFAULT_LOCK_ENABLED',
    title: 'S3 buckets have Object Lock enabled',
    description:
      'Checks that an S3 bucket has Object Lock enabled (ObjectLockEnabled, or ObjectLockConfiguration ObjectLockEnabled "Enabled"), and optionally that its default retention uses a given mode. Object Lock keeps object versions from being deleted or overwritten for the retention period.',
    severity: 'medium',
    resourceTypes: ['AWS::S3::Bucket'],
    managedRule: 's3-bucket-default-lock-enabled',
    // Security Hub S3.15, which is in no FSBP, CIS or PCI DSS v3.2.1 standard (only NIST 800-53 r5 and PCI DSS v4.0.1).
    frameworks: { 'NIST-800-53-r5': ['CP-6(2)'] },
    recommended: false,
    whyNotRecommended:
      'Object Lock can only be enabled, never disabled, and locked versions can not be deleted before their retention ends: it is for buckets that must keep data immutable (backups, records), chosen by the organisation.',
    parameters: {
      mode: { type: 'string', description: 'The retention mode the default retention must use: GOVERNANCE or COMPLIANCE (any mode, or none, when absent).' },
    },
    messages: {
      enabled: 'Bucket {{id}} has Object Lock enabled.',
      disabled: 'Bucket {{id}} does not enable Object Lock.',
      wrongMode: 'The default retention of bucket {{id}} uses mode {{actual}}, not {{expected}}.',
      unknown: 'Whether bucket {{id}} has Object Lock enabled as required is not known before deployment ({{reason}}).',
    },
    remediation:
      'Object Lock is set when a bucket is created: set `ObjectLockEnabled: true` and `ObjectLockConfiguration` with `ObjectLockEnabled: Enabled` and a `Rule.DefaultRetention` (`Mode`, `Days` or `Years`).',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      ObjectLockEnabled: true\n      ObjectLockConfiguration:\n        ObjectLockEnabled: Enabled\n        Rule:\n          DefaultRetention:\n            Mode: GOVERNANCE\n            Days: 30\n',
        },
      ],
    },
  },
  check(bucket, { params }) {
    const { ObjectLockEnabled: flag, ObjectLockConfiguration: configuration } = bucket.properties;
    const enabled = either(toBoolean(flag) ?? false, isObject(configuration) ? configEnabled(configuration.ObjectLockEnabled) : isUnknown(configuration) ? configuration : false);
    if (isUnknown(enabled)) return insufficientData('unknown', { reason: enabled.reason }, ['ObjectLockConfiguration']);
    if (!enabled) return nonCompliant('disabled', {}, []);
    if (params.mode === undefined) return compliant('enabled', {}, isObject(configuration) ? ['ObjectLockConfiguration'] : ['ObjectLockEnabled']);
    const path = ['ObjectLockConfiguration', 'Rule', 'DefaultRetention', 'Mode'];
    const mode = defaultMode(configuration);
    if (isUnknown(mode)) return insufficientData('unknown', { reason: mode.reason }, path);
    // Mode values are upper case; packs spell the parameter "Governance" too.
    if (typeof mode === 'string' && mode.toUpperCase() === params.mode.toUpperCase()) return compliant('enabled', {}, path);
    return nonCompliant('wrongMode', { actual: typeof mode === 'string' ? mode : 'none (no default retention)', expected: params.mode.toUpperCase() }, typeof mode === 'string' ? path : ['ObjectLockConfiguration']);
  },
});

const configEnabled = (value: Value | undefined): boolean | Unknown => (isUnknown(value) ? value : value === 'Enabled');

/** Three-valued OR: true if either is, else the first Unknown, else false. */
function either(a: boolean | Unknown, b: boolean | Unknown): boolean | Unknown {
  if (a === true || b === true) return true;
  return isUnknown(a) ? a : b;
}

/** `ObjectLockConfiguration.Rule.DefaultRetention.Mode`: the first Unknown on the way, or undefined when a level is missing. */
function defaultMode(configuration: Value | undefined): Value | undefined {
  let current: Value | undefined = configuration;
  for (const key of ['Rule', 'DefaultRetention', 'Mode']) {
    if (isUnknown(current)) return current;
    if (!isObject(current)) return undefined;
    current = current[key];
  }
  return current;
}
