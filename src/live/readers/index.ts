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

/** Types the rules follow from the types they check: read them too so the graph can answer. */
const COMPANIONS: Record<string, readonly string[]> = {
  'AWS::EC2::VPC': ['AWS::EC2::FlowLog'],
  'AWS::EC2::Instance': ['AWS::EC2::SecurityGroup', 'AWS::EC2::NetworkInterface', 'AWS::EC2::LaunchTemplate'],
  'AWS::EC2::LaunchTemplate': ['AWS::EC2::SecurityGroup'],
  'AWS::IAM::User': ['AWS::IAM::Group'],
  // An Aurora instance is judged by its cluster's settings; a cluster by its instances' zones.
  'AWS::RDS::DBInstance': ['AWS::RDS::DBCluster'],
  'AWS::RDS::DBCluster': ['AWS::RDS::DBInstance'],
  // A web ACL's logging is a resource of its own that points at it.
  'AWS::WAFv2::WebACL': ['AWS::WAFv2::LoggingConfiguration'],
};

/**
 * Types that are not listed on their own in an account: they come with their owner (a queue's
 * policy, a bucket's policy, a VPC's IPv6 blocks), are inline (security group rules, a user's
 * groups and inline policies) or Cloud Control can not list them without a parent.
 */
const READ_WITH_OWNER = new Set([
  'AWS::EC2::VPCCidrBlock',
  'AWS::EC2::SecurityGroupIngress',
  'AWS::S3::BucketPolicy',
  'AWS::SQS::QueuePolicy',
  'AWS::IAM::Policy',
  'AWS::IAM::RolePolicy',
  'AWS::IAM::UserPolicy',
  'AWS::IAM::GroupPolicy',
  'AWS::IAM::UserToGroupAddition',
]);

/** The types to read for rules that check `resourceTypes`: those, their companions, in a stable order. */
export function typesToRead(resourceTypes: Iterable<string>): string[] {
  const types = new Set<string>();
  for (const type of resourceTypes) {
    for (const candidate of [type, ...(COMPANIONS[type] ?? [])]) if (!READ_WITH_OWNER.has(candidate)) types.add(candidate);
  }
  return [...types].sort();
}
