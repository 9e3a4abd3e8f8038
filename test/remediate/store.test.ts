import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { parseRemediationSettings, RemediationConfigError } from '../../src/remediate/configuration.js';
import { migrate, MIGRATIONS } from '../../src/store/index.js';
import { RemediationQueue, RemediationStore, type StoredExecution } from '../../src/store/remediation.js';
import { testDatabases } from '../support/databases.js';

const databases = await testDatabases();
after(async () => {
  for (const database of databases) await database.dispose();
});

const execution = (id: string, attempt: number, status: string, startedAt: string): StoredExecution => ({
  executionId: id,
  ruleId: 'VPC_FLOW_LOGS_ENABLED',
  resourceType: 'AWS::EC2::VPC',
  resourceId: 'vpc-0abc',
  runbook: 'tosei-enable-vpc-flow-logs',
  mode: 'automatic',
  attempt,
  status,
  parameters: { VpcId: 'vpc-0abc', RetentionInDays: 60 },
  steps: [{ name: 'CreateFlowLog', status, error: status === 'Failed' ? 'UnauthorizedOperation: no' : undefined }],
  outputs: status === 'Success' ? { 'CreateFlowLog.FlowLogIds': ['fl-1'] } : {},
  ...(status === 'Failed' ? { error: 'step CreateFlowLog failed' } : {}),
  startedAt,
  endedAt: startedAt,
});

for (const database of databases) {
  describe(`remediation store on ${database.name}`, () => {
    it('keeps every execution with its steps, outputs, errors and re-evaluation', async () => {
      const db = await database.open();
      try {
        await migrate(db, MIGRATIONS);
        const store = new RemediationStore(db);
        await store.recordExecution(execution('e-2', 2, 'Success', '2026-01-01T00:01:00.000Z'));
        await store.recordExecution(execution('e-1', 1, 'Failed', '2026-01-01T00:00:00.000Z'));
        await store.recordReevaluation('e-2', 'COMPLIANT', 'VPC vpc-0abc is logged by flow log fl-1.');
        const kept = await store.executions({ resourceId: 'vpc-0abc' });
        assert.deepEqual(kept.map((row) => [row.executionId, row.attempt, row.status, row.reevaluationStatus ?? null]), [
          ['e-1', 1, 'Failed', null],
          ['e-2', 2, 'Success', 'COMPLIANT'],
        ]);
        assert.equal(kept[0]?.error, 'step CreateFlowLog failed');
        assert.deepEqual(kept[1]?.outputs, { 'CreateFlowLog.FlowLogIds': ['fl-1'] });
        assert.deepEqual(kept[1]?.parameters, { VpcId: 'vpc-0abc', RetentionInDays: 60 });
        assert.deepEqual(await store.executions({ ruleId: 'OTHER' }), []);
      } finally {
        await db.close();
      }
    });

    it('queues batches for automatic remediation: oldest first, leased, claimed again when the lease runs out, dropped after its attempts', async () => {
      const db = await database.open();
      try {
        await migrate(db, MIGRATIONS);
        const queue = new RemediationQueue(db);
        const t0 = new Date('2026-01-01T00:00:00.000Z');
        const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
        await queue.enqueue('b-1', [{ ruleId: 'R', n: 1 }], at(0));
        await queue.enqueue('b-2', [{ ruleId: 'R', n: 2 }], at(1));
        const claim = (owner: string, seconds: number) => queue.claim({ owner, leaseMs: 60_000, maxAttempts: 2, now: at(seconds) });
        const first = await claim('server-a', 10);
        assert.deepEqual([first?.batch.batchId, first?.batch.attempts, first?.dropped, first?.batch.evaluations], ['b-1', 1, false, [{ ruleId: 'R', n: 1 }]]);
        // b-1 is server-a's while its lease lasts: server-b gets the next one.
        assert.equal((await claim('server-b', 20))?.batch.batchId, 'b-2');
        assert.equal(await claim('server-b', 30), undefined);
        assert.equal(await queue.renew('b-1', 'server-b', 60_000, at(30)), false, 'only the owner renews');
        // server-a dies: after its lease, b-1 is claimed again (attempt 2), then dropped on the third claim.
        const again = await claim('server-b', 71);
        assert.deepEqual([again?.batch.batchId, again?.batch.attempts], ['b-1', 2]);
        await queue.done('b-2');
        const dropped = await claim('server-c', 200);
        assert.deepEqual([dropped?.batch.batchId, dropped?.dropped], ['b-1', true]);
        assert.equal(await queue.pending(), 0);
      } finally {
        await db.close();
      }
    });

    it('holds exceptions until they expire or are cleared', async () => {
      const db = await database.open();
      try {
        await migrate(db, MIGRATIONS);
        const store = new RemediationStore(db);
        await store.putException({ ruleId: 'R', resourceType: 'AWS::S3::Bucket', resourceId: 'b', message: 'first', createdAt: '2026-01-01T00:00:00.000Z' });
        await store.putException({ ruleId: 'R', resourceType: 'AWS::S3::Bucket', resourceId: 'b', message: 'again', expiresAt: '2026-02-01T00:00:00.000Z', createdAt: '2026-01-02T00:00:00.000Z' });
        assert.equal((await store.exceptionFor('R', 'AWS::S3::Bucket', 'b', '2026-01-15T00:00:00.000Z'))?.message, 'again');
        assert.equal(await store.exceptionFor('R', 'AWS::S3::Bucket', 'b', '2026-03-01T00:00:00.000Z'), undefined);
        assert.equal(await store.deleteException('R', 'AWS::S3::Bucket', 'b'), true);
        assert.equal(await store.exceptionFor('R', 'AWS::S3::Bucket', 'b', '2026-01-15T00:00:00.000Z'), undefined);
      } finally {
        await db.close();
      }
    });
  });
}

describe('remediation settings files', () => {
  it('reads configurations with defaults and exceptions', () => {
    const settings = parseRemediationSettings(
      JSON.stringify({
        RemediationConfigurations: [
          { ConfigRuleName: 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED', TargetType: 'SSM_DOCUMENT', TargetId: 'tosei-enable-s3-bucket-encryption', Parameters: { BucketName: { ResourceValue: { Value: 'RESOURCE_ID' } }, SSEAlgorithm: { StaticValue: { Values: ['AES256'] } } } },
        ],
        RemediationExceptions: [{ ConfigRuleName: 'S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED', ResourceType: 'AWS::S3::Bucket', ResourceId: 'legacy', ExpirationTime: '2027-01-01' }],
      }),
      'settings.json',
    );
    const configuration = settings.configurations.get('S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED');
    assert.equal(configuration?.Automatic, false);
    assert.equal(configuration?.MaximumAutomaticAttempts, 5);
    assert.equal(configuration?.RetryAttemptSeconds, 60);
    assert.deepEqual(configuration?.ExecutionControls, { SsmControls: { ConcurrentExecutionRatePercentage: 10, ErrorPercentage: 50 } });
    assert.equal(settings.exceptions[0]?.ExpirationTime, '2027-01-01T00:00:00.000Z');
  });

  it('names the line and the problem', () => {
    const refuse = (text: string): string => {
      try {
        parseRemediationSettings(text, 'r.yaml');
      } catch (error) {
        assert.ok(error instanceof RemediationConfigError);
        return error.message;
      }
      assert.fail('accepted');
    };
    assert.match(refuse('RemediationConfigurations:\n  - ConfigRuleName: R\n    TargetType: LAMBDA\n    TargetId: x\n'), /^r\.yaml:2: configuration for R: TargetType must be SSM_DOCUMENT/);
    assert.match(
      refuse('RemediationConfigurations:\n  - ConfigRuleName: R\n    TargetType: SSM_DOCUMENT\n    TargetId: x\n    Parameters:\n      A: { ResourceValue: { Value: RESOURCE_ID } }\n      B: { ResourceValue: { Value: RESOURCE_ID } }\n'),
      /only one parameter can take the RESOURCE_ID/,
    );
    assert.match(refuse('RemediationConfigurations:\n  - ConfigRuleName: R\n    TargetType: SSM_DOCUMENT\n    TargetId: x\n    RetryAttemptSeconds: 0\n'), /RetryAttemptSeconds must be an integer from 1 to 2678000/);
    assert.match(refuse('RemediationExceptions:\n  - ConfigRuleName: R\n'), /^r\.yaml:2: remediation exception: ResourceType is required/);
    assert.match(refuse('Bogus: 1\n'), /unknown key "Bogus"/);
  });

  it('never throws anything but RemediationConfigError on malformed input', () => {
    const entry = fc.record({ ConfigRuleName: fc.oneof(fc.string(), fc.integer()), TargetType: fc.constantFrom('SSM_DOCUMENT', 'X'), TargetId: fc.string(), Parameters: fc.jsonValue(), MaximumAutomaticAttempts: fc.jsonValue() }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.array(entry).map((list) => JSON.stringify({ RemediationConfigurations: list }))), (text) => {
        try {
          parseRemediationSettings(text, 'fuzz.json');
        } catch (error) {
          if (!(error instanceof RemediationConfigError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });
});
