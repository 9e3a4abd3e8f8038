import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { evaluateDocument } from '../../src/engine/run.js';
import { configItemsToDocument } from '../../src/inputs/config/index.js';
import { readLiveInventory, readLiveResource } from '../../src/live/index.js';
import { isUnknown } from '../../src/model/unknown.js';
import type { ScanDocument } from '../../src/model/document.js';
import { dbClusterSnapshotItem, dbSnapshotItem } from '../../src/rules/aws/rds/fixture-items.js';
import { builtinRules } from '../../src/rules/index.js';
import { selectRules } from '../../src/scan/index.js';
import { startFakeAws, type FakeAws, type FakeAwsRequest, type XmlValue } from '../support/fake-aws.js';

const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const fast = { retryDelay: () => 1, maxAttempts: 2 };

/** One snapshot's state, from which both its Config item and its RDS API answers are made. */
interface SnapshotState {
  id: string;
  source: string;
  type: 'manual' | 'automated';
  encrypted: boolean;
  restore: string[];
}

const DB_SNAPSHOTS: SnapshotState[] = [
  { id: 'orders-42', source: 'orders', type: 'manual', encrypted: true, restore: [] },
  { id: 'orders-demo', source: 'orders', type: 'manual', encrypted: false, restore: ['all'] },
  { id: 'orders-partner', source: 'orders', type: 'manual', encrypted: true, restore: ['444455556666'] },
  { id: 'rds:orders-2026-11-29-03-12', source: 'orders', type: 'automated', encrypted: false, restore: [] },
];
const CLUSTER_SNAPSHOTS: SnapshotState[] = [
  { id: 'analytics-42', source: 'analytics', type: 'manual', encrypted: true, restore: [] },
  { id: 'analytics-demo', source: 'analytics', type: 'manual', encrypted: false, restore: ['all', '444455556666'] },
];

const RULES = ['RDS_SNAPSHOTS_PUBLIC_PROHIBITED', 'RDS_SNAPSHOT_ENCRYPTED'];

function verdicts(document: ScanDocument): string[] {
  return evaluateDocument(document, selectRules(builtinRules, { only: RULES }), { live: true })
    .evaluations.map((evaluation) => `${evaluation.ruleId} ${evaluation.resource.id} ${evaluation.status}`)
    .sort();
}

/** The RDS API (query/XML) answering from the states, `pageSize` snapshots a page. */
function installRds(fake: FakeAws, pageSize: number, failAttributesOf?: string): void {
  fake.on('sts', 'GetCallerIdentity', { result: { Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/scanner`, UserId: 'AIDAFAKE' } });
  const page = <T>(request: FakeAwsRequest, all: T[], id: (item: T) => string, key: string): T[] => {
    const wanted = request.params[key];
    const matching = wanted ? all.filter((item) => id(item) === wanted) : all;
    const start = Number(request.params.Marker ?? 0);
    return matching.slice(start, start + pageSize);
  };
  const marker = (request: FakeAwsRequest, total: number): string | undefined => {
    const next = Number(request.params.Marker ?? 0) + pageSize;
    return request.params.DBSnapshotIdentifier || request.params.DBClusterSnapshotIdentifier || next >= total ? undefined : String(next);
  };
  const notFound = (code: string) => ({ error: { code, message: 'not found', status: 404 } });
  fake.on('rds', 'DescribeDBSnapshots', (request) => {
    const items = page(request, DB_SNAPSHOTS, (state) => state.id, 'DBSnapshotIdentifier');
    if (request.params.DBSnapshotIdentifier && items.length === 0) return notFound('DBSnapshotNotFound');
    const DBSnapshot: XmlValue[] = items.map((state) => ({
      DBSnapshotIdentifier: state.id,
      DBInstanceIdentifier: state.source,
      SnapshotType: state.type,
      Engine: 'postgres',
      Status: 'available',
      Encrypted: state.encrypted,
      KmsKeyId: state.encrypted ? KEY : undefined,
      DBSnapshotArn: `arn:aws:rds:${REGION}:${ACCOUNT}:snapshot:${state.id}`,
    }));
    return { result: { DBSnapshots: { DBSnapshot }, Marker: marker(request, DB_SNAPSHOTS.length) } };
  });
  fake.on('rds', 'DescribeDBSnapshotAttributes', (request) => {
    const state = DB_SNAPSHOTS.find((item) => item.id === request.params.DBSnapshotIdentifier);
    if (!state) return notFound('DBSnapshotNotFound');
    if (state.id === failAttributesOf) return { error: { code: 'AccessDenied', message: 'not authorized', status: 403 } };
    return { result: { DBSnapshotAttributesResult: { DBSnapshotIdentifier: state.id, DBSnapshotAttributes: { DBSnapshotAttribute: [{ AttributeName: 'restore', AttributeValues: { AttributeValue: state.restore } }] } } } };
  });
  fake.on('rds', 'DescribeDBClusterSnapshots', (request) => {
    const items = page(request, CLUSTER_SNAPSHOTS, (state) => state.id, 'DBClusterSnapshotIdentifier');
    if (request.params.DBClusterSnapshotIdentifier && items.length === 0) return notFound('DBClusterSnapshotNotFoundFault');
    const DBClusterSnapshot: XmlValue[] = items.map((state) => ({
      DBClusterSnapshotIdentifier: state.id,
      DBClusterIdentifier: state.source,
      SnapshotType: state.type,
      Engine: 'aurora-postgresql',
      Status: 'available',
      StorageEncrypted: state.encrypted,
      KmsKeyId: state.encrypted ? KEY : undefined,
      DBClusterSnapshotArn: `arn:aws:rds:${REGION}:${ACCOUNT}:cluster-snapshot:${state.id}`,
    }));
    return { result: { DBClusterSnapshots: { DBClusterSnapshot }, Marker: marker(request, CLUSTER_SNAPSHOTS.length) } };
  });
  fake.on('rds', 'DescribeDBClusterSnapshotAttributes', (request) => {
    const state = CLUSTER_SNAPSHOTS.find((item) => item.id === request.params.DBClusterSnapshotIdentifier);
    if (!state) return notFound('DBClusterSnapshotNotFoundFault');
    return {
      result: { DBClusterSnapshotAttributesResult: { DBClusterSnapshotIdentifier: state.id, DBClusterSnapshotAttributes: { DBClusterSnapshotAttribute: [{ AttributeName: 'restore', AttributeValues: { AttributeValue: state.restore } }] } } },
    };
  });
}

/** The same states as AWS Config records them. */
function configItems(): Record<string, unknown>[] {
  const fields = (state: SnapshotState, flag: string, extra: Record<string, unknown>) => ({ snapshotType: state.type, [flag]: state.encrypted, kmsKeyId: state.encrypted ? KEY : undefined, ...extra });
  return [
    ...DB_SNAPSHOTS.map((state) => dbSnapshotItem(state.id, fields(state, 'encrypted', { dBInstanceIdentifier: state.source }), state.restore, { awsAccountId: ACCOUNT, awsRegion: REGION })),
    ...CLUSTER_SNAPSHOTS.map((state) => dbClusterSnapshotItem(state.id, fields(state, 'storageEncrypted', { dbclusterIdentifier: state.source, engine: 'aurora-postgresql' }), state.restore, { awsAccountId: ACCOUNT, awsRegion: REGION })),
  ];
}

describe('live scan: RDS snapshots through the RDS API', () => {
  let fake: FakeAws;
  let restore: () => void;
  before(async () => {
    fake = await startFakeAws();
    restore = fake.useInProcess(REGION);
  });
  after(async () => {
    restore();
    await fake.stop();
  });
  beforeEach(() => {
    fake.requests.length = 0;
  });

  it('reads DB and cluster snapshots page by page, with the sharing of manual ones', async () => {
    installRds(fake, 2);
    const inventory = await readLiveInventory({ regions: [REGION], types: ['AWS::RDS::DBSnapshot', 'AWS::RDS::DBClusterSnapshot'], concurrency: 4, ...fast });
    assert.deepEqual(inventory.problems, []);
    const [document] = inventory.documents;
    assert.ok(document);
    assert.deepEqual(fake.calls('DescribeDBSnapshots', 'rds').map((request) => request.params.Marker), [undefined, '2']);
    // Automated snapshots can not be shared: their attributes are not asked for.
    assert.deepEqual(fake.calls('DescribeDBSnapshotAttributes', 'rds').map((request) => request.params.DBSnapshotIdentifier).sort(), ['orders-42', 'orders-demo', 'orders-partner']);
    assert.deepEqual(document.graph.get('orders-demo')?.properties, {
      DBSnapshotIdentifier: 'orders-demo',
      DBInstanceIdentifier: 'orders',
      SnapshotType: 'manual',
      Engine: 'postgres',
      Encrypted: false,
      DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['all'] }],
    });
    assert.equal(document.graph.get('analytics-42')?.source.arn, `arn:aws:rds:${REGION}:${ACCOUNT}:cluster-snapshot:analytics-42`);
    assert.deepEqual(verdicts(document), [
      'RDS_SNAPSHOTS_PUBLIC_PROHIBITED analytics-42 COMPLIANT',
      'RDS_SNAPSHOTS_PUBLIC_PROHIBITED analytics-demo NON_COMPLIANT',
      'RDS_SNAPSHOTS_PUBLIC_PROHIBITED orders-42 COMPLIANT',
      'RDS_SNAPSHOTS_PUBLIC_PROHIBITED orders-demo NON_COMPLIANT',
      'RDS_SNAPSHOTS_PUBLIC_PROHIBITED orders-partner COMPLIANT',
      'RDS_SNAPSHOTS_PUBLIC_PROHIBITED rds:orders-2026-11-29-03-12 COMPLIANT',
      'RDS_SNAPSHOT_ENCRYPTED analytics-42 COMPLIANT',
      'RDS_SNAPSHOT_ENCRYPTED analytics-demo NON_COMPLIANT',
      'RDS_SNAPSHOT_ENCRYPTED orders-42 COMPLIANT',
      'RDS_SNAPSHOT_ENCRYPTED orders-demo NON_COMPLIANT',
      'RDS_SNAPSHOT_ENCRYPTED orders-partner COMPLIANT',
      'RDS_SNAPSHOT_ENCRYPTED rds:orders-2026-11-29-03-12 NON_COMPLIANT',
    ]);
  });

  it('parity: the same snapshots as AWS Config records them and as the RDS API returns them give the same properties and verdicts', async () => {
    installRds(fake, 10);
    const live = await readLiveInventory({ regions: [REGION], types: ['AWS::RDS::DBSnapshot', 'AWS::RDS::DBClusterSnapshot'], concurrency: 4, ...fast });
    const [liveDocument] = live.documents;
    assert.ok(liveDocument);
    const config = configItemsToDocument(configItems(), 'items.json');
    assert.deepEqual(config.problems, []);
    const shape = (document: ScanDocument) => new Map(document.graph.resources.map((resource) => [resource.id, resource]));
    const liveShape = shape(liveDocument);
    const configShape = shape(config);
    // Config records more than the API calls above read (the engine, a VPC relationship…); the
    // properties the rules read must be the same.
    assert.deepEqual([...liveShape.keys()].sort(), [...configShape.keys()].sort());
    for (const [id, resource] of configShape) {
      const read = liveShape.get(id);
      assert.ok(read, `${id} was not read live`);
      for (const key of ['DBSnapshotIdentifier', 'DBClusterSnapshotIdentifier', 'DBInstanceIdentifier', 'DBClusterIdentifier', 'SnapshotType', 'Encrypted', 'StorageEncrypted', 'KmsKeyId', 'DBSnapshotAttributes', 'DBClusterSnapshotAttributes']) {
        assert.deepEqual(read.properties[key], resource.properties[key], `${id}.${key}`);
      }
    }
    assert.deepEqual(verdicts(liveDocument), verdicts(config));
  });

  it('an unreadable sharing attribute is undecided, with a warning; a snapshot read by identifier; a missing one is empty', async () => {
    installRds(fake, 10, 'orders-demo');
    const inventory = await readLiveInventory({ regions: [REGION], types: ['AWS::RDS::DBSnapshot'], concurrency: 4, ...fast });
    assert.equal(inventory.problems.length, 1);
    assert.match(inventory.problems[0]?.message ?? '', /DB snapshot orders-demo: DescribeDBSnapshotAttributes access denied \(AccessDenied\)/);
    const [document] = inventory.documents;
    assert.ok(document);
    assert.ok(isUnknown(document.graph.get('orders-demo')?.properties.DBSnapshotAttributes));
    const public_ = evaluateDocument(document, selectRules(builtinRules, { only: ['RDS_SNAPSHOTS_PUBLIC_PROHIBITED'] }), { live: true }).evaluations;
    assert.equal(public_.find((evaluation) => evaluation.resource.id === 'orders-demo')?.status, 'INSUFFICIENT_DATA');

    const one = await readLiveResource('AWS::RDS::DBClusterSnapshot', 'analytics-demo', { region: REGION, ...fast });
    assert.deepEqual(one.document.graph.resources.map((resource) => resource.id), ['analytics-demo']);
    assert.equal(fake.calls('DescribeDBClusterSnapshots', 'rds').at(-1)?.params.DBClusterSnapshotIdentifier, 'analytics-demo');
    const missing = await readLiveResource('AWS::RDS::DBSnapshot', 'gone', { region: REGION, ...fast });
    assert.deepEqual(missing.document.graph.resources, []);
    assert.deepEqual(missing.problems, []);
  });
});
