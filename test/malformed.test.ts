import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { checkResource } from '../src/engine/run.js';
import { createClients } from '../src/gates/config-rule/aws.js';
import { handleConfigEvent, type ConfigRuleDeps } from '../src/gates/config-rule/handler.js';
import { buildConfigEvent } from '../src/gates/config-rule/testing.js';
import { loadCloudFormation } from '../src/inputs/cloudformation/index.js';
import { configItemsToDocument } from '../src/inputs/config/index.js';
import { readPlan, terraformToDocument } from '../src/inputs/terraform/index.js';
import type { ScanDocument } from '../src/model/document.js';
import type { Status } from '../src/model/evaluation.js';
import type { ValueObject } from '../src/model/value.js';
import { buildConfigurationItem, ipPermission } from '../src/rules/config-fixtures.js';
import { builtinRules } from '../src/rules/index.js';
import { created } from '../src/rules/plan-fixtures.js';
import type { AnyRule } from '../src/rules/types.js';
import { startFakeAws, type FakeAws } from './support/fake-aws.js';

const SG_RULES = ['INCOMING_SSH_DISABLED', 'RESTRICTED_INCOMING_TRAFFIC', 'VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS'];
const rule = (id: string): AnyRule => builtinRules.find((candidate) => candidate.meta.id === id) as AnyRule;

function statuses(document: ScanDocument, ids: readonly string[]): Status[] {
  return ids.flatMap((id) => document.graph.resources.filter((resource) => rule(id).meta.resourceTypes.includes(resource.type)).map((resource) => checkResource(document, resource, { rule: rule(id), params: {}, severity: 'high' }, {}, []).evaluation.status));
}

const OPEN = ipPermission('tcp', 22, 22);
const malformedPermissions: [string, unknown][] = [
  ['the string "all"', 'all'],
  ['one object open to 0.0.0.0/0, not a list', OPEN],
  ['a list holding text', ['all']],
];

describe('malformed security groups are never COMPLIANT', () => {
  for (const [label, ipPermissions] of malformedPermissions) {
    it(`Config item: ipPermissions is ${label}`, () => {
      const document = configItemsToDocument([buildConfigurationItem('AWS::EC2::SecurityGroup', { groupId: 'sg-0abc', groupName: 'web', ipPermissions })], 'items.json');
      for (const status of statuses(document, SG_RULES)) assert.equal(status, 'INSUFFICIENT_DATA');
      assert.ok(document.problems.some((problem) => problem.level === 'warning' && /malformed/.test(problem.message) && /sg-0abc/.test(problem.message)), JSON.stringify(document.problems));
    });
  }

  it('Config item: a port recorded as text that is not a number', () => {
    const document = configItemsToDocument([buildConfigurationItem('AWS::EC2::SecurityGroup', { groupId: 'sg-0abc', ipPermissions: [{ ...OPEN, fromPort: 'twenty-two' }] })], 'items.json');
    for (const status of statuses(document, SG_RULES)) assert.notEqual(status, 'COMPLIANT');
    assert.match(document.problems.map((problem) => problem.message).join('\n'), /configuration\.ipPermissions\.0\.fromPort should be integer/);
  });

  for (const ingress of ['all', 42, ['all'], [{ from_port: 'twenty-two', to_port: 22, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] }]]) {
    it(`plan: aws_security_group ingress ${JSON.stringify(ingress)}`, () => {
      const plan = { format_version: '1.2', resource_changes: [created('aws_security_group.web', { name: 'web', ingress })] };
      const document = terraformToDocument(readPlan(plan as unknown as ValueObject, JSON.stringify(plan), 'plan.json'));
      for (const status of statuses(document, SG_RULES)) assert.notEqual(status, 'COMPLIANT');
      {
        assert.ok(document.problems.some((problem) => /aws_security_group\.web (ingress|SecurityGroupIngress)/.test(problem.message) && /malformed/.test(problem.message)), JSON.stringify(document.problems));
      }
    });
  }

  it('template: SecurityGroupIngress given as text or one object', () => {
    const template = `Resources:
  Text:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: text
      SecurityGroupIngress: all
  Single:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: one
      SecurityGroupIngress: { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }
`;
    const document = loadCloudFormation(template, 'template.yaml') as ScanDocument;
    for (const status of statuses(document, SG_RULES)) assert.equal(status, 'INSUFFICIENT_DATA');
    const warnings = document.problems.filter((problem) => /malformed/.test(problem.message));
    assert.deepEqual(warnings.map((problem) => [problem.file, problem.line]), [['template.yaml', 6], ['template.yaml', 11]]);
  });
});

describe('plan resource_changes of the wrong shape are named, not dropped', () => {
  it('numbers, text and wrong field types each give an error with their index', () => {
    const good = created('aws_s3_bucket.ok', { bucket: 'ok' });
    const plan = {
      format_version: '1.2',
      resource_changes: [42, 'aws_security_group.web', { ...good, address: 7 }, { ...good, change: 'create' }, { ...good, change: { ...good.change, actions: 'create' } }, { ...good, change: { ...good.change, after: ['x'] } }, good],
    };
    const input = readPlan(plan as unknown as ValueObject, JSON.stringify(plan), 'plan.json');
    const messages = input.problems.map((problem) => `${problem.level} ${problem.file} ${problem.message}`);
    assert.deepEqual(
      messages.map((message) => /resource_changes\[(\d)\]/.exec(message)?.[1]),
      ['0', '1', '2', '3', '4', '5'],
    );
    assert.ok(messages.every((message) => message.startsWith('error plan.json ')));
    assert.deepEqual(input.instances.map((instance) => instance.address), ['aws_s3_bucket.ok']);
  });

  it('resource_changes that is not a list is an error', () => {
    const plan = { format_version: '1.2', resource_changes: { address: 'aws_s3_bucket.b' } };
    assert.match(readPlan(plan as unknown as ValueObject, JSON.stringify(plan), 'plan.json').problems[0]?.message ?? '', /resource_changes should be a list/);
  });
});

describe('Config rule handler: a malformed security group item is not put as COMPLIANT', () => {
  let fake: FakeAws;
  let restore: () => void;
  let clients: Awaited<ReturnType<typeof createClients>>;
  const deps = (ruleId: string): ConfigRuleDeps => ({ clients, ruleId, backoff: { sleep: async () => undefined, random: () => 1, baseMs: 1 } });

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
  });

  for (const [label, ipPermissions] of malformedPermissions) {
    for (const ruleId of SG_RULES) {
      it(`${ruleId}: ipPermissions is ${label}`, async () => {
        const item = buildConfigurationItem('AWS::EC2::SecurityGroup', { groupId: 'sg-0abc', groupName: 'web', ipPermissions });
        const result = await handleConfigEvent(buildConfigEvent({ item }), deps(ruleId));
        assert.deepEqual(result.evaluations.map((evaluation) => evaluation.status), ['INSUFFICIENT_DATA']);
        const put = fake.calls('PutEvaluations', 'config').flatMap((request) => (request.body as { Evaluations: { ComplianceType: string }[] }).Evaluations);
        assert.ok(put.every((evaluation) => evaluation.ComplianceType !== 'COMPLIANT'), JSON.stringify(put));
      });
    }
  }
});
