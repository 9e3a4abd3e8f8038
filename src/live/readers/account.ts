import { GetEbsEncryptionByDefaultCommand } from '@aws-sdk/client-ec2';
import { GetAccountPasswordPolicyCommand, GetAccountSummaryCommand, ListVirtualMFADevicesCommand } from '@aws-sdk/client-iam';
import { DescribeOrganizationCommand } from '@aws-sdk/client-organizations';
import { accountItemProperties } from '../../inputs/config/mapping/account.js';
import { ACCOUNT_TYPE } from '../../model/account.js';
import type { ValueObject } from '../../model/value.js';
import { readAccount, type AccountCalls } from '../account.js';
import { allPages, toValue, type LiveResource, type ReadContext, type TypeReader } from '../types.js';
import { cloudControlReader } from './cloudcontrol.js';

/** The account's calls through the live scan's clients, within its limit on calls in flight. */
function liveCalls(context: ReadContext): AccountCalls {
  const { iam, ec2, organizations } = context.clients;
  return {
    passwordPolicy: () => context.limit(() => iam.send(new GetAccountPasswordPolicyCommand({}))),
    ebsEncryptionByDefault: () => context.limit(() => ec2.send(new GetEbsEncryptionByDefaultCommand({}))),
    accountSummary: () => context.limit(() => iam.send(new GetAccountSummaryCommand({}))),
    virtualMfaDevices: () =>
      allPages(async (marker) => {
        const page = await context.limit(() => iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned', Marker: marker })));
        return { items: page.VirtualMFADevices, next: page.IsTruncated ? page.Marker : undefined };
      }),
    organization: () => context.limit(() => organizations.send(new DescribeOrganizationCommand({}))),
    members: async (type) => (await cloudControlReader(type).list(context)).map((member) => ({ type, id: member.id, properties: member.properties, ...(member.arn ? { arn: member.arn } : {}) })),
  };
}

/**
 * The account in a region (`AWS::::Account`, id: the account id) with its organization, trails, GuardDuty
 * detectors, Security Hub and Access Analyzer analyzers, in the shape the Config rule handler
 * reads it too (one mapping, `accountItemProperties`).
 */
async function readLiveAccount(context: ReadContext): Promise<LiveResource[]> {
  const read = await readAccount(liveCalls(context), context.accountId);
  const { properties, observed } = accountItemProperties(toValue(read.configuration) as ValueObject);
  const account: LiveResource = { type: ACCOUNT_TYPE, id: context.accountId, properties, observed };
  const members = read.members.map((member): LiveResource => ({ type: member.type, id: member.id, properties: toValue(member.properties) as ValueObject, ...(member.arn ? { arn: member.arn } : {}) }));
  return [account, ...members];
}

export const accountReader: TypeReader = {
  type: ACCOUNT_TYPE,
  list: readLiveAccount,
  get: readLiveAccount,
};
