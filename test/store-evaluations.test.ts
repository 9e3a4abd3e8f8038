import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import type { Evaluation, Status } from '../src/model/evaluation.js';
import { assignResourceKeys } from '../src/model/resource-key.js';
import { complianceSince, migrate, MIGRATIONS, openDatabase, openStore, parseSince, recordRun, resourceHistory, storedResource } from '../src/store/index.js';
import { testDatabases } from './support/databases.js';

function evaluation(ruleId: string, id: string, status: Status, extra: Partial<Evaluation['resource']> = {}, file = 'aws://111122223333/eu-west-1'): Evaluation {
  return {
    ruleId,
    status,
    severity: ruleId === 'VPC_FLOW_LOGS_ENABLED' ? 'medium' : 'high',
    message: `${ruleId} ${status} on ${id}`,
    resource: { type: 'AWS::EC2::VPC', id, source: 'cloud-control', ...extra },
    location: { file, path: [] },
  };
}

const at = (iso: string) => new Date(iso);

describe('evaluation store: keys and dates', () => {
  it('keys a resource by ARN, else by file and logical id; account and region from the ARN or the live file', () => {
    assert.deepEqual(storedResource(evaluation('R', 'vpc-1', 'COMPLIANT', { arn: 'arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-1' })), {
      key: 'arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-1',
      type: 'AWS::EC2::VPC',
      id: 'vpc-1',
      arn: 'arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-1',
      account: '111122223333',
      region: 'eu-west-1',
    });
    assert.deepEqual(storedResource(evaluation('R', 'fl-1', 'COMPLIANT', {}, 'aws://111122223333/us-east-1')), { key: 'aws://111122223333/us-east-1#fl-1', type: 'AWS::EC2::VPC', id: 'fl-1', account: '111122223333', region: 'us-east-1' });
    assert.deepEqual(storedResource(evaluation('R', 'Vpc', 'COMPLIANT', { source: 'cloudformation' }, 'stacks/network.yaml')), { key: 'stacks/network.yaml#Vpc', type: 'AWS::EC2::VPC', id: 'Vpc' });
  });

  it('keys Terraform resources by organization, workspace and address, CloudFormation ones by stack and logical id', () => {
    const planned = evaluation('R', 'module.logs.aws_s3_bucket.b[0]', 'NON_COMPLIANT', { source: 'terraform-plan', address: 'module.logs.aws_s3_bucket.b[0]' }, '/tmp/tosei-run-task-AbC/plan.json');
    const templated = evaluation('R', 'Bucket', 'NON_COMPLIANT', { source: 'cloudformation' }, '/tmp/a.yaml');
    const live = evaluation('R', 'vpc-1', 'COMPLIANT', { arn: 'arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-1' });
    assignResourceKeys([planned, templated, live], { terraform: { organization: 'acme', workspace: 'prod' } });
    assert.equal(storedResource(planned).key, 'terraform:acme/prod/module.logs.aws_s3_bucket.b[0]');
    assert.equal(storedResource(templated).key, '/tmp/a.yaml#Bucket');
    assignResourceKeys([templated, live], { stack: 'app-prod' });
    assert.equal(storedResource(templated).key, 'cloudformation:app-prod/Bucket');
    assert.equal(storedResource(live).key, 'arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-1');
  });

  it('reads --since as a duration before now or as a date', () => {
    const now = at('2026-12-04T12:00:00Z');
    assert.equal(parseSince('7d', now)?.toISOString(), '2026-11-27T12:00:00.000Z');
    assert.equal(parseSince('12h', now)?.toISOString(), '2026-12-04T00:00:00.000Z');
    assert.equal(parseSince('2w', now)?.toISOString(), '2026-11-20T12:00:00.000Z');
    assert.equal(parseSince('2026-12-01', now)?.toISOString(), '2026-12-01T00:00:00.000Z');
    assert.equal(parseSince('yesterday', now), undefined);
    assert.equal(parseSince('7x', now), undefined);
    assert.equal(parseSince('2026-13-45', now), undefined);
  });
});

const databases = await testDatabases();
after(async () => {
  for (const database of databases) await database.dispose();
});

for (const database of databases) {
  describe(`evaluation store on ${database.name}`, () => {
    it('keeps every evaluation, the latest status per (rule, resource) and a history of changes', async () => {
      const db = await openStore(database.options);
      try {
        const vpc1 = { arn: 'arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-1' };
        const first = await recordRun(db, {
          source: 'live',
          now: at('2026-12-01T10:00:00Z'),
          metadata: { account: '111122223333', regions: ['eu-west-1'] },
          evaluations: [evaluation('VPC_FLOW_LOGS_ENABLED', 'vpc-1', 'NON_COMPLIANT', vpc1), evaluation('VPC_NO_IPV6', 'vpc-1', 'COMPLIANT', vpc1), evaluation('VPC_FLOW_LOGS_ENABLED', 'vpc-2', 'COMPLIANT')],
        });
        assert.deepEqual({ recorded: first.recorded, changed: first.changed }, { recorded: 3, changed: 3 });
        // Same statuses again: nothing changes, but the evaluations are kept.
        const second = await recordRun(db, {
          source: 'live',
          now: at('2026-12-02T10:00:00Z'),
          evaluations: [evaluation('VPC_FLOW_LOGS_ENABLED', 'vpc-1', 'NON_COMPLIANT', vpc1), evaluation('VPC_NO_IPV6', 'vpc-1', 'COMPLIANT', vpc1)],
        });
        assert.equal(second.changed, 0);
        // Remediated: the flow log rule passes now.
        const third = await recordRun(db, { source: 'remediation', now: at('2026-12-03T10:00:00Z'), evaluations: [evaluation('VPC_FLOW_LOGS_ENABLED', 'vpc-1', 'COMPLIANT', vpc1)] });
        assert.equal(third.changed, 1);

        const history = await resourceHistory(db, 'vpc-1');
        assert.deepEqual(
          history.changes.map((change) => [change.ruleId, change.previousStatus, change.status, change.source, change.changedAt]),
          [
            ['VPC_FLOW_LOGS_ENABLED', null, 'NON_COMPLIANT', 'live', '2026-12-01T10:00:00.000Z'],
            ['VPC_NO_IPV6', null, 'COMPLIANT', 'live', '2026-12-01T10:00:00.000Z'],
            ['VPC_FLOW_LOGS_ENABLED', 'NON_COMPLIANT', 'COMPLIANT', 'remediation', '2026-12-03T10:00:00.000Z'],
          ],
        );
        const flowLogs = history.latest.find((latest) => latest.ruleId === 'VPC_FLOW_LOGS_ENABLED');
        assert.deepEqual([flowLogs?.status, flowLogs?.since, flowLogs?.recordedAt, flowLogs?.runId], ['COMPLIANT', '2026-12-03T10:00:00.000Z', '2026-12-03T10:00:00.000Z', third.runId]);
        const ipv6 = history.latest.find((latest) => latest.ruleId === 'VPC_NO_IPV6');
        assert.deepEqual([ipv6?.since, ipv6?.recordedAt], ['2026-12-01T10:00:00.000Z', '2026-12-02T10:00:00.000Z']);
        assert.deepEqual(flowLogs?.resource, { key: vpc1.arn, type: 'AWS::EC2::VPC', id: 'vpc-1', arn: vpc1.arn, account: '111122223333', region: 'eu-west-1' });

        // By ARN, by pattern, by rule.
        assert.equal((await resourceHistory(db, vpc1.arn)).changes.length, 3);
        assert.deepEqual((await resourceHistory(db, 'vpc-*', { ruleId: 'VPC_FLOW_LOGS_ENABLED' })).latest.map((latest) => latest.resource.id).sort(), ['vpc-1', 'vpc-2']);
        // A LIKE wildcard typed literally is not one.
        assert.deepEqual((await resourceHistory(db, 'vpc_1')).changes, []);
        assert.deepEqual((await resourceHistory(db, 'vpc-%')).changes, []);
        const [{ n } = { n: 0 }] = await db.query<{ n: number }>('SELECT COUNT(*) AS n FROM evaluations');
        assert.equal(Number(n), 6);
      } finally {
        await db.close();
      }
    });

    it('reports compliance since a date: runs with counts, changes, the current state and what is failing', async () => {
      const db = await openStore(database.options);
      try {
        const report = await complianceSince(db, at('2026-12-02T00:00:00Z'));
        assert.deepEqual(
          report.runs.map((run) => [run.source, run.startedAt, run.counts]),
          [
            ['live', '2026-12-02T10:00:00.000Z', { NON_COMPLIANT: 1, COMPLIANT: 1 }],
            ['remediation', '2026-12-03T10:00:00.000Z', { COMPLIANT: 1 }],
          ],
        );
        assert.deepEqual(report.changes.map((change) => [change.resource.id, change.previousStatus, change.status]), [['vpc-1', 'NON_COMPLIANT', 'COMPLIANT']]);
        assert.deepEqual(report.current, { COMPLIANT: 3 });
        assert.deepEqual(report.failing, []);
        const all = await complianceSince(db, at('2026-01-01T00:00:00Z'));
        assert.deepEqual(all.runs[0]?.metadata, { account: '111122223333', regions: ['eu-west-1'] });
        assert.equal(all.changes.length, 4);
      } finally {
        await db.close();
      }
    });

    it('records a run larger than one statement; a (rule, resource) twice in one run keeps the last', async () => {
      const db = await openStore(database.options);
      try {
        const many = Array.from({ length: 450 }, (_, index) => evaluation('S3_BUCKET_LOGGING_ENABLED', `bucket-${index}`, index % 2 ? 'COMPLIANT' : 'NON_COMPLIANT'));
        const twice = [evaluation('VPC_NO_IPV6', 'vpc-twice', 'NON_COMPLIANT'), evaluation('VPC_NO_IPV6', 'vpc-twice', 'COMPLIANT')];
        const run = await recordRun(db, { source: 'scan', now: at('2026-12-05T10:00:00Z'), evaluations: [...many, ...twice] });
        assert.deepEqual({ recorded: run.recorded, changed: run.changed }, { recorded: 452, changed: 451 });
        const history = await resourceHistory(db, 'vpc-twice');
        assert.deepEqual(history.latest.map((latest) => latest.status), ['COMPLIANT']);
        assert.deepEqual(history.changes.map((change) => [change.previousStatus, change.status]), [[null, 'COMPLIANT']]);
        const [{ n } = { n: 0 }] = await db.query<{ n: number }>('SELECT COUNT(*) AS n FROM evaluations WHERE run_id = $1', [run.runId]);
        assert.equal(Number(n), 452);
        assert.equal((await resourceHistory(db, 'bucket-*')).latest.length, 450);
      } finally {
        await db.close();
      }
    });

    it('counts suppressed failures apart, rejects an unknown source and rolls a failed run back', async () => {
      const db = await openStore(database.options);
      try {
        const suppressed = { ...evaluation('INCOMING_SSH_DISABLED', 'sg-1', 'NON_COMPLIANT'), suppressed: { kind: 'config' as const, reason: 'bastion' } };
        await recordRun(db, { source: 'hook', now: at('2026-12-04T10:00:00Z'), evaluations: [suppressed, evaluation('INCOMING_SSH_DISABLED', 'sg-2', 'NON_COMPLIANT')] });
        const report = await complianceSince(db, at('2026-12-04T00:00:00Z'));
        assert.deepEqual(report.failing.filter((failing) => failing.ruleId === 'INCOMING_SSH_DISABLED').map((failing) => failing.resource.id), ['sg-2']);
        await assert.rejects(recordRun(db, { source: 'nonsense' as never, evaluations: [] }), /unknown run source "nonsense"/);
        const broken = { ...evaluation('R', 'x', 'COMPLIANT'), ruleId: null as unknown as string };
        await assert.rejects(recordRun(db, { source: 'live', evaluations: [evaluation('R', 'y', 'COMPLIANT'), broken] }));
        assert.deepEqual((await resourceHistory(db, 'y')).latest, []);
      } finally {
        await db.close();
      }
    });
  });
}

// Fresh databases: the schema is brought up to 0202 only, as a store written before resource keys was.
const olderStores = await testDatabases();
after(async () => {
  for (const database of olderStores) await database.dispose();
});

for (const database of olderStores) {
  describe(`evaluation store on ${database.name}: run-task rows written before workspace keys`, () => {
    it('are keyed by organization, workspace and address by the migration; one latest status per resource remains', async () => {
      const db = await openDatabase(database.options);
      try {
        // The link table too: recording a run (the code of today) writes to it.
        await migrate(db, MIGRATIONS.filter((migration) => migration.id < '0203' || migration.id === '0220_resource_links'));
        const planned = (status: Status, folder: string, address = 'aws_s3_bucket.b') =>
          evaluation('S3_BUCKET_LOGGING_ENABLED', address, status, { source: 'terraform-hcl', type: 'AWS::S3::Bucket', address }, `/tmp/tosei-run-task-${folder}/configuration/main.tf`);
        const metadata = (workspace: string) => ({ organization: 'acme', workspace, stage: 'pre_plan' });
        await recordRun(db, { source: 'run-task', now: at('2026-12-01T10:00:00Z'), metadata: metadata('prod'), evaluations: [planned('NON_COMPLIANT', 'AAA')] });
        await recordRun(db, { source: 'run-task', now: at('2026-12-02T10:00:00Z'), metadata: metadata('prod'), evaluations: [planned('NON_COMPLIANT', 'BBB')] });
        await recordRun(db, { source: 'run-task', now: at('2026-12-02T11:00:00Z'), metadata: metadata('staging'), evaluations: [planned('COMPLIANT', 'CCC')] });
        // Before: every run is its own resource, and the report lists the failure twice.
        assert.equal((await complianceSince(db, at('2026-12-01T00:00:00Z'))).failing.length, 2);

        await migrate(db, MIGRATIONS);
        const report = await complianceSince(db, at('2026-12-01T00:00:00Z'));
        assert.deepEqual(report.failing.map((failing) => failing.resource.key), ['terraform:acme/prod/aws_s3_bucket.b']);
        const history = await resourceHistory(db, 'terraform:acme/prod/aws_s3_bucket.b');
        assert.deepEqual(history.latest.map((latest) => [latest.status, latest.recordedAt]), [['NON_COMPLIANT', '2026-12-02T10:00:00.000Z']]);
        assert.equal(history.changes.length, 2);
        assert.deepEqual((await resourceHistory(db, 'terraform:acme/staging/aws_s3_bucket.b')).latest.map((latest) => latest.status), ['COMPLIANT']);
        const [{ n } = { n: 0 }] = await db.query<{ n: number }>("SELECT COUNT(*) AS n FROM evaluations WHERE resource_key LIKE '/tmp/%'");
        assert.equal(Number(n), 0);

        // What the run task records now lands on the same key.
        const next = assignResourceKeys([planned('COMPLIANT', 'DDD')], { terraform: { organization: 'acme', workspace: 'prod' } });
        const run = await recordRun(db, { source: 'run-task', now: at('2026-12-03T10:00:00Z'), metadata: metadata('prod'), evaluations: next });
        assert.equal(run.changed, 1);
        assert.deepEqual((await resourceHistory(db, 'aws_s3_bucket.b')).changes.map((change) => [change.resource.key.split('/')[1], change.previousStatus, change.status]).slice(-1), [['prod', 'NON_COMPLIANT', 'COMPLIANT']]);
      } finally {
        await db.close();
      }
    });
  });
}
