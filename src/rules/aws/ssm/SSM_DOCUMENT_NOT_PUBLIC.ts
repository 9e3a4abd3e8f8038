import { compliant, defineRule, insufficientData, nonCompliant } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';

type MessageId = 'private' | 'shared' | 'public' | 'unknown';

/** SSM takes and reports account ids of twelve digits (or `all`): anything else is not a sharing it knows. */
const ACCOUNT_ID = /^\d{12}$/;

/** SSM accepts `all` in any case (`(?i)all`) and reports it as `all`; the provider's docs write `All`. */
const isEveryone = (account: unknown): boolean => typeof account === 'string' && account.trim().toLowerCase() === 'all';

export default defineRule<Record<string, never>, MessageId>({
  meta: {
    id: 'SSM_DOCUMENT_NOT_PUBLIC',
    title: 'SSM documents owned by the account are not public',
    description:
      'Checks that no Systems Manager document the account owns is shared with everyone: DescribeDocumentPermission (permission type `Share`) must not list `all` among the accounts, which lets any AWS account read and run it, and whatever its content reveals. Sharing with named accounts is allowed. The sharing is Tosei\'s property `SharedAccountIds` (Terraform: `permissions.account_ids`).',
    severity: 'critical',
    resourceTypes: ['AWS::SSM::Document'],
    managedRule: 'ssm-document-not-public',
    notInCloudFormation: 'CloudFormation has no property for sharing an SSM document (only SSM ModifyDocumentPermission shares it), so a template can not tell whether the document will be public',
    frameworks: {
      FSBP: ['SSM.4'],
      'NIST-800-53-r5': ['AC-21', 'AC-3', 'AC-3(7)', 'AC-4', 'AC-4(21)', 'AC-6', 'SC-7', 'SC-7(11)', 'SC-7(16)', 'SC-7(20)', 'SC-7(21)', 'SC-7(3)', 'SC-7(4)', 'SC-7(9)'],
    },
    messages: {
      private: 'SSM document {{id}} is not shared.',
      shared: 'SSM document {{id}} is shared with {{accounts}}, not with everyone.',
      public: 'SSM document {{id}} is public: it is shared with all AWS accounts.',
      unknown: 'Whether SSM document {{id}} is public is not known ({{reason}}).',
    },
    remediation:
      'Stop sharing the document publicly: `aws ssm modify-document-permission --name <name> --permission-type Share --account-ids-to-remove all` (Terraform: take "All" out of `permissions.account_ids`), share it with named accounts if it must be shared, and turn on the account\'s block public sharing for SSM documents.',
  },
  check(document) {
    const accounts = document.properties.SharedAccountIds;
    const path = ['SharedAccountIds'];
    if (isUnknown(accounts)) return insufficientData('unknown', { reason: accounts.reason }, path);
    if (!Array.isArray(accounts)) return insufficientData('unknown', { reason: `malformed: SharedAccountIds is ${JSON.stringify(accounts ?? null).slice(0, 60)}, not a list of accounts` }, path);
    if (accounts.some(isEveryone)) return nonCompliant('public', {}, path);
    const undecided = accounts.find((account) => typeof account !== 'string' || !ACCOUNT_ID.test(account));
    if (undecided !== undefined) return insufficientData('unknown', { reason: isUnknown(undecided) ? `an account it is shared with: ${undecided.reason}` : `malformed: an account it is shared with is ${JSON.stringify(undecided).slice(0, 60)}, not an account id` }, path);
    if (accounts.length === 0) return compliant('private', {}, path);
    return compliant('shared', { accounts: accounts.join(', ') }, path);
  },
});
