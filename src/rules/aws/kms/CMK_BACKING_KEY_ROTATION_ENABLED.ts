import { defineRule, insufficientData, notApplicable } from '../../define.js';
import { booleanSetting, judge, stringSetting } from '../../lib/settings.js';
import { isUnknown } from '../../../model/unknown.js';
import { KEY } from './examples.js';

export default defineRule({
  meta: {
    id: 'CMK_BACKING_KEY_ROTATION_ENABLED',
    title: 'Customer managed KMS keys rotate automatically',
    description:
      'Checks that a symmetric customer managed AWS KMS key has automatic rotation of its key material enabled (EnableKeyRotation; off when unset). Keys that can not rotate automatically are not applicable: asymmetric and HMAC keys (KeySpec other than SYMMETRIC_DEFAULT), keys with imported key material (Origin EXTERNAL), keys in custom key stores, and AWS managed keys, which AWS rotates.',
    severity: 'medium',
    resourceTypes: ['AWS::KMS::Key'],
    managedRule: 'cmk-backing-key-rotation-enabled',
    frameworks: { 'CIS-v1.4.0': ['3.8'], 'CIS-v3.0.0': ['3.6'], 'CIS-v5.0.0': ['3.6'], 'NIST-800-53-r5': ['SC-12', 'SC-12(2)', 'SC-28(3)'], 'PCI-DSS-v3.2.1': ['3.6.4'] },
    messages: {
      rotating: 'KMS key {{id}} rotates its key material automatically.',
      notRotating: 'KMS key {{id}} does not rotate its key material automatically (EnableKeyRotation is not true).',
      notApplicable: 'KMS key {{id}} can not rotate automatically ({{why}}).',
      unknownRotation: 'Whether KMS key {{id}} rotates its key material automatically is not known before deployment ({{reason}}).',
    },
    remediation: 'Set `EnableKeyRotation: true` on the key (optionally with `RotationPeriodInDays`).',
    examples: {
      noncompliant: [{ cloudformation: KEY }],
      compliant: [{ cloudformation: `${KEY}      EnableKeyRotation: true\n` }],
    },
  },
  check(key) {
    if (key.observed?.KeyManager === 'AWS') return notApplicable('notApplicable', { why: 'it is an AWS managed key, which AWS rotates' }, []);
    const store = key.observed?.CustomKeyStoreId;
    if (typeof store === 'string' && store !== '') return notApplicable('notApplicable', { why: `it is in custom key store ${store}` }, []);
    const spec = stringSetting(key, ['KeySpec'], 'SYMMETRIC_DEFAULT') ?? 'SYMMETRIC_DEFAULT';
    if (typeof spec === 'string' && spec !== 'SYMMETRIC_DEFAULT') return notApplicable('notApplicable', { why: `its KeySpec is ${spec}` }, ['KeySpec']);
    const origin = stringSetting(key, ['Origin'], 'AWS_KMS') ?? 'AWS_KMS';
    if (typeof origin === 'string' && origin !== 'AWS_KMS') return notApplicable('notApplicable', { why: `its key material comes from ${origin}` }, ['Origin']);
    const rotating = booleanSetting(key, ['EnableKeyRotation'], false) ?? false;
    const path = key.properties.EnableKeyRotation === undefined ? [] : ['EnableKeyRotation'];
    // An asymmetric or imported key is not covered, so an unknown spec or origin only matters when the key would fail.
    const scope = isUnknown(spec) ? spec : isUnknown(origin) ? origin : undefined;
    if (scope && rotating === false) return insufficientData('unknownRotation', { reason: `whether the key can rotate depends on ${scope.reason}` }, isUnknown(spec) ? ['KeySpec'] : ['Origin']);
    return judge(rotating, { pass: 'rotating', fail: 'notRotating', unknown: 'unknownRotation' }, path);
  },
});
