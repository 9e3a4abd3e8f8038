import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { checkResource, type ActiveRule } from '../src/engine/run.js';
import { resolveParameters } from '../src/engine/parameters.js';
import { configItemsToDocument, ITEM_MAPPINGS } from '../src/inputs/config/index.js';
import { readLiveInventory, relatedOf, relatedTypesToRead, SERVICE_READ_TYPES, typesToRead } from '../src/live/index.js';
import type { ScanDocument } from '../src/model/document.js';
import type { Resource } from '../src/model/resource.js';
import { credentialObservations, parseCredentialReport } from '../src/live/credential-report.js';
import { builtinRules } from '../src/rules/index.js';
import { startFakeAws, type FakeAws } from './support/fake-aws.js';
import { installFakeAccount, type FakeRegion } from './support/live-account.js';

/**
 * One resource, one shape, whichever way it was read. A deployed resource reaches the rules as an
 * AWS Config configuration item (the Config rule handler, snapshots) and as the live scan reads it
 * (its service reader, or Cloud Control's CloudFormation shape). For every type both paths read,
 * the same state read both ways must give the same canonical properties and the same verdict from
 * every rule of the type.
 *
 * The pairs are data: `test/fixtures/parity/<Type with :: as _>/<case>.json`, each
 *
 *   {
 *     "description": "what state this is",
 *     "type": "AWS::S3::Bucket",                   CloudFormation type of the subjects
 *     "config": [ configuration items ],           as Config records them (either form), neighbours too
 *     "live": { FakeRegion },                      what the APIs return (test/support/live-account.ts):
 *                                                  service-reader state (buckets, queues, securityGroups,
 *                                                  vpcs, flowLogs) and/or cloudControl models by type
 *     "subjects": { "<Config resource id>": "<live resource id>" },
 *     "properties": [ "TopLevelProperty", ... ],    canonical properties that must be equal
 *     "params": { rule parameters },                optional, given to the rules that have them
 *     "credentialReport": "CSV"                      optional: IAM's credential report, which the live
 *                                                  scan reads and the Config rule handler fetches beside
 *                                                  the users' items
 *   }
 *
 * A new type (a new Config item mapping) adds a directory with at least one pair; a type that
 * only one path reads, or whose pair lives in another parity test, is listed below with why.
 * The test fails for a mapped type that is in none of these.
 */

const PAIRS = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'parity');
const ACCOUNT = '123456789012';
const REGION = 'us-east-1';

/** Types whose Config-versus-live parity another test asserts, with the same contract. */
const PARITY_ELSEWHERE: Readonly<Record<string, string>> = {
  'AWS::RDS::DBInstance': 'test/live/rds-parity.test.ts',
  'AWS::RDS::DBCluster': 'test/live/rds-parity.test.ts (Aurora, RDS), test/stores-parity.test.ts (DocumentDB, Neptune)',
  'AWS::RDS::DBSnapshot': 'test/live/rds-snapshots.test.ts',
  'AWS::RDS::DBClusterSnapshot': 'test/live/rds-snapshots.test.ts',
  'AWS::DynamoDB::Table': 'test/stores-parity.test.ts',
  'AWS::ApplicationAutoScaling::ScalableTarget': 'test/stores-parity.test.ts (with its table)',
  'AWS::ApplicationAutoScaling::ScalingPolicy': 'test/stores-parity.test.ts (with its table)',
  'AWS::ElastiCache::ReplicationGroup': 'test/stores-parity.test.ts',
  'AWS::ElastiCache::CacheCluster': 'test/stores-parity.test.ts',
  'AWS::SecretsManager::Secret': 'test/stores-parity.test.ts',
  'AWS::KMS::Key': 'test/stores-parity.test.ts',
  'AWS::SNS::Topic': 'test/stores-parity.test.ts',
  'AWS::Kinesis::Stream': 'test/stores-parity.test.ts',
  'AWS::EFS::AccessPoint': 'test/stores-parity.test.ts',
  'AWS::Backup::BackupPlan': 'test/stores-parity.test.ts',
  'AWS::DMS::ReplicationInstance': 'test/stores-parity.test.ts',
  'AWS::OpenSearchService::Domain': 'test/search-redshift-parity.test.ts',
  'AWS::Elasticsearch::Domain': 'test/search-redshift-parity.test.ts',
  'AWS::Redshift::Cluster': 'test/search-redshift-parity.test.ts',
  'AWS::Redshift::ClusterParameterGroup': 'test/search-redshift-parity.test.ts (with its cluster)',
};

/**
 * Types both paths read that have no pair yet: each is a known gap, named here so that it is
 * never skipped silently. Remove a type from this list when its pair is added.
 */
const PAIR_MISSING: Readonly<Record<string, string>> = {};

/** Parts of a paired type that its pairs do not cover yet, and why (known gaps, not skips). */
export const PAIR_GAPS: Readonly<Record<string, string>> = {
  'AWS::EC2::Instance':
    'block devices: Config links each device to its volume\'s item (Encrypted, KmsKeyId); what Cloud Control returns for an instance\'s BlockDeviceMappings has not been established, so the pair has none and ENCRYPTED_VOLUMES on instances is compared only where the AMI decides',
};

/**
 * The types with a Config item mapping on main when this test was written. Each must be covered
 * here or elsewhere; a type added later adds its pair and its name to this list (other helpers add
 * mappings in parallel, so the list is explicit rather than every mapping at run time).
 */
const MAPPED_TYPES = [
  'AWS::ApplicationAutoScaling::ScalableTarget', 'AWS::ApplicationAutoScaling::ScalingPolicy', 'AWS::Backup::BackupPlan', 'AWS::CertificateManager::Certificate', 'AWS::DAX::Cluster',
  'AWS::DMS::ReplicationInstance', 'AWS::DynamoDB::Table', 'AWS::EC2::FlowLog', 'AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate', 'AWS::EC2::SecurityGroup',
  'AWS::EC2::VPC', 'AWS::EC2::Volume', 'AWS::EFS::AccessPoint', 'AWS::EFS::FileSystem', 'AWS::EKS::Cluster', 'AWS::ElastiCache::CacheCluster',
  'AWS::ElastiCache::ReplicationGroup', 'AWS::Elasticsearch::Domain', 'AWS::FSx::FileSystem', 'AWS::IAM::Group', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::Role',
  'AWS::IAM::User', 'AWS::KMS::Key', 'AWS::Kinesis::Stream', 'AWS::OpenSearchService::Domain', 'AWS::RDS::DBCluster', 'AWS::RDS::DBClusterSnapshot',
  'AWS::RDS::DBInstance', 'AWS::RDS::DBSnapshot', 'AWS::Redshift::Cluster', 'AWS::Redshift::ClusterParameterGroup', 'AWS::S3::Bucket', 'AWS::SNS::Topic',
  'AWS::SQS::Queue', 'AWS::SecretsManager::Secret',
];

/** Rule types that only one path reads (none of them has a Config item mapping of its own). */
export const ONE_PATH: Readonly<Record<string, string>> = {
  'AWS::DocDB::DBCluster': 'Config records DocumentDB clusters as AWS::RDS::DBCluster (engine docdb); only templates, plans and Cloud Control have this type',
  'AWS::Neptune::DBCluster': 'Config records Neptune clusters as AWS::RDS::DBCluster (engine neptune); only templates, plans and Cloud Control have this type',
  'AWS::IAM::Policy': 'an inline policy resource of templates and plans; deployed, it is part of its role, user or group item or read',
  'AWS::IAM::RolePolicy': 'an inline policy resource of templates and plans; deployed, it is part of its role',
  'AWS::IAM::UserPolicy': 'an inline policy resource of templates and plans; deployed, it is part of its user',
  'AWS::IAM::GroupPolicy': 'an inline policy resource of templates and plans; deployed, it is part of its group',
};

interface Pair {
  description: string;
  type: string;
  config: Record<string, unknown>[];
  live: FakeRegion;
  subjects: Record<string, string>;
  properties: string[];
  params?: Record<string, unknown>;
  credentialReport?: string;
}

const REPORT_TIME = '2026-12-01T00:00:00Z';

function loadPairs(): { file: string; pair: Pair }[] {
  if (!existsSync(PAIRS)) return [];
  return readdirSync(PAIRS)
    .sort()
    .flatMap((directory) =>
      readdirSync(join(PAIRS, directory))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => ({ file: `${directory}/${name}`, pair: JSON.parse(readFileSync(join(PAIRS, directory, name), 'utf8')) as Pair })),
    );
}

const pairs = loadPairs();
const rulesOf = (type: string) => builtinRules.filter((rule) => rule.meta.resourceTypes.includes(type));

function verdicts(document: ScanDocument, resource: Resource, params: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rulesOf(resource.type)) {
    const given = Object.fromEntries(Object.entries(params).filter(([name]) => name in (rule.meta.parameters ?? {})));
    const active: ActiveRule = { rule, params: resolveParameters(rule, given), severity: rule.meta.severity };
    const { evaluation } = checkResource(document, resource, active, { live: true }, []);
    result[rule.meta.id] = evaluation.status;
  }
  return result;
}

describe('inventory parity: the types both paths read are covered', () => {
  it('every type with a Config item mapping has a pair here, a parity test elsewhere, or is named as missing', () => {
    const paired = new Set(pairs.map(({ pair }) => pair.type));
    const mappedNow = new Set(Object.values(ITEM_MAPPINGS).map((mapping) => mapping.cloudFormationType));
    // The list names mappings that exist: a mapping removed or renamed takes its name off.
    assert.deepEqual(MAPPED_TYPES.filter((type) => !mappedNow.has(type)), []);
    const uncovered = MAPPED_TYPES.filter((type) => !paired.has(type) && !Object.hasOwn(PARITY_ELSEWHERE, type) && !Object.hasOwn(PAIR_MISSING, type));
    assert.deepEqual(uncovered, [], 'add a pair under test/fixtures/parity/ for each');
    for (const type of paired) assert.ok(!Object.hasOwn(PAIR_MISSING, type), `${type} has a pair now: take it off PAIR_MISSING`);
  });

  it('the types that only one path reads are named, with why', () => {
    const mapped = new Set(Object.values(ITEM_MAPPINGS).map((mapping) => mapping.cloudFormationType));
    for (const [type, why] of Object.entries(ONE_PATH)) {
      assert.ok(!mapped.has(type), `${type} has a Config item mapping now: give it a pair`);
      assert.ok(why.trim() && builtinRules.some((rule) => rule.meta.resourceTypes.includes(type)), `${type}: a rule type, with why one path reads it`);
    }
    for (const [type, why] of Object.entries(PAIR_GAPS)) assert.ok(pairs.some(({ pair }) => pair.type === type) && why.trim(), `${type}: a gap of a paired type`);
  });

  it('every pair names a mapped type, subjects and the properties to compare', () => {
    for (const { file, pair } of pairs) {
      assert.ok(Object.values(ITEM_MAPPINGS).some((mapping) => mapping.cloudFormationType === pair.type), `${file}: ${pair.type} has a Config item mapping`);
      assert.ok(Object.keys(pair.subjects).length > 0 && pair.properties.length > 0 && pair.description, `${file}: subjects, properties and a description`);
    }
  });
});

describe('inventory parity: Config items and the live readers give one shape and one verdict', () => {
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

  for (const { file, pair } of pairs) {
    it(`${file}: ${pair.description}`, async () => {
      const report = pair.credentialReport;
      const fromConfig = configItemsToDocument(pair.config, file, report ? { observations: credentialObservations(parseCredentialReport(report, REPORT_TIME)) } : {});
      assert.deepEqual(fromConfig.problems, []);
      installFakeAccount(fake, { accountId: ACCOUNT, pageSize: 100, regions: { [REGION]: pair.live } });
      if (report) {
        fake.on('iam', 'GenerateCredentialReport', { result: { State: 'COMPLETE' } });
        fake.on('iam', 'GetCredentialReport', { result: { Content: Buffer.from(report).toString('base64'), ReportFormat: 'text/csv', GeneratedTime: REPORT_TIME } });
      }
      // What the live scan reads for the type's rules: the type, and the neighbours they declare.
      const types = typesToRead([pair.type], relatedTypesToRead(relatedOf(rulesOf(pair.type).map((rule) => ({ rule })))));
      const live = await readLiveInventory({ regions: [REGION], types, concurrency: 4, retryDelay: () => 1, maxAttempts: 2 });
      assert.deepEqual(live.problems, [], `${file}: the live read has no problems`);
      const fromLive = live.documents.find((document) => document.graph.ofType(pair.type).length > 0);
      assert.ok(fromLive, `${file}: the live scan read ${pair.type} (${SERVICE_READ_TYPES.includes(pair.type) ? 'its service reader' : 'Cloud Control'})`);
      const byConfigId = new Map([...fromConfig.origins].map(([id, origin]) => [origin.resourceId, id]));
      let decided = 0;
      for (const [configId, liveId] of Object.entries(pair.subjects)) {
        const recorded = fromConfig.graph.get(byConfigId.get(configId) ?? configId);
        const read = fromLive.graph.get(liveId);
        assert.ok(recorded?.type === pair.type, `${file}: Config item ${configId} is a ${pair.type}`);
        assert.ok(read?.type === pair.type, `${file}: live resource ${liveId} is a ${pair.type}`);
        for (const property of pair.properties) {
          assert.deepEqual(read.properties[property], recorded.properties[property], `${file}: ${configId} ${property} is the same both ways`);
        }
        const expected = verdicts(fromConfig, recorded, pair.params ?? {});
        assert.deepEqual(verdicts(fromLive, read, pair.params ?? {}), expected, `${file}: ${configId}: every rule of ${pair.type} gives the same verdict both ways`);
        decided += Object.values(expected).filter((status) => status === 'COMPLIANT' || status === 'NON_COMPLIANT').length;
      }
      // A pair that decides nothing proves nothing: some rule of the type must pass or fail on it.
      if (rulesOf(pair.type).length > 0) assert.ok(decided > 0, `${file}: some rule decides`);
    });
  }
});
