import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { credentialFacts } from '../../lib/credentials.js';
import { isObject, type Value } from '../../../model/value.js';
import type { Verdict } from '../../types.js';

type MessageId = 'rotated' | 'noActiveKeys' | 'stale' | 'unknown';

const DAY = 24 * 60 * 60 * 1000;

function time(value: Value | undefined): number | undefined {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? Date.parse(value) : undefined;
}

export default defineRule<{ maxAccessKeyAge: number }, MessageId>({
  meta: {
    id: 'ACCESS_KEYS_ROTATED',
    title: 'Active access keys of IAM users are rotated within the allowed age',
    description:
      'Checks that every active access key of an IAM user was created (or rotated) within maxAccessKeyAge days (the credential report\'s access_key_N_last_rotated), whether or not it was ever used; inactive keys are not judged, nor, as in AWS Config, the root user\'s keys. Old keys have had longer to leak. The facts come from the credential report, so the rule needs live data.',
    severity: 'medium',
    resourceTypes: ['AWS::IAM::User'],
    managedRule: 'access-keys-rotated',
    frameworks: {
      FSBP: ['IAM.3'],
      'CIS-v1.4.0': ['1.14'],
      'CIS-v3.0.0': ['1.14'],
      'CIS-v5.0.0': ['1.13'],
      'NIST-800-53-r5': ['AC-2(1)', 'AC-2(3)', 'AC-3(15)'],
    },
    liveOnly: true,
    parameters: {
      maxAccessKeyAge: { type: 'integer', description: 'Days an active access key may live before it must be rotated.', default: 90, minimum: 1 },
    },
    messages: {
      rotated: 'Every active access key of user {{id}} is younger than {{days}} days.',
      noActiveKeys: 'User {{id}} has no active access key.',
      stale: 'Active access key {{key}} of user {{id}} is {{age}} days old, more than {{days}}.',
      unknown: 'The age of the access keys of user {{id}} is not known ({{reason}}).',
    },
    remediation: 'Create a new access key, move its users to it, then deactivate and delete the old one (`aws iam create-access-key`, `update-access-key --status Inactive`, `delete-access-key`); better, replace long-lived keys with roles.',
  },
  check(user, { params }) {
    const read = credentialFacts(user);
    if (!read.known) return insufficientData('unknown', { reason: read.reason }, []);
    const now = time(read.facts.AsOf);
    if (now === undefined) return insufficientData('unknown', { reason: 'the report has no time' }, []);
    const days = params.maxAccessKeyAge;
    const keys = Array.isArray(read.facts.AccessKeys) ? read.facts.AccessKeys : [];
    const verdicts: Verdict<MessageId>[] = [];
    let active = 0;
    keys.forEach((key, index) => {
      if (!isObject(key) || typeof key.Active !== 'boolean') {
        verdicts.push(insufficientData('unknown', { reason: `malformed: whether key ${index + 1} is active is ${JSON.stringify(isObject(key) ? (key.Active ?? null) : key)}` }, []));
        return;
      }
      if (!key.Active) return;
      active += 1;
      const rotated = time(key.LastRotated);
      if (rotated === undefined) verdicts.push(insufficientData('unknown', { reason: `key ${index + 1} has no creation date` }, []));
      else if (Math.floor((now - rotated) / DAY) > days) verdicts.push(nonCompliant('stale', { key: index + 1, age: Math.floor((now - rotated) / DAY), days }, []));
    });
    if (verdicts.length > 0) return verdicts;
    return active === 0 ? compliant('noActiveKeys', {}, []) : compliant('rotated', { days }, []);
  },
});
