import { ACCOUNT_MEMBERS, ACCOUNT_TYPE } from '../../../model/account.js';
import { unknown } from '../../../model/unknown.js';
import { isObject, type Properties, type Value, type ValueObject } from '../../../model/value.js';
import { pascalKeys, type ItemMapping } from './shared.js';

/** Account settings as the account's item names them (camelCase), and the account property each becomes. */
const SETTINGS: readonly [string, string][] = [
  ['passwordPolicy', 'PasswordPolicy'],
  ['ebsEncryptionByDefault', 'EbsEncryptionByDefault'],
  ['publicAccessBlock', 'PublicAccessBlock'],
  ['organization', 'Organization'],
];

/**
 * The account as an item (what the Config rule handler and the live scan read with the account's
 * own APIs, see `live/account.ts`): `accountId`, each setting (`null` when the account has none,
 * absent when it was not read, with why in `unreadable`), `root` (the credential report's root row),
 * and for each member list read (`trails`, `guardDutyDetectors`, …) an empty list: the members are
 * items of their own, listed on the account by `completeAccounts`.
 */
export function accountItemProperties(configuration: ValueObject): { properties: Properties; observed: Properties } {
  const unreadable = isObject(configuration.unreadable) ? configuration.unreadable : {};
  const why = (key: string): string => (typeof unreadable[key] === 'string' ? (unreadable[key] as string) : 'it was not read');
  const properties: Properties = {};
  if (typeof configuration.accountId === 'string') properties.AccountId = configuration.accountId;
  for (const [key, property] of SETTINGS) {
    const value = configuration[key];
    properties[property] = value === undefined ? unknown(`the account's ${property}: ${why(key)}`) : value === null ? null : pascalKeys(value);
  }
  for (const { property } of ACCOUNT_MEMBERS) {
    const key = property.charAt(0).toLowerCase() + property.slice(1);
    properties[property] = Array.isArray(configuration[key]) ? [] : unknown(`the account's ${property}: ${why(key)}`);
  }
  const root = configuration.root;
  const observed: Properties = { Root: root === undefined || root === null ? unknown(`the root user's credentials: ${why('root')}`) : pascalKeys(root) };
  return { properties, observed };
}

/** The account and its settings: Config's types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  [ACCOUNT_TYPE]: {
    cloudFormationType: ACCOUNT_TYPE,
    properties: (context) => accountItemProperties(context.configuration).properties,
    observed: (context) => accountItemProperties(context.configuration).observed,
  },
  // Members Config records CloudFormation-shaped (the account lists them; GuardDuty rules judge detectors).
  'AWS::GuardDuty::Detector': { cloudFormationType: 'AWS::GuardDuty::Detector', properties: (context) => pascalKeys(context.configuration) as Properties },
  'AWS::AccessAnalyzer::Analyzer': { cloudFormationType: 'AWS::AccessAnalyzer::Analyzer', properties: (context) => pascalKeys(context.configuration) as Properties },
  'AWS::SecurityHub::Hub': { cloudFormationType: 'AWS::SecurityHub::Hub', properties: (context) => pascalKeys(context.configuration) as Properties },
  // The account-level S3 Block Public Access (recorded by Config, change-triggered): a fragment of the account.
  'AWS::S3::AccountPublicAccessBlock': {
    cloudFormationType: ACCOUNT_TYPE,
    properties: (context) => ({
      PublicAccessBlock: {
        BlockPublicAcls: flag(context.configuration.blockPublicAcls),
        BlockPublicPolicy: flag(context.configuration.blockPublicPolicy),
        IgnorePublicAcls: flag(context.configuration.ignorePublicAcls),
        RestrictPublicBuckets: flag(context.configuration.restrictPublicBuckets),
      },
    }),
  },
};

/** A recorded flag: absent is off (S3 leaves unset flags out); anything but a boolean is malformed. */
function flag(value: Value | undefined): Value {
  if (value === undefined || value === null) return false;
  return typeof value === 'boolean' ? value : unknown(`malformed: a public access block flag is ${JSON.stringify(value)}`);
}
