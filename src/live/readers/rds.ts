import {
  DescribeDBClusterSnapshotAttributesCommand,
  DescribeDBClusterSnapshotsCommand,
  DescribeDBSnapshotAttributesCommand,
  DescribeDBSnapshotsCommand,
  type DBClusterSnapshot,
  type DBSnapshot,
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

/** A snapshot's `restore` attribute and the others, as `[{ AttributeName, AttributeValues }]`; Unknown (and a warning) when unreadable. */
async function attributes(context: ReadContext, label: string, operation: string, read: () => Promise<unknown[] | undefined>): Promise<Value> {
  try {
    return toValue((await context.limit(read)) ?? []) ?? [];
  } catch (error) {
    if (isNotFound(error)) return [];
    const failure = describeFailure(error);
    context.report({ level: 'warning', message: `region ${context.region}, ${label}: ${operation} ${failure.reason} (${failure.code})` });
    return unknown(`${operation} ${failure.reason} (${failure.code})`);
  }
}

/** Automated snapshots can not be shared: only manual ones have sharing to read. */
const shareable = (type: string | undefined) => type === undefined || type === 'manual';
/** What RDS (and AWS Config) report for a snapshot shared with no one. */
const NOT_SHARED: Value = [{ AttributeName: 'restore', AttributeValues: [] }];

async function dbSnapshotResource(context: ReadContext, snapshot: DBSnapshot): Promise<LiveResource[]> {
  const id = snapshot.DBSnapshotIdentifier;
  if (!id) return [];
  const shared = shareable(snapshot.SnapshotType)
    ? await attributes(context, `DB snapshot ${id}`, 'DescribeDBSnapshotAttributes', async () =>
        (await context.clients.rds.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: id }))).DBSnapshotAttributesResult?.DBSnapshotAttributes)
    : NOT_SHARED;
  const resource: LiveResource = {
    type: 'AWS::RDS::DBSnapshot',
    id,
    properties: properties({
      DBSnapshotIdentifier: id,
      DBInstanceIdentifier: snapshot.DBInstanceIdentifier,
      SnapshotType: snapshot.SnapshotType,
      Engine: snapshot.Engine,
      Encrypted: snapshot.Encrypted,
      KmsKeyId: snapshot.KmsKeyId,
    }),
  };
  resource.properties.DBSnapshotAttributes = shared;
  if (snapshot.DBSnapshotArn) resource.arn = snapshot.DBSnapshotArn;
  return [resource];
}

async function dbClusterSnapshotResource(context: ReadContext, snapshot: DBClusterSnapshot): Promise<LiveResource[]> {
  const id = snapshot.DBClusterSnapshotIdentifier;
  if (!id) return [];
  const shared = shareable(snapshot.SnapshotType)
    ? await attributes(context, `DB cluster snapshot ${id}`, 'DescribeDBClusterSnapshotAttributes', async () =>
        (await context.clients.rds.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: id }))).DBClusterSnapshotAttributesResult?.DBClusterSnapshotAttributes)
    : NOT_SHARED;
  const resource: LiveResource = {
    type: 'AWS::RDS::DBClusterSnapshot',
    id,
    properties: properties({
      DBClusterSnapshotIdentifier: id,
      DBClusterIdentifier: snapshot.DBClusterIdentifier,
      SnapshotType: snapshot.SnapshotType,
      Engine: snapshot.Engine,
      StorageEncrypted: snapshot.StorageEncrypted,
      KmsKeyId: snapshot.KmsKeyId,
    }),
  };
  resource.properties.DBClusterSnapshotAttributes = shared;
  if (snapshot.DBClusterSnapshotArn) resource.arn = snapshot.DBClusterSnapshotArn;
  return [resource];
}

async function listDbSnapshots(context: ReadContext, identifier?: string): Promise<LiveResource[]> {
  const snapshots = await allPages(async (marker) => {
    const page = await context.limit(() => context.clients.rds.send(new DescribeDBSnapshotsCommand({ DBSnapshotIdentifier: identifier, MaxRecords: 100, Marker: marker })));
    return { items: page.DBSnapshots, next: page.Marker };
  });
  return (await Promise.all(snapshots.map((snapshot) => dbSnapshotResource(context, snapshot)))).flat();
}

async function listDbClusterSnapshots(context: ReadContext, identifier?: string): Promise<LiveResource[]> {
  const snapshots = await allPages(async (marker) => {
    const page = await context.limit(() => context.clients.rds.send(new DescribeDBClusterSnapshotsCommand({ DBClusterSnapshotIdentifier: identifier, MaxRecords: 100, Marker: marker })));
    return { items: page.DBClusterSnapshots, next: page.Marker };
  });
  return (await Promise.all(snapshots.map((snapshot) => dbClusterSnapshotResource(context, snapshot)))).flat();
}

/** One snapshot by identifier; empty when it is gone. */
async function getOne(read: () => Promise<LiveResource[]>): Promise<LiveResource[]> {
  try {
    return await read();
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}

export const dbSnapshotReader: TypeReader = {
  type: 'AWS::RDS::DBSnapshot',
  list: (context) => listDbSnapshots(context),
  get: (context, identifier) => getOne(() => listDbSnapshots(context, identifier)),
};

export const dbClusterSnapshotReader: TypeReader = {
  type: 'AWS::RDS::DBClusterSnapshot',
  list: (context) => listDbClusterSnapshots(context),
  get: (context, identifier) => getOne(() => listDbClusterSnapshots(context, identifier)),
};
