/**
 * IAM credential usage, the live data `IAM_USER_UNUSED_CREDENTIALS_CHECK` needs: from the
 * credential report (GenerateCredentialReport / GetCredentialReport, a CSV delivered base64 in
 * `<Content>`), or per user from GetUser, GetLoginProfile, ListAccessKeys and
 * GetAccessKeyLastUsed when the report can not be had. The result is a `Credentials` fact per
 * user ARN, set as `Resource.observed` by the adapters (Config items, live scan).
 */
import type { IAMClient } from '@aws-sdk/client-iam';
import type * as IamModule from '@aws-sdk/client-iam';
import { CredentialReportError, parseCredentialReport, type AccessKeyUsage, type CredentialUsage } from './credential-report.js';

export * from './credential-report.js';

/** The IAM module of the SDK (loaded by the caller, so importing this module stays cheap). */
export type IamSdk = typeof IamModule;

export interface CredentialFetchOptions {
  /** Waits between GenerateCredentialReport polls (injectable so tests run fast). */
  sleep?: (ms: number) => Promise<void>;
  /** Polls before giving up on the report and asking per user. */
  maxPolls?: number;
  now?: () => Date;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The credential report: generated (polling until COMPLETE), then fetched and parsed. Throws
 * `CredentialReportError` when it is not ready after `maxPolls`.
 */
export async function fetchCredentialReport(sdk: IamSdk, iam: IAMClient, options: CredentialFetchOptions = {}): Promise<CredentialUsage[]> {
  const sleep = options.sleep ?? defaultSleep;
  const maxPolls = options.maxPolls ?? 10;
  for (let poll = 0; ; poll++) {
    const state = await iam.send(new sdk.GenerateCredentialReportCommand({}));
    if (state.State === 'COMPLETE') break;
    if (poll + 1 >= maxPolls) throw new CredentialReportError(`the credential report is still ${state.State ?? 'not ready'} after ${maxPolls} polls`);
    await sleep(Math.min(1000 * 2 ** poll, 8000));
  }
  const report = await iam.send(new sdk.GetCredentialReportCommand({}));
  if (!report.Content) throw new CredentialReportError('GetCredentialReport returned no content');
  // The SDK decodes the base64 `<Content>` blob into bytes.
  const csv = Buffer.from(report.Content).toString('utf8');
  return parseCredentialReport(csv, (report.GeneratedTime ?? options.now?.() ?? new Date()).toISOString());
}

/** One user's usage from the per-user APIs (the credential report's fallback). */
export async function fetchUserCredentials(sdk: IamSdk, iam: IAMClient, userName: string, options: CredentialFetchOptions = {}): Promise<CredentialUsage> {
  const asOf = (options.now?.() ?? new Date()).toISOString();
  const { User: user } = await iam.send(new sdk.GetUserCommand({ UserName: userName }));
  let passwordEnabled = true;
  let passwordLastChanged: string | null = null;
  try {
    const profile = await iam.send(new sdk.GetLoginProfileCommand({ UserName: userName }));
    passwordLastChanged = profile.LoginProfile?.CreateDate?.toISOString() ?? null;
  } catch (error) {
    if ((error as Error).name !== 'NoSuchEntity' && (error as Error).name !== 'NoSuchEntityException') throw error;
    passwordEnabled = false;
  }
  const accessKeys: AccessKeyUsage[] = [];
  let marker: string | undefined;
  do {
    const page = await iam.send(new sdk.ListAccessKeysCommand({ UserName: userName, Marker: marker }));
    for (const key of page.AccessKeyMetadata ?? []) {
      const used = key.AccessKeyId ? await iam.send(new sdk.GetAccessKeyLastUsedCommand({ AccessKeyId: key.AccessKeyId })) : undefined;
      accessKeys.push({ active: key.Status === 'Active', lastUsed: used?.AccessKeyLastUsed?.LastUsedDate?.toISOString() ?? null, lastRotated: key.CreateDate?.toISOString() ?? null });
    }
    marker = page.IsTruncated ? page.Marker : undefined;
  } while (marker);
  // MFA matters to the MFA rules only: a user whose devices can not be listed has it unknown, not absent.
  let mfaActive: boolean | null = null;
  try {
    mfaActive = ((await iam.send(new sdk.ListMFADevicesCommand({ UserName: userName }))).MFADevices ?? []).length > 0;
  } catch {
    mfaActive = null;
  }
  return {
    user: userName,
    arn: user?.Arn ?? '',
    mfaActive,
    userCreationTime: user?.CreateDate?.toISOString() ?? null,
    passwordEnabled,
    passwordLastUsed: user?.PasswordLastUsed?.toISOString() ?? null,
    passwordLastChanged,
    accessKeys,
    asOf,
  };
}

/**
 * Usage of the given users (all users when `userNames` is undefined): from the credential
 * report, or per user when the report can not be had (not permitted, not ready).
 */
export async function fetchCredentialUsage(sdk: IamSdk, iam: IAMClient, userNames: readonly string[] | undefined, options: CredentialFetchOptions = {}): Promise<CredentialUsage[]> {
  try {
    const report = await fetchCredentialReport(sdk, iam, options);
    return userNames === undefined ? report : report.filter((usage) => userNames.includes(usage.user));
  } catch (error) {
    if (!(error instanceof CredentialReportError) && !isReportUnavailable(error)) throw error;
  }
  const names = userNames ?? (await listUserNames(sdk, iam));
  const usages: CredentialUsage[] = [];
  for (const name of names) usages.push(await fetchUserCredentials(sdk, iam, name, options));
  return usages;
}

function isReportUnavailable(error: unknown): boolean {
  const name = (error as Error)?.name ?? '';
  return ['AccessDenied', 'AccessDeniedException', 'ReportNotPresent', 'ReportExpired', 'ReportInProgress', 'LimitExceeded', 'LimitExceededException', 'ServiceFailure', 'ServiceFailureException'].includes(name);
}

async function listUserNames(sdk: IamSdk, iam: IAMClient): Promise<string[]> {
  const names: string[] = [];
  let marker: string | undefined;
  do {
    const page = await iam.send(new sdk.ListUsersCommand({ Marker: marker }));
    for (const user of page.Users ?? []) if (user.UserName) names.push(user.UserName);
    marker = page.IsTruncated ? page.Marker : undefined;
  } while (marker);
  return names;
}
