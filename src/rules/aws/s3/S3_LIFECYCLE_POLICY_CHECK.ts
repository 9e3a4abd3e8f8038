import { compliant, defineRule, insufficientData, nonCompliant, notApplicable } from '../../define.js';
import { activeLifecycleRules, inBucketNames } from '../../lib/s3-lifecycle.js';
import { allOf } from '../../lib/tristate.js';
import { isUnknown, type Unknown } from '../../../model/unknown.js';
import { isObject, toList, toNumber, type Value, type ValueObject } from '../../../model/value.js';

interface Params {
  targetTransitionDays?: number;
  targetExpirationDays?: number;
  targetTransitionStorageClass?: string;
  targetPrefix?: string;
  bucketNames?: string[];
}

export default defineRule<Params>({
  meta: {
    id: 'S3_LIFECYCLE_POLICY_CHECK',
    title: 'S3 buckets have an enabled lifecycle rule',
    description:
      'Checks that an S3 bucket has at least one enabled lifecycle rule and, when the parameters ask for them, one that transitions objects after the given days to the given storage class, expires them after the given days, and applies to the given prefix. Lifecycle rules keep storage from growing without bound.',
    severity: 'low',
    resourceTypes: ['AWS::S3::Bucket'],
    managedRule: 's3-lifecycle-policy-check',
    frameworks: { FSBP: ['S3.13'], 'NIST-800-53-r5': ['CP-10', 'CP-6(2)', 'CP-9', 'SC-5(2)', 'SI-13(5)'] },
    recommended: false,
    whyNotRecommended: 'When objects move to colder storage or expire is a retention decision of the organisation; many buckets (static sites, configuration) rightly keep every object.',
    parameters: {
      targetTransitionDays: { type: 'integer', description: 'Days after creation when objects must be transitioned to a storage class.', minimum: 0 },
      targetExpirationDays: { type: 'integer', description: 'Days after creation when objects must expire.', minimum: 1 },
      targetTransitionStorageClass: { type: 'string', description: 'The storage class objects must be transitioned to (STANDARD_IA, GLACIER, …).' },
      targetPrefix: { type: 'string', description: 'The object key prefix the lifecycle rule must apply to.' },
      bucketNames: { type: 'string-list', description: 'Names (BucketName) of the buckets to check; every bucket when absent.' },
    },
    messages: {
      hasRule: 'Bucket {{id}} has an enabled lifecycle rule as required.',
      noRule: 'Bucket {{id}} has no enabled lifecycle rule.',
      noMatchingRule: 'No enabled lifecycle rule of bucket {{id}} {{wanted}}.',
      notListed: 'Bucket {{id}} is not in bucketNames.',
      unknown: 'Whether bucket {{id}} has an enabled lifecycle rule as required is not known before deployment ({{reason}}).',
    },
    remediation: 'Add `LifecycleConfiguration.Rules` with a rule whose `Status` is `Enabled` (with `Transitions`, `ExpirationInDays` and `Prefix` as the parameters require).',
    examples: {
      noncompliant: [{ cloudformation: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n' }],
      compliant: [
        {
          cloudformation:
            'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      LifecycleConfiguration:\n        Rules:\n          - Id: archive\n            Status: Enabled\n            Transitions:\n              - StorageClass: GLACIER\n                TransitionInDays: 90\n            ExpirationInDays: 395\n',
        },
      ],
    },
  },
  check(bucket, { params }) {
    const listed = inBucketNames(bucket, params.bucketNames);
    if (listed === false) return notApplicable('notListed', {}, ['BucketName']);
    if (isUnknown(listed)) return insufficientData('unknown', { reason: listed.reason }, ['BucketName']);
    const { rules, unknown, unknownPath } = activeLifecycleRules(bucket);
    let undecided: Unknown | undefined;
    for (const { rule, path } of rules) {
      const matches = matchesParams(rule, params);
      if (matches === true) return compliant('hasRule', {}, path);
      if (isUnknown(matches)) undecided ??= matches;
    }
    if (unknown) return insufficientData('unknown', { reason: unknown.reason }, unknownPath);
    if (undecided) return insufficientData('unknown', { reason: undecided.reason }, ['LifecycleConfiguration']);
    if (rules.length === 0) return nonCompliant('noRule', {}, bucket.properties.LifecycleConfiguration === undefined ? [] : ['LifecycleConfiguration']);
    return nonCompliant('noMatchingRule', { wanted: wanted(params) }, ['LifecycleConfiguration']);
  },
});

function matchesParams(rule: ValueObject, params: Params): boolean | Unknown {
  const checks: (boolean | Unknown)[] = [];
  if (params.targetExpirationDays !== undefined) checks.push(equals(toNumber(rule.ExpirationInDays), params.targetExpirationDays));
  if (params.targetPrefix !== undefined) checks.push(equals(rule.Prefix ?? '', params.targetPrefix));
  if (params.targetTransitionDays !== undefined || params.targetTransitionStorageClass !== undefined) checks.push(someTransition(rule, params));
  return allOf(checks);
}

/** One transition with both the required days and storage class (`Transitions`, or the older single `Transition`). */
function someTransition(rule: ValueObject, params: Params): boolean | Unknown {
  const list = rule.Transitions !== undefined ? toList(rule.Transitions) : rule.Transition !== undefined ? toList(rule.Transition) : [];
  if (isUnknown(list)) return list;
  let undecided: Unknown | undefined;
  for (const transition of list) {
    if (isUnknown(transition)) undecided ??= transition;
    if (!isObject(transition)) continue;
    const parts = [
      params.targetTransitionDays === undefined ? true : equals(toNumber(transition.TransitionInDays), params.targetTransitionDays),
      params.targetTransitionStorageClass === undefined ? true : equals(transition.StorageClass, params.targetTransitionStorageClass),
    ];
    const matches = allOf(parts);
    if (matches === true) return true;
    if (isUnknown(matches)) undecided ??= matches;
  }
  return undecided ?? false;
}

const equals = (value: Value | undefined, expected: string | number): boolean | Unknown => (isUnknown(value) ? value : value === expected);

function wanted(params: Params): string {
  const parts: string[] = [];
  if (params.targetTransitionDays !== undefined || params.targetTransitionStorageClass !== undefined) {
    parts.push(`transitions objects${params.targetTransitionStorageClass ? ` to ${params.targetTransitionStorageClass}` : ''}${params.targetTransitionDays !== undefined ? ` after ${params.targetTransitionDays} days` : ''}`);
  }
  if (params.targetExpirationDays !== undefined) parts.push(`expires objects after ${params.targetExpirationDays} days`);
  if (params.targetPrefix !== undefined) parts.push(`applies to prefix "${params.targetPrefix}"`);
  return parts.join(', ');
}
