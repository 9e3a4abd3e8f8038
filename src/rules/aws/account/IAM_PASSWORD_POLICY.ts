import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { accountSetting, undecided } from '../../lib/account.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject } from '../../../model/value.js';
import type { Verdict } from '../../types.js';

type MessageId = 'meets' | 'noPolicy' | 'flagOff' | 'tooShort' | 'reuseTooShort' | 'noExpiry' | 'expiryTooLong' | 'malformed' | 'undeclared' | 'unknown';

interface Params {
  RequireUppercaseCharacters: boolean;
  RequireLowercaseCharacters: boolean;
  RequireSymbols: boolean;
  RequireNumbers: boolean;
  MinimumPasswordLength: number;
  PasswordReusePrevention: number;
  MaxPasswordAge: number;
}

const FLAGS = ['RequireUppercaseCharacters', 'RequireLowercaseCharacters', 'RequireSymbols', 'RequireNumbers'] as const;

export default defineRule<Params, MessageId>({
  meta: {
    id: 'IAM_PASSWORD_POLICY',
    title: 'The account password policy for IAM users meets the required strength',
    description:
      'Checks that the account password policy requires the character classes asked for, a minimum length, a number of remembered passwords and a maximum age, as the parameters say. An account with no password policy (IAM\'s default) fails. A template or plan that does not declare the policy (aws_iam_account_password_policy) says nothing about the account.',
    severity: 'medium',
    resourceTypes: ['AWS::::Account'],
    managedRule: 'iam-password-policy',
    frameworks: {
      FSBP: ['IAM.7'],
      'CIS-v1.4.0': ['1.8', '1.9'],
      'CIS-v3.0.0': ['1.8', '1.9'],
      'CIS-v5.0.0': ['1.7', '1.8'],
      'NIST-800-53-r5': ['AC-2(1)', 'AC-2(3)', 'AC-3(15)', 'IA-5(1)'],
      'PCI-DSS-v3.2.1': ['8.1.4', '8.2.3', '8.2.4', '8.2.5'],
    },
    outsideCloudFormation: true,
    parameters: {
      RequireUppercaseCharacters: { type: 'boolean', description: 'Require at least one uppercase letter.', default: true },
      RequireLowercaseCharacters: { type: 'boolean', description: 'Require at least one lowercase letter.', default: true },
      RequireSymbols: { type: 'boolean', description: 'Require at least one symbol.', default: true },
      RequireNumbers: { type: 'boolean', description: 'Require at least one number.', default: true },
      MinimumPasswordLength: { type: 'integer', description: 'Shortest password length allowed.', default: 14, minimum: 6, maximum: 128 },
      PasswordReusePrevention: { type: 'integer', description: 'Previous passwords that may not be reused.', default: 24, minimum: 1, maximum: 24 },
      MaxPasswordAge: { type: 'integer', description: 'Days before a password expires.', default: 90, minimum: 1, maximum: 1095 },
    },
    messages: {
      meets: 'The account password policy meets every requirement.',
      noPolicy: 'The account has no password policy (IAM\'s default policy requires none of this).',
      flagOff: 'The password policy does not set {{flag}}.',
      tooShort: 'The password policy allows passwords of {{length}} characters, fewer than {{minimum}}.',
      reuseTooShort: 'The password policy remembers {{reuse}} previous passwords, fewer than {{minimum}}.',
      noExpiry: 'The password policy lets passwords live forever (no MaxPasswordAge); at most {{days}} days is required.',
      expiryTooLong: 'The password policy lets passwords live {{age}} days, more than {{days}}.',
      malformed: 'The password policy value {{what}} is not what IAM answers ({{value}}).',
      undeclared: 'This input does not declare the account password policy.',
      unknown: 'The account password policy is not known ({{reason}}).',
    },
    remediation:
      'Set the account password policy (IAM console, `aws iam update-account-password-policy`, or Terraform `aws_iam_account_password_policy`) with the required character classes, `minimum_password_length` 14 or more, `password_reuse_prevention` 24 and `max_password_age` 90 or less.',
  },
  check(account, { params }) {
    const fact = accountSetting(account, 'PasswordPolicy');
    if (fact.kind !== 'known') return undecided(fact, { undeclared: 'undeclared', unknown: 'unknown' }, ['PasswordPolicy']);
    const policy = fact.value;
    if (policy === null) return nonCompliant('noPolicy', {}, ['PasswordPolicy']);
    if (!isObject(policy)) return insufficientData('malformed', { what: 'PasswordPolicy', value: JSON.stringify(policy) }, ['PasswordPolicy']);
    const verdicts: Verdict<MessageId>[] = [];
    const at = (name: string) => ['PasswordPolicy', name];
    for (const flag of FLAGS) {
      if (!params[flag]) continue;
      const value = policy[flag];
      if (isUnknown(value)) verdicts.push(insufficientData('unknown', { reason: `${flag}: ${value.reason}` }, at(flag)));
      else if (value === undefined || value === false) verdicts.push(nonCompliant('flagOff', { flag }, at(flag)));
      else if (value !== true) verdicts.push(insufficientData('malformed', { what: flag, value: JSON.stringify(value) }, at(flag)));
    }
    // Counts that must be at least the parameter (absent: none), and the age that must be at most it (absent: no expiry).
    const number = (name: string): number | 'absent' | Verdict<MessageId> => {
      const value = policy[name];
      if (value === undefined || value === null) return 'absent';
      if (isUnknown(value)) return insufficientData('unknown', { reason: `${name}: ${value.reason}` }, at(name));
      if (typeof value !== 'number' || !Number.isInteger(value)) return insufficientData('malformed', { what: name, value: JSON.stringify(value) }, at(name));
      return value;
    };
    const length = number('MinimumPasswordLength');
    if (typeof length === 'object') verdicts.push(length);
    else if (length === 'absent' || length < params.MinimumPasswordLength) verdicts.push(nonCompliant('tooShort', { length: length === 'absent' ? 'any number of' : length, minimum: params.MinimumPasswordLength }, at('MinimumPasswordLength')));
    const reuse = number('PasswordReusePrevention');
    if (typeof reuse === 'object') verdicts.push(reuse);
    else if (reuse === 'absent' || reuse < params.PasswordReusePrevention) verdicts.push(nonCompliant('reuseTooShort', { reuse: reuse === 'absent' ? 'no' : reuse, minimum: params.PasswordReusePrevention }, at('PasswordReusePrevention')));
    const age = number('MaxPasswordAge');
    if (typeof age === 'object') verdicts.push(age);
    else if (age === 'absent') verdicts.push(nonCompliant('noExpiry', { days: params.MaxPasswordAge }, at('MaxPasswordAge')));
    else if (age > params.MaxPasswordAge) verdicts.push(nonCompliant('expiryTooLong', { age, days: params.MaxPasswordAge }, at('MaxPasswordAge')));
    return verdicts.length > 0 ? verdicts : compliant('meets', {}, ['PasswordPolicy']);
  },
});
