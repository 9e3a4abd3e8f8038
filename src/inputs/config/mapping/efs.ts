import { compact } from '../../terraform/mapping/context.js';
import { isObject, type Value } from '../../../model/value.js';
import { type ItemMapping } from './shared.js';

/** DescribeAccessPoints reports POSIX ids as numbers; CloudFormation's schema (and Cloud Control) as text. */
function posixUser(user: Value | undefined): Value | undefined {
  if (!isObject(user)) return user;
  const id = (value: Value | undefined) => (typeof value === 'number' ? String(value) : (value ?? undefined));
  return compact({ Uid: id(user.Uid), Gid: id(user.Gid), SecondaryGids: Array.isArray(user.SecondaryGids) ? user.SecondaryGids.map((gid) => id(gid) ?? null) : (user.SecondaryGids ?? undefined) });
}

/** EFS: Config resource types and their CloudFormation shape. */
export const itemMappings: Readonly<Record<string, ItemMapping>> = {
  'AWS::EFS::FileSystem': {
    cloudFormationType: 'AWS::EFS::FileSystem',
    properties: (context) => compact({ Encrypted: context.optional('Encrypted', 'encrypted') ?? context.recorded('Encrypted'), KmsKeyId: context.optional('KmsKeyId', 'kmsKeyId'), PerformanceMode: context.optional('PerformanceMode') }),
  },
  // DescribeAccessPoints always reports RootDirectory (Path / when not chosen); PosixUser only when set.
  'AWS::EFS::AccessPoint': {
    cloudFormationType: 'AWS::EFS::AccessPoint',
    properties: (context) => compact({ FileSystemId: context.optional('FileSystemId'), RootDirectory: context.recorded('RootDirectory'), PosixUser: posixUser(context.optional('PosixUser')) }),
  },
};
