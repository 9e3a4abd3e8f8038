import { accountItem } from '../../config-fixtures.js';
import type { RuleCase } from '../../tester.js';

/** DescribeOrganization's Organization, as the account item writes it (camelCase). */
const organization = (masterAccountId: string) => ({
  id: 'o-exampleorgid',
  arn: `arn:aws:organizations::${masterAccountId}:organization/o-exampleorgid`,
  featureSet: 'ALL',
  masterAccountArn: `arn:aws:organizations::${masterAccountId}:account/o-exampleorgid/${masterAccountId}`,
  masterAccountId,
  masterAccountEmail: 'management@example.com',
});

export default [
  {
    name: 'config: DescribeOrganization answers an organization',
    items: [accountItem({ organization: organization('111122223333') })],
    expect: { '123456789012': { status: 'COMPLIANT', messageId: 'member' } },
  },
  {
    name: 'config: the organization is managed by the account MasterAccountId names',
    items: [accountItem({ organization: organization('111122223333') })],
    params: { MasterAccountId: '111122223333' },
    expect: { '123456789012': { status: 'COMPLIANT', messageId: 'memberOfExpected' } },
  },
  {
    name: 'config: the organization is managed by another account',
    items: [accountItem({ organization: organization('444455556666') })],
    params: { MasterAccountId: '111122223333' },
    expect: { '123456789012': { status: 'NON_COMPLIANT', messageId: 'otherManagementAccount' } },
  },
  {
    name: 'config: a MasterAccountId that is no account id judges nothing',
    items: [accountItem({ organization: organization('111122223333') })],
    params: { MasterAccountId: '1111-2222-3333' },
    expect: { '123456789012': { status: 'INSUFFICIENT_DATA', messageId: 'badMasterAccountId' } },
  },
  {
    name: 'config: AWSOrganizationsNotInUseException, the account is in no organization',
    items: [accountItem({ organization: null })],
    expect: { '123456789012': { status: 'NON_COMPLIANT', messageId: 'notMember' } },
  },
  {
    name: 'config: DescribeOrganization denied is not known, never not a member',
    items: [accountItem({ unreadable: { organization: 'access denied (AccessDeniedException)' } })],
    expect: { '123456789012': { status: 'INSUFFICIENT_DATA', messageId: 'unknown' } },
  },
  {
    name: 'config: an organization without its management account, with MasterAccountId, is malformed',
    items: [accountItem({ organization: { id: 'o-exampleorgid', masterAccountId: 42 } })],
    params: { MasterAccountId: '111122223333' },
    expect: { '123456789012': { status: 'INSUFFICIENT_DATA', messageId: 'malformed' } },
  },
] satisfies RuleCase[];
