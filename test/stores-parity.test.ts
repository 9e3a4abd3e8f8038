import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkResource, type ActiveRule } from '../src/engine/run.js';
import { resolveParameters } from '../src/engine/parameters.js';
import { configItemsToDocument } from '../src/inputs/config/index.js';
import { liveDocument } from '../src/live/index.js';
import { cloudControlProperties } from '../src/live/readers/cloudcontrol.js';
import type { ScanDocument } from '../src/model/document.js';
import type { Resource } from '../src/model/resource.js';
import { getPath, type PropertyPath } from '../src/model/value.js';
import { buildConfigurationItem } from '../src/rules/config-fixtures.js';
import { dbClusterItem } from '../src/rules/aws/docdb/items.js';
import { scalableTargetItem, scalingPolicyItem, tableItem } from '../src/rules/aws/dynamodb/items.js';
import { accessPointItem } from '../src/rules/aws/efs/items.js';
import { cacheClusterItem, replicationGroupItem } from '../src/rules/aws/elasticache/items.js';
import { keyItem } from '../src/rules/aws/kms/items.js';
import { secretItem } from '../src/rules/aws/secretsmanager/items.js';
import { builtinRules } from '../src/rules/index.js';
import { CORPORA } from './support/corpora.js';

/**
 * One resource, one shape, whichever way it was read: the same state of each wave 1 store as
 * Config records it and as Cloud Control returns it (CloudFormation's shape) gives the same
 * canonical properties where the rules look, and the same verdict from every rule of the type.
 */

const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const PARAMETERS: Record<string, unknown> = { kmsKeyArns: KEY, KmsKeyArns: KEY, maximumAllowedRotationFrequency: 30, snapshotRetentionPeriod: 1 };

/**
 * Rules that read what only a Config item records (`observed`: a stand-alone cluster's at-rest
 * encryption, a key's state, who manages a key a secret names): Cloud Control has no property for it, so the live scan answers
 * INSUFFICIENT_DATA there (asserted below), not a different verdict.
 */
const OBSERVED_ONLY = new Set(['ELASTICACHE_REDIS_CLUSTER_ENCRYPTED_AT_REST', 'KMS_CMK_NOT_SCHEDULED_FOR_DELETION', 'SECRETSMANAGER_USING_CMK']);

function verdicts(document: ScanDocument, resource: Resource, only?: readonly string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of builtinRules.filter((candidate) => candidate.meta.resourceTypes.includes(resource.type) && (!only || only.includes(candidate.meta.id)))) {
    const given = Object.fromEntries(Object.entries(PARAMETERS).filter(([name]) => name in (rule.meta.parameters ?? {})));
    const active: ActiveRule = { rule, params: resolveParameters(rule, given), severity: rule.meta.severity };
    result[rule.meta.id] = checkResource(document, resource, active, { live: true }, []).evaluation.status;
  }
  return result;
}

interface Neighbours {
  items: Record<string, unknown>[];
  cloudControl: { type: string; id: string; model: object }[];
  /** Only these rules (a type other rule groups judge too, such as RDS clusters). */
  only?: readonly string[];
}

/** The subject (the first resource of `type`) read both ways; returns the verdicts, equal both ways but for OBSERVED_ONLY. */
function compare(type: string, item: Record<string, unknown>, cloudControl: { id: string; model: object }, paths: readonly PropertyPath[], neighbours: Neighbours = { items: [], cloudControl: [] }): Record<string, string> {
  const fromConfig = configItemsToDocument([item, ...neighbours.items], 'items.json');
  assert.deepEqual(fromConfig.problems, []);
  const live = [{ type, ...cloudControl }, ...neighbours.cloudControl].map((entry) => ({ type: entry.type, id: entry.id, properties: cloudControlProperties(JSON.stringify(entry.model)) ?? {} }));
  const fromCloudControl = liveDocument('123456789012', 'us-east-1', live, []);
  const configResource = fromConfig.graph.ofType(type)[0];
  const liveResource = fromCloudControl.graph.ofType(type)[0];
  assert.ok(configResource && liveResource, `${type} read both ways`);
  for (const path of paths) assert.deepEqual(getPath(configResource.properties, path), getPath(liveResource.properties, path), `${type} ${path.join('.')}`);
  const expected = verdicts(fromConfig, configResource, neighbours.only);
  const actual = verdicts(fromCloudControl, liveResource, neighbours.only);
  for (const id of Object.keys(expected)) {
    if (OBSERVED_ONLY.has(id)) assert.equal(actual[id], 'INSUFFICIENT_DATA', `${id} through Cloud Control`);
    else assert.equal(actual[id], expected[id], `${type}: ${id} the same both ways`);
  }
  return expected;
}

const compliantOnly = (statuses: Record<string, string>, except: readonly string[] = []) =>
  assert.deepEqual(Object.entries(statuses).filter(([id, status]) => status !== 'COMPLIANT' && !except.includes(id)), []);

describe('wave 1 stores: Config item and Cloud Control agree', () => {
  it('a DynamoDB table with KMS, recovery, deletion protection and auto scaling', () => {
    const provisioned = { billingModeSummary: null, provisionedThroughput: { numberOfDecreasesToday: 0, readCapacityUnits: 5, writeCapacityUnits: 5 }, ssedescription: { status: 'ENABLED', ssetype: 'KMS', kmsmasterKeyArn: KEY }, deletionProtectionEnabled: true };
    const dimensions = ['dynamodb:table:ReadCapacityUnits', 'dynamodb:table:WriteCapacityUnits'];
    const statuses = compare(
      'AWS::DynamoDB::Table',
      tableItem('orders', provisioned, 'ENABLED'),
      {
        id: 'orders',
        model: {
          TableName: 'orders',
          Arn: 'arn:aws:dynamodb:us-east-1:123456789012:table/orders',
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
          ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
          SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: KEY },
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
        },
      },
      [['BillingMode'], ['SSESpecification', 'SSEEnabled'], ['SSESpecification', 'KMSMasterKeyId'], ['PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled'], ['DeletionProtectionEnabled']],
      {
        items: dimensions.flatMap((dimension) => [scalableTargetItem('table/orders', dimension), scalingPolicyItem('table/orders', dimension)]),
        cloudControl: dimensions.flatMap((dimension) => [
          { type: 'AWS::ApplicationAutoScaling::ScalableTarget', id: `table/orders|${dimension}|dynamodb`, model: { ServiceNamespace: 'dynamodb', ResourceId: 'table/orders', ScalableDimension: dimension, MinCapacity: 5, MaxCapacity: 100 } },
          {
            type: 'AWS::ApplicationAutoScaling::ScalingPolicy',
            id: `arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:${dimension}`,
            model: { PolicyName: dimension, PolicyType: 'TargetTrackingScaling', ServiceNamespace: 'dynamodb', ResourceId: 'table/orders', ScalableDimension: dimension, TargetTrackingScalingPolicyConfiguration: { TargetValue: 70 } },
          },
        ]),
      },
    );
    compliantOnly(statuses);
    assert.equal(Object.keys(statuses).length, 4);
  });

  it('ElastiCache replication groups and stand-alone clusters', () => {
    const group = compare(
      'AWS::ElastiCache::ReplicationGroup',
      replicationGroupItem('sessions', { transitEncryptionEnabled: true, automaticFailover: 'enabled', multiAZ: 'enabled', snapshotRetentionLimit: 15, kmsKeyId: KEY }),
      {
        id: 'sessions',
        model: { ReplicationGroupId: 'sessions', ReplicationGroupDescription: 'sessions', Engine: 'redis', EngineVersion: '7.1', AtRestEncryptionEnabled: true, TransitEncryptionEnabled: true, AutomaticFailoverEnabled: true, MultiAZEnabled: true, SnapshotRetentionLimit: 15, KmsKeyId: KEY, CacheNodeType: 'cache.t4g.small' },
      },
      [['TransitEncryptionEnabled'], ['AutomaticFailoverEnabled'], ['SnapshotRetentionLimit'], ['EngineVersion'], ['AtRestEncryptionEnabled']],
    );
    compliantOnly(group);
    const cluster = compare(
      'AWS::ElastiCache::CacheCluster',
      cacheClusterItem('cache', { cacheSubnetGroupName: 'cache-private', snapshotRetentionLimit: 15, autoMinorVersionUpgrade: false }),
      { id: 'cache', model: { ClusterName: 'cache', Engine: 'redis', EngineVersion: '7.1.0', CacheNodeType: 'cache.t4g.small', NumCacheNodes: 1, AutoMinorVersionUpgrade: false, SnapshotRetentionLimit: 15, CacheSubnetGroupName: 'cache-private' } },
      [['Engine'], ['AutoMinorVersionUpgrade'], ['SnapshotRetentionLimit'], ['CacheSubnetGroupName']],
    );
    assert.equal(cluster.ELASTICACHE_AUTO_MINOR_VERSION_UPGRADE_CHECK, 'NON_COMPLIANT');
    compliantOnly(cluster, ['ELASTICACHE_AUTO_MINOR_VERSION_UPGRADE_CHECK', 'ELASTICACHE_REDIS_CLUSTER_ENCRYPTED_AT_REST']);
  });

  it('a secret with a rotation schedule, encrypted with a customer managed key', () => {
    const arn = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:database-AbCdEf';
    const statuses = compare(
      'AWS::SecretsManager::Secret',
      secretItem('database', { KMSKeyId: KEY, RotationEnabled: true, RotationLambdaARN: 'arn:aws:lambda:us-east-1:123456789012:function:rotate', RotationRules: { AutomaticallyAfterDays: 30 } }),
      { id: arn, model: { Id: arn, Name: 'database', Description: 'database', KmsKeyId: KEY } },
      [['KmsKeyId']],
      {
        // The key the secret names, so that who manages it is known (Config's keyManager; Cloud Control has none).
        items: [keyItem('1234abcd-12ab-34cd-56ef-1234567890ab')],
        cloudControl: [
          { type: 'AWS::SecretsManager::RotationSchedule', id: `${arn}#rotation`, model: { Id: arn, SecretId: arn, RotationLambdaARN: 'arn:aws:lambda:us-east-1:123456789012:function:rotate', RotationRules: { AutomaticallyAfterDays: 30 } } },
          { type: 'AWS::KMS::Key', id: '1234abcd-12ab-34cd-56ef-1234567890ab', model: { KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab', Arn: KEY, Enabled: true, KeyPolicy: { Version: '2012-10-17', Statement: [] } } },
        ],
      },
    );
    compliantOnly(statuses);
    assert.equal(Object.keys(statuses).length, 2);
  });

  it('a rotating customer managed key (its deletion state only Config records)', () => {
    const statuses = compare(
      'AWS::KMS::Key',
      keyItem('1234abcd-12ab-34cd-56ef-1234567890ab', {}, true),
      { id: '1234abcd-12ab-34cd-56ef-1234567890ab', model: { KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab', Arn: KEY, Enabled: true, EnableKeyRotation: true, KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', Origin: 'AWS_KMS', MultiRegion: false, KeyPolicy: { Version: '2012-10-17', Statement: [] } } },
      [['EnableKeyRotation'], ['KeySpec'], ['Origin'], ['KeyId']],
    );
    compliantOnly(statuses);
  });

  it('SNS topics, Kinesis streams, EFS access points, backup plans, DMS instances and DocumentDB clusters', () => {
    const topicArn = 'arn:aws:sns:us-east-1:123456789012:alerts';
    compliantOnly(
      compare(
        'AWS::SNS::Topic',
        buildConfigurationItem('AWS::SNS::Topic', { TopicArn: topicArn, Owner: '123456789012', DisplayName: 'alerts', KmsMasterKeyId: KEY }, { resourceId: topicArn, resourceName: 'alerts', ARN: topicArn }),
        { id: topicArn, model: { TopicArn: topicArn, TopicName: 'alerts', DisplayName: 'alerts', KmsMasterKeyId: KEY } },
        [['KmsMasterKeyId']],
      ),
    );
    const encryption = { EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' };
    compliantOnly(
      compare('AWS::Kinesis::Stream', buildConfigurationItem('AWS::Kinesis::Stream', { Name: 'events', ShardCount: 1, StreamEncryption: encryption }, { resourceId: 'events' }), { id: 'events', model: { Name: 'events', ShardCount: 1, StreamEncryption: encryption } }, [['StreamEncryption', 'EncryptionType']]),
    );
    compliantOnly(
      compare(
        'AWS::EFS::AccessPoint',
        accessPointItem('fsap-app', { RootDirectory: { Path: '/app', CreationInfo: { OwnerUid: 1001, OwnerGid: 1001, Permissions: '750' } }, PosixUser: { Uid: 1001, Gid: 1001 } }),
        { id: 'fsap-app', model: { AccessPointId: 'fsap-app', FileSystemId: 'fs-0a1b2c3d', RootDirectory: { Path: '/app', CreationInfo: { OwnerUid: '1001', OwnerGid: '1001', Permissions: '750' } }, PosixUser: { Uid: '1001', Gid: '1001' } } },
        [['RootDirectory', 'Path'], ['PosixUser', 'Uid'], ['PosixUser', 'Gid']],
      ),
    );
    const plan = { BackupPlanName: 'daily', BackupPlanRule: [{ RuleName: 'daily', TargetBackupVault: 'Default', ScheduleExpression: 'cron(0 5 ? * * *)', Lifecycle: { DeleteAfterDays: 35 } }] };
    compliantOnly(compare('AWS::Backup::BackupPlan', buildConfigurationItem('AWS::Backup::BackupPlan', { BackupPlanId: 'plan-1', BackupPlan: plan }, { resourceId: 'plan-1' }), { id: 'plan-1', model: { BackupPlanId: 'plan-1', BackupPlan: plan } }, [['BackupPlan']]));
    compliantOnly(
      compare('AWS::DMS::ReplicationInstance', buildConfigurationItem('AWS::DMS::ReplicationInstance', { ReplicationInstanceIdentifier: 'migration', PubliclyAccessible: false }, { resourceId: 'migration' }), { id: 'migration', model: { ReplicationInstanceIdentifier: 'migration', ReplicationInstanceClass: 'dms.t3.medium', PubliclyAccessible: false } }, [['PubliclyAccessible']]),
    );
    const docdb = compare('AWS::RDS::DBCluster', dbClusterItem('catalog', 'docdb', { storageEncrypted: true, kmsKeyId: KEY }), { id: 'catalog', model: { DBClusterIdentifier: 'catalog', Engine: 'docdb', StorageEncrypted: true, KmsKeyId: KEY } }, [['Engine'], ['StorageEncrypted'], ['KmsKeyId']], {
      items: [],
      cloudControl: [],
      only: ['DOCDB_CLUSTER_ENCRYPTED', 'NEPTUNE_CLUSTER_ENCRYPTED'],
    });
    assert.equal(docdb.DOCDB_CLUSTER_ENCRYPTED, 'COMPLIANT');
    assert.equal(docdb.NEPTUNE_CLUSTER_ENCRYPTED, 'NOT_APPLICABLE');
  });
});

describe('the real RDK items of the wave 1 stores', () => {
  const example = (name: string) => JSON.parse(readFileSync(join(CORPORA, 'config-rdk-example-ci', 'rdk', 'template', 'example_ci', name), 'utf8')) as Record<string, unknown>;

  it('map to the CloudFormation shape the rules read', () => {
    const document = configItemsToDocument([example('AWS_DynamoDB_Table.json'), example('AWS_KMS_Key.json'), example('AWS_SNS_Topic.json'), example('AWS_RDS_DBCluster.json')], 'example_ci');
    assert.deepEqual(document.problems, []);
    const [table] = document.graph.ofType('AWS::DynamoDB::Table');
    const [key] = document.graph.ofType('AWS::KMS::Key');
    const [topic] = document.graph.ofType('AWS::SNS::Topic');
    const [cluster] = document.graph.ofType('AWS::RDS::DBCluster');
    assert.ok(table && key && topic && cluster);
    assert.equal(table.properties.BillingMode, 'PAY_PER_REQUEST');
    assert.deepEqual(table.properties.PointInTimeRecoverySpecification, { PointInTimeRecoveryEnabled: false });
    assert.equal(key.properties.KeySpec, 'SYMMETRIC_DEFAULT');
    assert.equal(key.observed?.KeyManager, 'AWS');
    assert.deepEqual(verdicts(document, table), {
      DYNAMODB_AUTOSCALING_ENABLED: 'COMPLIANT',
      DYNAMODB_PITR_ENABLED: 'NON_COMPLIANT',
      // The example predates deletion protection: not recorded.
      DYNAMODB_TABLE_DELETION_PROTECTION_ENABLED: 'INSUFFICIENT_DATA',
      DYNAMODB_TABLE_ENCRYPTED_KMS: 'NON_COMPLIANT',
    });
    assert.deepEqual(verdicts(document, key), { CMK_BACKING_KEY_ROTATION_ENABLED: 'NOT_APPLICABLE', KMS_CMK_NOT_SCHEDULED_FOR_DELETION: 'COMPLIANT' });
    assert.deepEqual(verdicts(document, topic), { SNS_ENCRYPTED_KMS: 'NON_COMPLIANT' });
    // An Aurora cluster: the RDS rules judge it, the DocumentDB and Neptune rules do not apply.
    assert.deepEqual(verdicts(document, cluster, ['DOCDB_CLUSTER_ENCRYPTED', 'NEPTUNE_CLUSTER_ENCRYPTED']), { DOCDB_CLUSTER_ENCRYPTED: 'NOT_APPLICABLE', NEPTUNE_CLUSTER_ENCRYPTED: 'NOT_APPLICABLE' });
  });
});
