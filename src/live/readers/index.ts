import { NEIGHBOUR_SOURCES } from '../related/registry.js';
import type { TypeReader } from '../types.js';
import { cloudControlReader } from './cloudcontrol.js';
import { flowLogReader, securityGroupReader, vpcReader } from './ec2.js';
import { iamUserReader } from './iam.js';
import { dbClusterSnapshotReader, dbSnapshotReader } from './rds.js';
import { bucketReader } from './s3.js';
import { queueReader } from './sqs.js';

/** Types read through their service's API because rules need more than Cloud Control gives, or sooner. */
const SERVICE_READERS = new Map<string, TypeReader>(
  [vpcReader, flowLogReader, securityGroupReader, bucketReader, queueReader, iamUserReader, dbSnapshotReader, dbClusterSnapshotReader].map((reader) => [reader.type, reader]),
);

/** The reader of a type: its service API when Tosei has one, else Cloud Control. */
export function readerFor(type: string): TypeReader {
  return SERVICE_READERS.get(type) ?? cloudControlReader(type);
}

/** Types whose service API reads them directly (the rest go through Cloud Control). */
export const SERVICE_READ_TYPES: readonly string[] = [...SERVICE_READERS.keys()];

/** IAM is global: read once per account, into the account's `global` document. */
export function isGlobalType(type: string): boolean {
  return type.startsWith('AWS::IAM::');
}

/**
 * Types that are not listed on their own in an account: they come with their owner (a queue's
 * policy, a bucket's policy, a VPC's IPv6 blocks), are inline (security group rules, a user's
 * groups and inline policies) or the owner's recorded state decides without them — the live
 * column of the neighbour registry.
 */
const READ_WITH_OWNER = new Set([
  ...Object.entries(NEIGHBOUR_SOURCES).filter(([, source]) => source.live !== 'list').map(([type]) => type),
  // Inline policies that policy rules check as subjects: they come with their role, user or group.
  'AWS::IAM::RolePolicy',
  'AWS::IAM::UserPolicy',
  'AWS::IAM::GroupPolicy',
  'AWS::IAM::Policy',
]);

/**
 * The types to read for rules that check `resourceTypes` and read `related` types beside them
 * (their `related` declarations, see `relatedTypesToRead`): those not read with their owners, in a
 * stable order.
 */
export function typesToRead(resourceTypes: Iterable<string>, related: Iterable<string> = []): string[] {
  const types = new Set<string>();
  for (const type of [...resourceTypes, ...related]) if (!READ_WITH_OWNER.has(type)) types.add(type);
  return [...types].sort();
}
