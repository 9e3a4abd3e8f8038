import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { evaluateDocument } from '../../src/engine/run.js';
import { configItemsToDocument } from '../../src/inputs/config/index.js';
import { readLiveInventory, relatedOf, relatedTypesToRead, typesToRead } from '../../src/live/index.js';
import type { ScanDocument } from '../../src/model/document.js';
import { dbClusterItem, dbInstanceItem } from '../../src/rules/aws/rds/fixture-items.js';
import { rdsRules } from '../../src/rules/aws/rds/index.js';
import { selectRules } from '../../src/scan/index.js';
import { startFakeAws, type FakeAws } from '../support/fake-aws.js';
import { installFakeAccount } from '../support/live-account.js';

/**
 * One RDS state, read the two ways a deployed database reaches the rules: as AWS Config records
 * it (the describe output in camelCase, through the Config item mapping) and as Cloud Control
 * returns it (CloudFormation's shape, for `tosei scan aws`). The properties the RDS rules read and
 * every RDS rule's verdict must be the same.
 */
const REGION = 'eu-west-1';
const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

interface InstanceState {
  id: string;
  engine: string;
  cluster?: string;
  zone: string;
  multiAz?: boolean;
  public?: boolean;
  minorUpgrades?: boolean;
  retention?: number;
  deletionProtection?: boolean;
  iam?: boolean;
  logs?: string[];
  monitoring?: number;
  user?: string;
  encrypted?: boolean;
}

interface ClusterState {
  id: string;
  engine: string;
  zones: string[];
  retention: number;
  deletionProtection: boolean;
  iam: boolean;
  logs: string[];
  user: string;
  encrypted: boolean;
  backtrack: number;
}

const CLUSTERS: ClusterState[] = [
  { id: 'analytics', engine: 'aurora-mysql', zones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'], retention: 7, deletionProtection: true, iam: false, logs: ['audit', 'error', 'general', 'slowquery'], user: 'admin', encrypted: true, backtrack: 0 },
  { id: 'ledger', engine: 'aurora-postgresql', zones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'], retention: 1, deletionProtection: false, iam: true, logs: ['postgresql'], user: 'ledger_admin', encrypted: false, backtrack: 0 },
];

const INSTANCES: InstanceState[] = [
  { id: 'orders', engine: 'postgres', zone: 'eu-west-1a', multiAz: true, public: false, minorUpgrades: true, retention: 7, deletionProtection: true, iam: true, logs: ['postgresql', 'upgrade'], monitoring: 60, user: 'orders_admin', encrypted: true },
  { id: 'legacy', engine: 'mysql', zone: 'eu-west-1b', multiAz: false, public: true, minorUpgrades: false, retention: 0, deletionProtection: false, iam: false, logs: ['error'], monitoring: 0, user: 'admin', encrypted: false },
  { id: 'analytics-1', engine: 'aurora-mysql', cluster: 'analytics', zone: 'eu-west-1a', public: false, minorUpgrades: true, monitoring: 30 },
  { id: 'analytics-2', engine: 'aurora-mysql', cluster: 'analytics', zone: 'eu-west-1b', public: false, minorUpgrades: true, monitoring: 0 },
  { id: 'ledger-1', engine: 'aurora-postgresql', cluster: 'ledger', zone: 'eu-west-1c', public: true, minorUpgrades: false, monitoring: 0 },
];

/** What Config records: the instance's own fields, and a member's cluster settings as RDS reports them on it. */
function instanceItem(state: InstanceState): Record<string, unknown> {
  const cluster = CLUSTERS.find((item) => item.id === state.cluster);
  return dbInstanceItem(state.id, {
    engine: state.engine,
    dBClusterIdentifier: state.cluster,
    availabilityZone: state.zone,
    multiAZ: state.multiAz ?? false,
    secondaryAvailabilityZone: undefined,
    publiclyAccessible: state.public,
    autoMinorVersionUpgrade: state.minorUpgrades,
    backupRetentionPeriod: state.retention ?? cluster?.retention,
    deletionProtection: state.deletionProtection ?? false,
    iAMDatabaseAuthenticationEnabled: state.iam ?? cluster?.iam,
    enabledCloudwatchLogsExports: state.logs ?? cluster?.logs,
    monitoringInterval: state.monitoring,
    masterUsername: state.user ?? cluster?.user,
    storageEncrypted: state.encrypted ?? cluster?.encrypted,
    kmsKeyId: (state.encrypted ?? cluster?.encrypted) ? KEY : undefined,
  });
}

function clusterItem(state: ClusterState): Record<string, unknown> {
  const members = INSTANCES.filter((instance) => instance.cluster === state.id);
  return dbClusterItem(state.id, {
    engine: state.engine,
    availabilityZones: state.zones,
    multiAZ: new Set(members.map((member) => member.zone)).size > 1,
    backupRetentionPeriod: state.retention,
    deletionProtection: state.deletionProtection,
    iamdatabaseAuthenticationEnabled: state.iam,
    enabledCloudwatchLogsExports: state.logs,
    masterUsername: state.user,
    storageEncrypted: state.encrypted,
    kmsKeyId: state.encrypted ? KEY : undefined,
    backtrackWindow: state.backtrack,
    dbclusterMembers: members.map((member, index) => ({ isClusterWriter: index === 0, promotionTier: 1, dbinstanceIdentifier: member.id, clusterWriter: index === 0, dbclusterParameterGroupStatus: 'in-sync' })),
  });
}

/** What Cloud Control returns: CloudFormation's properties (an Aurora instance's cluster settings are the cluster's). */
function instanceProperties(state: InstanceState): Record<string, unknown> {
  const own = state.cluster === undefined;
  return {
    DBInstanceIdentifier: state.id,
    Engine: state.engine,
    DBInstanceClass: 'db.m6g.large',
    ...(own ? {} : { DBClusterIdentifier: state.cluster }),
    AvailabilityZone: state.zone,
    ...(own ? { MultiAZ: state.multiAz, BackupRetentionPeriod: state.retention, DeletionProtection: state.deletionProtection, EnableIAMDatabaseAuthentication: state.iam, EnableCloudwatchLogsExports: state.logs, MasterUsername: state.user, StorageEncrypted: state.encrypted } : {}),
    ...(own && state.encrypted ? { KmsKeyId: KEY } : {}),
    PubliclyAccessible: state.public,
    AutoMinorVersionUpgrade: state.minorUpgrades,
    MonitoringInterval: state.monitoring,
    DBInstanceArn: `arn:aws:rds:${REGION}:123456789012:db:${state.id}`,
  };
}

function clusterProperties(state: ClusterState): Record<string, unknown> {
  return {
    DBClusterIdentifier: state.id,
    Engine: state.engine,
    EngineMode: 'provisioned',
    AvailabilityZones: state.zones,
    BackupRetentionPeriod: state.retention,
    DeletionProtection: state.deletionProtection,
    EnableIAMDatabaseAuthentication: state.iam,
    EnableCloudwatchLogsExports: state.logs,
    MasterUsername: state.user,
    StorageEncrypted: state.encrypted,
    ...(state.encrypted ? { KmsKeyId: KEY } : {}),
    BacktrackWindow: state.backtrack,
    DBClusterArn: `arn:aws:rds:${REGION}:123456789012:cluster:${state.id}`,
  };
}

/** Each RDS rule's verdict per resource, by resource name (Config ids differ from Cloud Control's). */
function verdicts(document: ScanDocument, name: (id: string) => string): string[] {
  return evaluateDocument(document, selectRules(rdsRules, {}), { live: true })
    .evaluations.map((evaluation) => `${evaluation.ruleId} ${name(evaluation.resource.id)} ${evaluation.status}`)
    .sort();
}

/** The properties the RDS rules read. */
const READ = [
  'Engine', 'DBClusterIdentifier', 'AvailabilityZone', 'AvailabilityZones', 'MultiAZ', 'PubliclyAccessible', 'AutoMinorVersionUpgrade', 'BackupRetentionPeriod',
  'DeletionProtection', 'EnableIAMDatabaseAuthentication', 'EnableCloudwatchLogsExports', 'MonitoringInterval', 'MasterUsername', 'StorageEncrypted', 'KmsKeyId', 'BacktrackWindow',
];

describe('RDS instances and clusters: AWS Config items and Cloud Control give one shape', () => {
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

  it('the same state read both ways gives the same properties and verdicts for every RDS rule', async () => {
    installFakeAccount(fake, {
      regions: {
        [REGION]: {
          cloudControl: {
            'AWS::RDS::DBInstance': INSTANCES.map((state) => ({ identifier: state.id, properties: instanceProperties(state) })),
            'AWS::RDS::DBCluster': CLUSTERS.map((state) => ({ identifier: state.id, properties: clusterProperties(state) })),
          },
        },
      },
    });
    // The live scan reads the cluster with an instance and the instances with a cluster: the RDS rules declare them.
    const types = typesToRead(['AWS::RDS::DBInstance'], relatedTypesToRead(relatedOf(rdsRules.map((rule) => ({ rule })))));
    assert.deepEqual(types, ['AWS::RDS::DBCluster', 'AWS::RDS::DBInstance']);
    const live = await readLiveInventory({ regions: [REGION], types, concurrency: 4, retryDelay: () => 1, maxAttempts: 2 });
    assert.deepEqual(live.problems, []);
    const [liveDocument] = live.documents;
    assert.ok(liveDocument);
    const config = configItemsToDocument([...CLUSTERS.map(clusterItem), ...INSTANCES.map(instanceItem)], 'items.json');
    assert.deepEqual(config.problems, []);

    // Config names resources by resource id (db-ORDERS, cluster-ANALYTICS), Cloud Control by identifier.
    const byName = (document: ScanDocument) => new Map(document.graph.resources.map((resource) => [String(resource.properties.DBInstanceIdentifier ?? resource.properties.DBClusterIdentifier ?? resource.id), resource]));
    const read = byName(liveDocument);
    const recorded = byName(config);
    assert.deepEqual([...read.keys()].sort(), [...recorded.keys()].sort());
    for (const state of INSTANCES.filter((item) => item.cluster === undefined)) {
      for (const key of READ) assert.deepEqual(read.get(state.id)?.properties[key], recorded.get(state.id)?.properties[key], `${state.id}.${key}`);
    }
    for (const state of CLUSTERS) {
      for (const key of READ) assert.deepEqual(read.get(state.id)?.properties[key], recorded.get(state.id)?.properties[key], `${state.id}.${key}`);
    }
    const nameOf = (document: ScanDocument) => (id: string) => {
      const resource = document.graph.get(id);
      return String(resource?.properties.DBInstanceIdentifier ?? resource?.properties.DBClusterIdentifier ?? id);
    };
    const fromConfig = verdicts(config, nameOf(config));
    assert.deepEqual(verdicts(liveDocument, nameOf(liveDocument)), fromConfig);
    // The states do decide: both compliant and noncompliant verdicts come out.
    assert.ok(fromConfig.some((line) => line.endsWith(' NON_COMPLIANT')) && fromConfig.some((line) => line.endsWith(' COMPLIANT')));
    assert.ok(!fromConfig.some((line) => line.endsWith(' INSUFFICIENT_DATA')), fromConfig.filter((line) => line.endsWith('INSUFFICIENT_DATA')).join('\n'));
  });
});
