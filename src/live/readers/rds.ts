import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
} from '@aws-sdk/client-rds';
import { unknown } from '../../model/unknown.js';
import type { Value } from '../../model/value.js';
import { describeFailure, isNotFound } from '../errors.js';
import { allPages, properties, toValue, type LiveResource, type ReadContext, type TypeReader } from '../types.js';

/**
 * RDS snapshots. CloudFormation has no snapshot types, so Cloud Control can not read them: the
 * RDS API does, in the shape the rules see them in (RDS's own: `Encrypted`, `StorageEncrypted`,
 * `DBSnapshotAttributes`), the same shape the Config item mapping gives.
 */
interface SnapshotKind {
  type: string;
  /** How messages and warnings name one. */
  label: string;
  /** Field names in RDS's shape: identifier, the instance or cluster it is of, the encryption flag, the ARN, the sharing attributes. */
  fields: { id: string; source: string; flag: string; arn: string; attributes: string };
  attributesOperation: string;
  /** One page of snapshots (all, or the one named). */
  page(context: ReadContext, identifier: string | undefined, marker: string | undefined): Promise<{ items: Record<string, unknown>[] | undefined; next: string | undefined }>;
  /** The snapshot's attributes (`restore` lists who may restore it). */
  attributes(context: ReadContext, id: string): Promise<unknown[] | undefined>;
}

const DB_SNAPSHOT: SnapshotKind = {
  type: 'AWS::RDS::DBSnapshot',
  label: 'DB snapshot',
  fields: { id: 'DBSnapshotIdentifier', source: 'DBInstanceIdentifier', flag: 'Encrypted', arn: 'DBSnapshotArn', attributes: 'DBSnapshotAttributes' },
  attributesOperation: 'DescribeDBSnapshotAttributes',
  async page(context, identifier, marker) {
    const page = await context.clients.rds.send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: identifier, MaxRecords: 100, Marker: marker }));
    return { items: page.DBSnapshots as Record<string, unknown>[] | undefined, next: page.Marker };
  },
  async attributes(context, id) {
    return (await context.clients.rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: id }))).DBSnapshotAttributesResult?.DBSnapshotAttributes;
  },
};

const DB_CLUSTER_SNAPSHOT: SnapshotKind = {
  type: 'AWS::RDS::DBClusterSnapshot',
  label: 'DB cluster snapshot',
  fields: { id: 'DBClusterSnapshotIdentifier', source: 'DBClusterIdentifier', flag: 'StorageEncrypted', arn: 'DBClusterSnapshotArn', attributes: 'DBClusterSnapshotAttributes' },
  attributesOperation: 'DescribeDBClusterSnapshotAttributes',
  async page(context, identifier, marker) {
    const page = await context.clients.rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: identifier, MaxRecords: 100, Marker: marker }));
    return { items: page.DBClusterSnapshots as Record<string, unknown>[] | undefined, next: page.Marker };
  },
  async attributes(context, id) {
    return (await context.clients.rds.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: id }))).DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes;
  },
};

/** What RDS (and AWS Config) report for a snapshot shared with no one; automated snapshots can not be shared. */
const NOT_SHARED: Value = [{ AttributeName: 'restore', AttributeValues: [] }];

/** A snapshot's sharing: its attributes, or an Unknown (and a warning) when they can not be read. */
async function sharing(context: ReadContext, kind: SnapshotKind, id: string): Promise<Value> {
  try {
    return toValue((await context.limit(() => kind.attributes(context, id))) ?? []) ?? [];
  } catch (error) {
    if (isNotFound(error)) return [];
    const failure = describeFailure(error);
    context.report({ level: 'warning', message: `region ${context.region}, ${kind.label} ${id}: ${kind.attributesOperation} ${failure.reason} (${failure.code})` });
    return unknown(`${kind.attributesOperation} ${failure.reason} (${failure.code})`);
  }
}

async function snapshotResource(context: ReadContext, kind: SnapshotKind, snapshot: Record<string, unknown>): Promise<LiveResource[]> {
  const { fields } = kind;
  const id = snapshot[fields.id];
  if (typeof id !== 'string' || id === '') return [];
  const type = snapshot.SnapshotType;
  const resource: LiveResource = {
    type: kind.type,
    id,
    properties: properties({
      [fields.id]: id,
      [fields.source]: snapshot[fields.source],
      SnapshotType: type,
      Engine: snapshot.Engine,
      [fields.flag]: snapshot[fields.flag],
      KmsKeyId: snapshot.KmsKeyId,
    }),
  };
  resource.properties[fields.attributes] = type === undefined || type === 'manual' ? await sharing(context, kind, id) : NOT_SHARED;
  const arn = snapshot[fields.arn];
  if (typeof arn === 'string' && arn !== '') resource.arn = arn;
  return [resource];
}

async function readSnapshots(context: ReadContext, kind: SnapshotKind, identifier?: string): Promise<LiveResource[]> {
  const snapshots = await allPages((marker) => context.limit(() => kind.page(context, identifier, marker)));
  return (await Promise.all(snapshots.map((snapshot) => snapshotResource(context, kind, snapshot)))).flat();
}

function snapshotReader(kind: SnapshotKind): TypeReader {
  return {
    type: kind.type,
    list: (context) => readSnapshots(context, kind),
    async get(context, identifier) {
      try {
        return await readSnapshots(context, kind, identifier);
      } catch (error) {
        if (isNotFound(error)) return []; // gone
        throw error;
      }
    },
  };
}

export const dbSnapshotReader = snapshotReader(DB_SNAPSHOT);
export const dbClusterSnapshotReader = snapshotReader(DB_CLUSTER_SNAPSHOT);
