import { neighbourSource } from '../related/registry.js';
import type { TypeReader } from '../types.js';
import { accountReader } from './account.js';
import { certificateReader } from './acm.js';
import { cloudControlReader } from './cloudcontrol.js';
import { flowLogReader, securityGroupReader, vpcEndpointReader, vpcReader } from './ec2.js';
import { iamUserReader } from './iam.js';
import { dbClusterSnapshotReader, dbSnapshotReader } from './rds.js';
import { bucketReader } from './s3.js';
import { queueReader } from './sqs.js';
import { documentReader } from './ssm.js';

/** Types read through their service's API because rules need more than Cloud Control gives, or sooner. */
const SERVICE_READERS = new Map<string, TypeReader>(
  [vpcReader, flowLogReader, vpcEndpointReader, securityGroupReader, bucketReader, queueReader, iamUserReader, dbSnapshotReader, dbClusterSnapshotReader, documentReader, accountReader, certificateReader].map((reader) => [reader.type, reader]),
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
 * Rule subjects that are not listed on their own in an account: inline policies of templates,
 * which a deployed role, user or group carries (their rules read them there).
 */
const INLINE_SUBJECTS = new Set(['AWS::IAM::Policy', 'AWS::IAM::RolePolicy', 'AWS::IAM::UserPolicy', 'AWS::IAM::GroupPolicy']);

/**
 * The types to read for rules that check `resourceTypes` and read `related` neighbour types
 * beside them (see `relatedTypesToRead`), in a stable order. A neighbour the registry says comes
 * with its owner (a queue's policy, a bucket's policy, a VPC's IPv6 blocks, security group rules)
 * is not listed on its own.
 */
export function typesToRead(resourceTypes: Iterable<string>, related: Iterable<string> = []): string[] {
  const types = new Set<string>();
  for (const type of resourceTypes) if (!INLINE_SUBJECTS.has(type)) types.add(type);
  for (const type of related) if (neighbourSource(type).live === 'list' && !INLINE_SUBJECTS.has(type)) types.add(type);
  return [...types].sort();
}
