/**
 * The account read with its own APIs, the one way both detective gates read it (the live scan's
 * `AWS::::Account` reader, the Config rule handler's periodic account rules): the account's item
 * configuration (`inputs/config/mapping/account.ts` turns it into the account resource) and the
 * members read beside it. A call that fails leaves its fact unread, with why; the others are read.
 *
 * - `passwordPolicy`: IAM GetAccountPasswordPolicy (`null` on NoSuchEntity: the account has none).
 * - `ebsEncryptionByDefault`: EC2 GetEbsEncryptionByDefault.
 * - `root`: IAM GetAccountSummary (`AccountMFAEnabled`, `AccountAccessKeysPresent`; with
 *   `AccountPasswordPresent` and `AccountSigningCertificatesPresent`, whether the root user has any
 *   credentials at all) and ListVirtualMFADevices (a virtual device assigned to the root user: its
 *   MFA is not hardware).
 * - members (`trails`, `guardDutyDetectors`, `securityHubs`, `accessAnalyzers`): Cloud Control
 *   ListResources/GetResource of their CloudFormation types, CloudFormation-shaped.
 * - `organization`: Organizations DescribeOrganization (`null` on AWSOrganizationsNotInUseException:
 *   the account belongs to no organization). Denied or failed, it is unread, never `null`.
 * - `publicAccessBlock`: not read here (no S3 Control client); the Config rule handler takes the
 *   account's public access block from Config's item.
 */
import { ACCOUNT_MEMBERS } from '../model/account.js';
import { describeFailure, errorCode } from './errors.js';
import { isoText } from './types.js';

export interface AccountMemberRead {
  type: string;
  id: string;
  properties: Record<string, unknown>;
  arn?: string;
}

/** The calls, bound to whichever clients the gate has. Each returns the SDK's output. */
export interface AccountCalls {
  passwordPolicy(): Promise<{ PasswordPolicy?: object }>;
  ebsEncryptionByDefault(): Promise<{ EbsEncryptionByDefault?: boolean }>;
  accountSummary(): Promise<{ SummaryMap?: Record<string, number> }>;
  virtualMfaDevices(): Promise<{ SerialNumber?: string; User?: { Arn?: string } }[]>;
  organization(): Promise<{ Organization?: object }>;
  members(type: string): Promise<AccountMemberRead[]>;
}

export interface AccountRead {
  configuration: Record<string, unknown>;
  members: AccountMemberRead[];
}

const NO_SUCH_ENTITY = new Set(['NoSuchEntity', 'NoSuchEntityException']);
const NOT_IN_ORGANIZATION = 'AWSOrganizationsNotInUseException';

/** `GetAccountPasswordPolicy` output keys as the account item writes them (camelCase). */
function camel(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camel);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value instanceof Date ? isoText(value) : value;
  return Object.fromEntries(Object.entries(value).filter(([, child]) => child !== undefined).map(([key, child]) => [key.charAt(0).toLowerCase() + key.slice(1), camel(child)]));
}

export async function readAccount(calls: AccountCalls, accountId: string): Promise<AccountRead> {
  const configuration: Record<string, unknown> = { accountId };
  const unreadable: Record<string, string> = {};
  const read = async (key: string, call: () => Promise<unknown>): Promise<void> => {
    try {
      const value = await call();
      if (value !== undefined) configuration[key] = value;
    } catch (error) {
      const failure = describeFailure(error);
      unreadable[key] = `${failure.reason} (${failure.code})`;
    }
  };
  await read('passwordPolicy', async () => {
    try {
      return camel((await calls.passwordPolicy()).PasswordPolicy ?? null);
    } catch (error) {
      if (NO_SUCH_ENTITY.has((error as Error)?.name)) return null;
      throw error;
    }
  });
  await read('organization', async () => {
    try {
      const organization = (await calls.organization()).Organization;
      if (organization === undefined) throw new Error('DescribeOrganization returned no Organization');
      return camel(organization);
    } catch (error) {
      if (errorCode(error) === NOT_IN_ORGANIZATION) return null;
      throw error;
    }
  });
  await read('ebsEncryptionByDefault', async () => (await calls.ebsEncryptionByDefault()).EbsEncryptionByDefault);
  await read('root', async () => {
    const summary = (await calls.accountSummary()).SummaryMap ?? {};
    if (summary.AccountMFAEnabled === undefined || summary.AccountAccessKeysPresent === undefined) throw new Error('GetAccountSummary did not report the root user (AccountMFAEnabled, AccountAccessKeysPresent)');
    const mfaActive = summary.AccountMFAEnabled === 1;
    // Only a root user with MFA can have a hardware device; asking the virtual devices is needed then.
    const virtual = mfaActive ? (await calls.virtualMfaDevices()).some((device) => device.User?.Arn === `arn:${partitionOfArn(device.SerialNumber)}:iam::${accountId}:root` || device.SerialNumber?.endsWith(':mfa/root-account-mfa-device')) : false;
    const accessKeysPresent = summary.AccountAccessKeysPresent > 0;
    const credentialsPresent = rootCredentialsPresent(summary, mfaActive, accessKeysPresent);
    return { mfaActive, accessKeysPresent, virtualMfa: virtual, ...(credentialsPresent === undefined ? {} : { credentialsPresent }) };
  });
  const members: AccountMemberRead[] = [];
  for (const { property, type } of ACCOUNT_MEMBERS) {
    const key = property.charAt(0).toLowerCase() + property.slice(1);
    await read(key, async () => {
      members.push(...(await calls.members(type)));
      return [];
    });
  }
  if (Object.keys(unreadable).length > 0) configuration.unreadable = unreadable;
  return { configuration, members };
}

/**
 * Whether the root user has any credential: a password, access keys, signing certificates or MFA.
 * An organization that manages root access centrally can delete all of them from a member account,
 * and AWS's root MFA rules are then not applicable. Undefined when the summary does not say.
 */
function rootCredentialsPresent(summary: Record<string, number>, mfaActive: boolean, accessKeysPresent: boolean): boolean | undefined {
  if (mfaActive || accessKeysPresent) return true;
  const others = [summary.AccountPasswordPresent, summary.AccountSigningCertificatesPresent];
  if (others.some((count) => count !== undefined && count > 0)) return true;
  return others.every((count) => count !== undefined) ? false : undefined;
}

function partitionOfArn(arn: string | undefined): string {
  return arn?.split(':')[1] || 'aws';
}
