import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { accountSetting, undecided } from '../../lib/account.js';
import { isUnknown } from '../../../model/unknown.js';
import { isObject } from '../../../model/value.js';

interface Params {
  MasterAccountId?: string;
}

export default defineRule<Params, 'member' | 'memberOfExpected' | 'notMember' | 'otherManagementAccount' | 'badMasterAccountId' | 'malformed' | 'undeclared' | 'unknown'>({
  meta: {
    id: 'ACCOUNT_PART_OF_ORGANIZATIONS',
    title: 'The account is a member of AWS Organizations',
    description:
      'Checks that the account belongs to an organization in AWS Organizations and, when MasterAccountId is given, that the organization is managed by that account. An account outside an organization escapes its service control policies, its organization trails and its central security services. Membership is the account\'s relation to an organization, which only the account\'s own API tells (DescribeOrganization); a template or plan never shows it, so the rule needs live data.',
    severity: 'medium',
    resourceTypes: ['AWS::::Account'],
    managedRule: 'account-part-of-organizations',
    frameworks: {
      'CIS-v1.4.0': ['1.21'],
      'NIST-800-53-r5': ['CA-9(1)', 'CM-2'],
    },
    liveOnly: true,
    parameters: {
      MasterAccountId: { type: 'string', description: 'The id of the account that manages the organization (12 digits). When absent, membership of any organization is enough.' },
    },
    messages: {
      member: 'The account belongs to organization {{organization}}.',
      memberOfExpected: 'The account belongs to organization {{organization}}, managed by {{master}} as required.',
      notMember: 'The account is not a member of any organization in AWS Organizations.',
      otherManagementAccount: 'The account belongs to organization {{organization}}, managed by {{master}}, not by {{expected}}.',
      badMasterAccountId: 'MasterAccountId "{{expected}}" is not an account id (12 digits): the organization can not be checked against it.',
      malformed: 'The account\'s organization is not in DescribeOrganization\'s shape ({{value}}).',
      undeclared: 'This input does not say whether the account belongs to an organization.',
      unknown: 'Whether the account belongs to an organization{{managedBy}} is not known ({{reason}}).',
    },
    remediation:
      'Invite the account into the organization from its management account (Organizations console or `aws organizations invite-account-to-organization`) and accept the handshake, or create the account from the organization; with MasterAccountId, move it to the organization that account manages.',
  },
  check(account, { params }) {
    const expected = params.MasterAccountId?.trim() || undefined;
    const managedBy = expected === undefined ? '' : ` managed by ${expected}`;
    const fact = accountSetting(account, 'Organization');
    const path = ['Organization'];
    if (fact.kind === 'undeclared') return undecided(fact, { undeclared: 'undeclared', unknown: 'unknown' }, path);
    if (fact.kind === 'unknown') return insufficientData('unknown', { managedBy, reason: fact.reason }, path);
    const organization = fact.value;
    if (organization === null) return nonCompliant('notMember', {}, path);
    if (!isObject(organization)) return insufficientData('malformed', { value: JSON.stringify(organization) }, path);
    const id = typeof organization.Id === 'string' ? organization.Id : '(id not known yet)';
    if (expected === undefined) return compliant('member', { organization: id }, path);
    // A mistyped parameter would fail every account; it says nothing about them.
    if (!/^\d{12}$/.test(expected)) return insufficientData('badMasterAccountId', { expected }, []);
    const master = organization.MasterAccountId;
    const masterPath = [...path, 'MasterAccountId'];
    if (isUnknown(master)) return insufficientData('unknown', { managedBy, reason: `the management account: ${master.reason}` }, masterPath);
    if (typeof master !== 'string') return insufficientData('malformed', { value: JSON.stringify(organization) }, masterPath);
    if (master === expected) return compliant('memberOfExpected', { organization: id, master }, masterPath);
    return nonCompliant('otherManagementAccount', { organization: id, master, expected }, masterPath);
  },
});
