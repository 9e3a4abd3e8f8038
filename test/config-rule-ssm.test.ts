import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createClients } from '../src/gates/config-rule/aws.js';
import { handleConfigEvent, type ConfigRuleDeps } from '../src/gates/config-rule/handler.js';
import { buildConfigEvent } from '../src/gates/config-rule/testing.js';
import { buildConfigurationItem } from '../src/rules/config-fixtures.js';
import { startFakeAws, type FakeAws } from './support/fake-aws.js';
import { installSsmDocuments } from './support/ssm-documents.js';

interface Put {
  Evaluations: { ComplianceResourceType: string; ComplianceResourceId: string; ComplianceType: string; Annotation?: string }[];
}

const ACCOUNT = '123456789012';
const RULE = 'SSM_DOCUMENT_NOT_PUBLIC';

describe('Config rule handler: SSM_DOCUMENT_NOT_PUBLIC (SDK v3 against a fake AWS on 127.0.0.1)', () => {
  let fake: FakeAws;
  let restore: () => void;
  let clients: Awaited<ReturnType<typeof createClients>>;
  const deps: () => ConfigRuleDeps = () => ({ clients, ruleId: RULE, backoff: { sleep: async () => undefined, random: () => 1, baseMs: 1 } });
  const puts = () => fake.calls('PutEvaluations', 'config').flatMap((request) => (request.body as Put).Evaluations.map((evaluation) => [evaluation.ComplianceResourceId, evaluation.ComplianceType, evaluation.Annotation ?? '']));

  before(async () => {
    fake = await startFakeAws();
    restore = fake.useInProcess('us-east-1');
    clients = await createClients({ maxAttempts: 1 });
  });
  after(async () => {
    restore();
    await fake.stop();
  });
  beforeEach(() => {
    fake.requests.length = 0;
    fake.on('config', 'PutEvaluations', { json: { FailedEvaluations: [] } });
    fake.on('config', 'GetComplianceDetailsByConfigRule', { json: { EvaluationResults: [] } });
  });

  it('periodic: reads the account\'s own documents and their sharing with SSM\'s APIs, not Config\'s items', async () => {
    installSsmDocuments(fake, ACCOUNT, [
      { name: 'print-hostname', owner: 'self', sharedWith: [] },
      { name: 'print-hostname-public', owner: 'self', sharedWith: ['111122223333', 'all'] },
      { name: 'restart-service', owner: 'self', sharedWith: ['111122223333'] },
      { name: 'locked', owner: 'self', sharedWith: ['all'], permissionError: 'AccessDeniedException' },
      { name: 'AWS-RunShellScript', owner: 'Amazon', sharedWith: [] },
    ], { documents: 2, accounts: 1 });
    fake.on('config', 'GetComplianceDetailsByConfigRule', {
      json: { EvaluationResults: [{ ComplianceType: 'NON_COMPLIANT', EvaluationResultIdentifier: { EvaluationResultQualifier: { ConfigRuleName: 'ssm-public', ResourceType: 'AWS::SSM::Document', ResourceId: 'deleted-document' } } }] },
    });
    const result = await handleConfigEvent(buildConfigEvent({ messageType: 'ScheduledNotification', configRuleName: 'ssm-public' }), deps());
    assert.deepEqual(result.problems.filter((problem) => problem.level === 'error'), []);
    assert.deepEqual(fake.calls('ListDiscoveredResources', 'config'), [], 'Config\'s items carry no sharing: not asked for');
    assert.deepEqual(puts(), [
      ['print-hostname', 'COMPLIANT', 'SSM document print-hostname is not shared.'],
      ['print-hostname-public', 'NON_COMPLIANT', 'SSM document print-hostname-public is public: it is shared with all AWS accounts.'],
      ['restart-service', 'COMPLIANT', 'SSM document restart-service is shared with 111122223333, not with everyone.'],
      ['locked', 'NOT_APPLICABLE', 'Insufficient data: Whether SSM document locked is public is not known (who SSM document locked is shared with: DescribeDocumentPermission access denied (AccessDeniedException)).'],
      ['deleted-document', 'NOT_APPLICABLE', 'The resource no longer exists.'],
    ]);
    assert.equal(result.evaluations.find((evaluation) => evaluation.resource.id === 'print-hostname')?.resource.arn, `arn:aws:ssm:us-east-1:${ACCOUNT}:document/print-hostname`);
  });

  it('a change notification\'s item has no sharing (Config does not record it): not applicable with why, never compliant', async () => {
    const item = buildConfigurationItem('AWS::SSM::Document', { Name: 'print-hostname', DocumentType: 'Command', DocumentFormat: 'JSON' }, { resourceId: 'print-hostname' });
    const result = await handleConfigEvent(buildConfigEvent({ item }), deps());
    assert.deepEqual(result.evaluations.map((evaluation) => evaluation.status), ['INSUFFICIENT_DATA']);
    assert.deepEqual(puts().map(([id, type]) => [id, type]), [['print-hostname', 'NOT_APPLICABLE']]);
    assert.match(puts()[0]?.[2] ?? '', /^Insufficient data: .*AWS Config does not record who SSM document print-hostname is shared with/);
  });
});
