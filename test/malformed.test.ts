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

describe('policy documents are read against the IAM policy grammar', () => {
  const evaluations = (template: string, ruleId: string): Record<string, { status: Status; message: string }> => {
    const document = loadCloudFormation(template, 'template.yaml') as ScanDocument;
    const found: Record<string, { status: Status; message: string }> = {};
    for (const resource of document.graph.resources.filter((candidate) => rule(ruleId).meta.resourceTypes.includes(candidate.type))) {
      const { status, message } = checkResource(document, resource, { rule: rule(ruleId), params: {}, severity: 'high' }, {}, []).evaluation;
      found[resource.id] = { status, message };
    }
    return found;
  };
  const policy = (id: string, statement: string): string => `  ${id}:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement: ${statement}
`;

  it('a wrong-typed part is INSUFFICIENT_DATA, naming where it is', () => {
    const template = `Resources:
${policy('NumberEffect', "[{ Effect: 42, Action: 's3:GetObject', Resource: '*' }]")}${policy('ObjectAction', "[{ Effect: Allow, Action: { wrong: true }, Resource: 'arn:aws:s3:::b/*' }]")}${policy('TextStatement', 'just text')}${policy('ListCondition', "[{ Effect: Allow, Action: 's3:GetObject', Resource: '*', Condition: [Bool] }]")}`;
    const found = evaluations(template, 'IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS');
    assert.deepEqual(Object.values(found).map((evaluation) => evaluation.status), ['INSUFFICIENT_DATA', 'INSUFFICIENT_DATA', 'INSUFFICIENT_DATA', 'INSUFFICIENT_DATA']);
    assert.match(found.NumberEffect?.message ?? '', /PolicyDocument\.Statement\.0\.Effect should be "Allow" or "Deny", not 42/);
    assert.match(found.ObjectAction?.message ?? '', /PolicyDocument\.Statement\.0\.Action should be a string or a list of strings/);
    assert.match(found.TextStatement?.message ?? '', /PolicyDocument\.Statement should be a statement or a list of statements/);
    assert.match(found.ListCondition?.message ?? '', /PolicyDocument\.Statement\.0\.Condition should be a map of condition operators/);
  });

  it('the forms the grammar allows keep their verdict: one string or a list, one statement or a list, "*" or a map', () => {
    const template = `Resources:
${policy('OneString', "{ Effect: Allow, Action: 's3:GetObject', Resource: '*' }")}${policy('Lists', "[{ Effect: Allow, Action: ['s3:GetObject'], Resource: ['*'], Condition: { Bool: { 'aws:SecureTransport': [true] }, NumericLessThan: { 's3:max-keys': 10 } } }]")}${policy('Admin', "{ Effect: Allow, Action: ['*'], Resource: '*' }")}`;
    const found = evaluations(template, 'IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS');
    assert.deepEqual(Object.fromEntries(Object.entries(found).map(([id, evaluation]) => [id, evaluation.status])), { OneString: 'COMPLIANT', Lists: 'COMPLIANT', Admin: 'NON_COMPLIANT' });
    const bucket = (principal: string): string => `Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Statement: [{ Effect: Allow, Principal: ${principal}, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }]
`;
    for (const principal of ["'*'", "{ AWS: '*' }", "{ AWS: ['*'] }"]) assert.equal(evaluations(bucket(principal), 'S3_BUCKET_PUBLIC_READ_PROHIBITED').Bucket?.status, 'NON_COMPLIANT', principal);
    assert.equal(evaluations(bucket("{ Service: 'cloudtrail.amazonaws.com' }"), 'S3_BUCKET_PUBLIC_READ_PROHIBITED').Bucket?.status, 'COMPLIANT');
    assert.equal(evaluations(bucket("{ Service: { wrong: true } }"), 'S3_BUCKET_PUBLIC_READ_PROHIBITED').Bucket?.status, 'INSUFFICIENT_DATA');
  });

  it('the unknown stays inside its statement: another statement still fails the policy', () => {
    const template = `Resources:
${policy('Mixed', "[{ Effect: [Allow], Action: 's3:GetObject', Resource: '*' }, { Effect: Allow, Action: '*', Resource: '*' }]")}`;
    assert.equal(evaluations(template, 'IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS').Mixed?.status, 'NON_COMPLIANT');
  });
});
