/**
 * The IAM credential report (CSV, IAM's documented columns) and the `Credentials` fact that
 * `IAM_USER_UNUSED_CREDENTIALS_CHECK` reads from `Resource.observed`. Pure: fetching is in
 * `iam-credentials.ts`.
 */
import type { Properties, Value } from '../model/value.js';

/** One access key's state. Dates are ISO-8601 text or null (never used / not known). */
export interface AccessKeyUsage {
  active: boolean;
  lastUsed: string | null;
  /** When the key was created or last rotated. */
  lastRotated: string | null;
}

export interface CredentialUsage {
  user: string;
  arn: string;
  userCreationTime: string | null;
  passwordEnabled: boolean;
  passwordLastUsed: string | null;
  passwordLastChanged: string | null;
  /** An MFA device is active for the user (the report's `mfa_active`); null when not reported. */
  mfaActive: boolean | null;
  accessKeys: AccessKeyUsage[];
  /** When these facts were true (the report's generation time, or when they were fetched). */
  asOf: string;
}

export class CredentialReportError extends Error {}

/** `N/A`, `no_information`, `not_supported` and empty cells are "no date". */
function date(cell: string | undefined): string | null {
  if (cell === undefined || cell === '' || cell === 'N/A' || cell === 'no_information' || cell === 'not_supported') return null;
  return Number.isNaN(Date.parse(cell)) ? null : cell;
}

/** The credential report CSV (IAM's documented columns) → usage per user. The root account row is left out. */
export function parseCredentialReport(csv: string, asOf: string): CredentialUsage[] {
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = lines[0]?.split(',');
  if (!header || !header.includes('user') || !header.includes('arn')) throw new CredentialReportError('not an IAM credential report: the header has no user and arn columns');
  const column = (name: string): number => header.indexOf(name);
  const users: CredentialUsage[] = [];
  for (const [offset, line] of lines.slice(1).entries()) {
    const cells = line.split(',');
    if (cells.length !== header.length) throw new CredentialReportError(`credential report line ${offset + 2}: ${cells.length} cells, the header has ${header.length}`);
    const cell = (name: string): string | undefined => (column(name) < 0 ? undefined : cells[column(name)]);
    const user = cell('user') ?? '';
    if (user === '<root_account>') continue;
    const accessKeys: AccessKeyUsage[] = [];
    for (const n of [1, 2]) {
      if (cell(`access_key_${n}_active`) === undefined) continue;
      accessKeys.push({ active: cell(`access_key_${n}_active`) === 'true', lastUsed: date(cell(`access_key_${n}_last_used_date`)), lastRotated: date(cell(`access_key_${n}_last_rotated`)) });
    }
    users.push({
      user,
      arn: cell('arn') ?? '',
      userCreationTime: date(cell('user_creation_time')),
      passwordEnabled: cell('password_enabled') === 'true',
      passwordLastUsed: date(cell('password_last_used')),
      passwordLastChanged: date(cell('password_last_changed')),
      mfaActive: cell('mfa_active') === 'true' ? true : cell('mfa_active') === 'false' ? false : null,
      accessKeys,
      asOf,
    });
  }
  return users;
}

/** Usage as the fact rules read (`observed.Credentials`). */
export function credentialFact(usage: CredentialUsage): Properties {
  return {
    Credentials: {
      AsOf: usage.asOf,
      UserCreationTime: usage.userCreationTime,
      PasswordEnabled: usage.passwordEnabled,
      PasswordLastUsed: usage.passwordLastUsed,
      PasswordLastChanged: usage.passwordLastChanged,
      MfaActive: usage.mfaActive,
      AccessKeys: usage.accessKeys.map((key): Value => ({ Active: key.active, LastUsed: key.lastUsed, LastRotated: key.lastRotated })),
    },
  };
}

/** Facts by user ARN, for `ItemsOptions.observations`. */
export function credentialObservations(usages: readonly CredentialUsage[]): Map<string, Properties> {
  return new Map(usages.map((usage) => [usage.arn, credentialFact(usage)]));
}

