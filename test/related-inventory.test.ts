import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createClients } from '../src/gates/config-rule/aws.js';
import { handleConfigEvent, type ConfigRuleDeps } from '../src/gates/config-rule/handler.js';
import { buildConfigEvent } from '../src/gates/config-rule/testing.js';
import { evaluateDocument } from '../src/engine/run.js';
import { readLiveInventory, typesToRead } from '../src/live/index.js';
import { DEFAULT_SOURCE, isInline, NEIGHBOUR_SOURCES, neighbourSource, referencedByDependents, relatedOf, relatedTypesToRead } from '../src/live/related/index.js';
import { buildConfigurationItem, iamUserItem, instanceItem } from '../src/rules/config-fixtures.js';
import { tableItem } from '../src/rules/aws/dynamodb/items.js';
import { keyItem } from '../src/rules/aws/kms/items.js';
import { dbClusterItem, dbInstanceItem } from '../src/rules/aws/rds/fixture-items.js';
import { secretItem } from '../src/rules/aws/secretsmanager/items.js';
import { builtinRules } from '../src/rules/index.js';
import { selectRules } from '../src/scan/index.js';
import { startFakeAws, type FakeAws } from './support/fake-aws.js';
import { installFakeAccount } from './support/live-account.js';

/**
 * The detection-time inventory: rules declare the neighbours they read (`related`), one registry
 * says how each deployed path gets them, and the Config rule handler fetches them with no rule
 * ids of its own.
 */
describe('related neighbours: declarations and the registry', () => {
  it('a declared type without a row of its own gets the defaults, and is named', (t) => {
    // A rule added later may declare a type the registry does not know yet: it is listed by the live
    // scan and read from Config by id, and a subject it points at is unresolved, never judged.
    const withoutRow = builtinRules.flatMap((rule) => (rule.meta.related ?? []).filter((related) => !Object.hasOwn(NEIGHBOUR_SOURCES, related.type)).map((related) => `${rule.meta.id}: ${related.type}`));
    if (withoutRow.length > 0) t.diagnostic(`neighbour types with the default source (add a row to src/live/related/registry.ts): ${withoutRow.join(', ')}`);
    assert.deepEqual(neighbourSource('AWS::Example::Unknown'), DEFAULT_SOURCE);
    assert.deepEqual(relatedTypesToRead([{ type: 'AWS::Example::Unknown', relation: 'referencedBy', property: 'Target' }]), ['AWS::Example::Unknown']);
  });

  it('every row is used by a rule, and a Config source that fetches nothing says so', () => {
    const declared = new Set(builtinRules.flatMap((rule) => (rule.meta.related ?? []).map((related) => related.type)));
    assert.deepEqual(Object.keys(NEIGHBOUR_SOURCES).filter((type) => !declared.has(type)), []);
    for (const [type, source] of Object.entries(NEIGHBOUR_SOURCES)) {
      if (isInline(source.config)) assert.ok(source.config.inline.trim(), `${type}: why nothing is fetched`);
      if (source.live !== 'list') assert.ok(source.live.inline.trim(), `${type}: why the live scan does not list it`);
    }
  });

  it('rules that follow a neighbour declare it, so the gates can fetch it', () => {
    const declares = (id: string, type: string) => builtinRules.find((rule) => rule.meta.id === id)?.meta.related?.some((related) => related.type === type);
    for (const [id, type] of [
      ['EC2_INSTANCE_NO_EXPOSED_PORTS', 'AWS::EC2::SecurityGroup'],
      ['ENCRYPTED_VOLUMES', 'AWS::EC2::Volume'],
      ['VPC_FLOW_LOGS_ENABLED', 'AWS::EC2::FlowLog'],
      ['SERVICE_VPC_ENDPOINT_ENABLED', 'AWS::EC2::VPCEndpoint'],
      ['IAM_USER_HAS_POLICY', 'AWS::IAM::Group'],
      ['S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED', 'AWS::S3::BucketPolicy'],
      ['SQS_QUEUE_NOT_PUBLIC', 'AWS::SQS::QueuePolicy'],
      ['SECRETSMANAGER_USING_CMK', 'AWS::KMS::Key'],
      ['DYNAMODB_AUTOSCALING_ENABLED', 'AWS::ApplicationAutoScaling::ScalableTarget'],
      ['RDS_INSTANCE_IAM_AUTHENTICATION_ENABLED', 'AWS::RDS::DBCluster'],
    ] as const) {
      assert.ok(declares(id, type), `${id} declares ${type}`);
    }
  });

  it('the live scan lists the declared neighbours its readers do not carry with their owners', () => {
    const rule = (id: string) => ({ rule: builtinRules.find((candidate) => candidate.meta.id === id) as (typeof builtinRules)[number] });
    assert.deepEqual(relatedTypesToRead(relatedOf([rule('VPC_FLOW_LOGS_ENABLED')])), ['AWS::EC2::FlowLog']);
    assert.deepEqual(relatedTypesToRead(relatedOf([rule('SQS_QUEUE_NOT_PUBLIC'), rule('VPC_NO_IPV6')])), []);
  });
});

describe('the Config rule handler reads declared neighbours (fake AWS on 127.0.0.1)', () => {
  let fake: FakeAws;
  let restore: () => void;
  let clients: Awaited<ReturnType<typeof createClients>>;
  const deps = (extra: Partial<ConfigRuleDeps> = {}): ConfigRuleDeps => ({ clients, backoff: { sleep: async () => undefined, random: () => 1, baseMs: 1 }, ...extra });
  const empty = { json: { baseConfigurationItems: [], unprocessedResourceKeys: [] } };

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

  const vpc = () => buildConfigurationItem('AWS::EC2::VPC', { vpcId: 'vpc-0abc', cidrBlock: '10.0.0.0/16', state: 'available', isDefault: false }, { resourceId: 'vpc-0abc' });

  it('a VPC\'s flow logs are looked up by resource id (DescribeFlowLogs filter), as its rule declares', async () => {
    fake.on('ec2', 'DescribeFlowLogs', { result: { flowLogSet: { item: [{ flowLogId: 'fl-1', resourceId: 'vpc-0abc', trafficType: 'ALL', logDestinationType: 's3', logDestination: 'arn:aws:s3:::logs', flowLogStatus: 'ACTIVE' }] } } });
    const result = await handleConfigEvent(buildConfigEvent({ item: vpc() }), deps({ ruleId: 'VPC_FLOW_LOGS_ENABLED' }));
    const [call] = fake.calls('DescribeFlowLogs', 'ec2');
    assert.equal(call?.params['Filter.1.Name'], 'resource-id');
    assert.equal(call?.params['Filter.1.Value.1'], 'vpc-0abc');
    assert.deepEqual(result.evaluations.map((evaluation) => evaluation.status), ['COMPLIANT']);
  });

  it('flow logs that can not be read (access denied) leave the VPC INSUFFICIENT_DATA, never NON_COMPLIANT', async () => {
    fake.on('ec2', 'DescribeFlowLogs', { error: { code: 'UnauthorizedOperation', message: 'You are not authorized to perform this operation.', status: 403 } });
    const result = await handleConfigEvent(buildConfigEvent({ item: vpc() }), deps({ ruleId: 'VPC_FLOW_LOGS_ENABLED' }));
    assert.deepEqual(result.evaluations.map((evaluation) => evaluation.status), ['INSUFFICIENT_DATA']);
    assert.match(result.evaluations[0]?.message ?? '', /could not be read: .*UnauthorizedOperation/);
    assert.ok(result.problems.some((problem) => /AWS::EC2::FlowLog/.test(problem.message)));
  });

  it('a VPC\'s endpoints are looked up by VPC id (DescribeVpcEndpoints filter vpc-id); a failed one does not count; denied is INSUFFICIENT_DATA', async () => {
    const endpoint = (id: string, service: string, state: string) => ({ vpcEndpointId: id, vpcEndpointType: 'Interface', vpcId: 'vpc-0abc', serviceName: `com.amazonaws.us-east-1.${service}`, state, subnetIdSet: { item: ['subnet-0a'] }, groupSet: { item: [{ groupId: 'sg-0a', groupName: 'endpoints' }] }, privateDnsEnabled: true });
    fake.on('ec2', 'DescribeVpcEndpoints', { result: { vpcEndpointSet: { item: [endpoint('vpce-sts', 'sts', 'available'), endpoint('vpce-ec2', 'ec2', 'available')] } } });
    const served = await handleConfigEvent(buildConfigEvent({ item: vpc() }), deps({ ruleId: 'SERVICE_VPC_ENDPOINT_ENABLED' }));
    const [call] = fake.calls('DescribeVpcEndpoints', 'ec2');
    assert.equal(call?.params['Filter.1.Name'], 'vpc-id');
    assert.equal(call?.params['Filter.1.Value.1'], 'vpc-0abc');
    assert.deepEqual(served.problems, []);
    assert.deepEqual(served.evaluations.map((evaluation) => [evaluation.status, evaluation.message]), [['COMPLIANT', 'VPC vpc-0abc has endpoint vpce-ec2 for com.amazonaws.us-east-1.ec2.']]);

    fake.on('ec2', 'DescribeVpcEndpoints', { result: { vpcEndpointSet: { item: [endpoint('vpce-ec2', 'ec2', 'failed')] } } });
    const failed = await handleConfigEvent(buildConfigEvent({ item: vpc() }), deps({ ruleId: 'SERVICE_VPC_ENDPOINT_ENABLED' }));
    assert.deepEqual(failed.evaluations.map((evaluation) => evaluation.status), ['NON_COMPLIANT']);

    fake.on('ec2', 'DescribeVpcEndpoints', { error: { code: 'UnauthorizedOperation', message: 'You are not authorized to perform this operation.', status: 403 } });
    const denied = await handleConfigEvent(buildConfigEvent({ item: vpc() }), deps({ ruleId: 'SERVICE_VPC_ENDPOINT_ENABLED' }));
    assert.deepEqual(denied.evaluations.map((evaluation) => evaluation.status), ['INSUFFICIENT_DATA']);
    assert.ok(denied.problems.some((problem) => /AWS::EC2::VPCEndpoint/.test(problem.message)));
  });

  it('a dry run reads nothing: a VPC whose verdict needs its flow logs is INSUFFICIENT_DATA', async () => {
    const result = await handleConfigEvent(buildConfigEvent({ item: vpc() }), { ruleId: 'VPC_FLOW_LOGS_ENABLED', dryRun: true });
    assert.deepEqual(result.evaluations.map((evaluation) => evaluation.status), ['INSUFFICIENT_DATA']);
    assert.equal(fake.requests.length, 0);
  });

  it('a secret\'s key is read from Config by its key id: an AWS managed key fails, an unreadable one is INSUFFICIENT_DATA', async () => {
    const arn = 'arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-aaaa-bbbb-cccc-0123456789ab';
    fake.on('config', 'BatchGetResourceConfig', { json: { baseConfigurationItems: [keyItem('0a1b2c3d-aaaa-bbbb-cccc-0123456789ab', { keyManager: 'AWS' }, false)].map(apiForm), unprocessedResourceKeys: [] } });
    const managed = await handleConfigEvent(buildConfigEvent({ item: secretItem('orders', { KMSKeyId: arn }) }), deps({ ruleId: 'SECRETSMANAGER_USING_CMK' }));
    assert.deepEqual(fake.calls('BatchGetResourceConfig')[0]?.body, { resourceKeys: [{ resourceType: 'AWS::KMS::Key', resourceId: '0a1b2c3d-aaaa-bbbb-cccc-0123456789ab' }] });
    assert.deepEqual(managed.problems, []);
    assert.deepEqual(managed.evaluations.map((evaluation) => evaluation.status), ['NON_COMPLIANT']);
    assert.match(managed.evaluations[0]?.message ?? '', /AWS managed key/);
    fake.on('config', 'BatchGetResourceConfig', empty);
    const unread = await handleConfigEvent(buildConfigEvent({ item: secretItem('orders', { KMSKeyId: arn }) }), deps({ ruleId: 'SECRETSMANAGER_USING_CMK' }));
    assert.deepEqual(unread.evaluations.map((evaluation) => evaluation.status), ['INSUFFICIENT_DATA']);
    fake.on('config', 'BatchGetResourceConfig', { error: { code: 'AccessDeniedException', message: 'not authorized' } });
    const denied = await handleConfigEvent(buildConfigEvent({ item: secretItem('orders', { KMSKeyId: arn }) }), deps({ ruleId: 'SECRETSMANAGER_USING_CMK' }));
    assert.deepEqual(denied.evaluations.map((evaluation) => evaluation.status), ['INSUFFICIENT_DATA']);
    assert.ok(denied.problems.some((problem) => /AWS::KMS::Key .*AccessDeniedException/.test(problem.message)));
  });

  it('an Aurora instance\'s cluster, named by identifier, is found by name (ListDiscoveredResources) and read in one batch', async () => {
    fake.on('config', 'ListDiscoveredResources', (request) => {
      const body = request.body as { resourceType: string; resourceName?: string };
      assert.equal(body.resourceType, 'AWS::RDS::DBCluster');
      return { json: { resourceIdentifiers: body.resourceName === 'orders' ? [{ resourceType: 'AWS::RDS::DBCluster', resourceId: 'cluster-ORDERS', resourceName: 'orders' }] : [] } };
    });
    fake.on('config', 'BatchGetResourceConfig', { json: { baseConfigurationItems: [apiForm(dbClusterItem('orders', { iamdatabaseAuthenticationEnabled: false }))], unprocessedResourceKeys: [] } });
    const instance = dbInstanceItem('orders-writer', { engine: 'aurora-postgresql', dBClusterIdentifier: 'orders', iAMDatabaseAuthenticationEnabled: false });
    const result = await handleConfigEvent(buildConfigEvent({ item: instance }), deps({ ruleId: 'RDS_INSTANCE_IAM_AUTHENTICATION_ENABLED' }));
    assert.deepEqual(fake.calls('BatchGetResourceConfig')[0]?.body, { resourceKeys: [{ resourceType: 'AWS::RDS::DBCluster', resourceId: 'cluster-ORDERS' }] });
    assert.deepEqual(result.evaluations.map((evaluation) => evaluation.status), ['NON_COMPLIANT']);
    assert.match(result.evaluations[0]?.message ?? "", /DB cluster cluster-ORDERS manages it/);
  });

  it('neighbours a subject names that can not be read (access denied) leave it INSUFFICIENT_DATA, never COMPLIANT', async () => {
    fake.on('config', 'BatchGetResourceConfig', { error: { code: 'AccessDeniedException', message: 'not authorized' } });
    const instance = instanceItem('i-0abc', { groups: ['sg-0abc'] }, { resourceId: 'i-0abc' });
    // Config can not be asked: the service's describe API still answers.
    fake.on('ec2', 'DescribeSecurityGroups', {
      result: { securityGroupInfo: { item: [{ ownerId: '123456789012', groupId: 'sg-0abc', groupName: 'web', groupDescription: 'web', vpcId: 'vpc-1', ipPermissions: { item: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipRanges: { item: [{ cidrIp: '0.0.0.0/0' }] } }] } }] } },
    });
    const described = await handleConfigEvent(buildConfigEvent({ item: instance }), deps({ ruleId: 'EC2_INSTANCE_NO_EXPOSED_PORTS' }));
    assert.deepEqual(described.evaluations.map((evaluation) => evaluation.status), ['NON_COMPLIANT']);
    fake.on('ec2', 'DescribeSecurityGroups', { error: { code: 'UnauthorizedOperation', message: 'not authorized', status: 403 } });
    const exposed = await handleConfigEvent(buildConfigEvent({ item: instance }), deps({ ruleId: 'EC2_INSTANCE_NO_EXPOSED_PORTS' }));
    assert.deepEqual(exposed.evaluations.map((evaluation) => [evaluation.status, evaluation.message.includes('sg-0abc')]), [['INSUFFICIENT_DATA', true]]);
    assert.ok(exposed.problems.some((problem) => /AWS::EC2::SecurityGroup .*AccessDeniedException/.test(problem.message)));
    const user = iamUserItem('carol', { groups: ['ops'] });
    (user.relationships as unknown[]).push({ resourceType: 'AWS::IAM::Group', resourceId: 'AGPAOPS', resourceName: 'ops', name: 'Is attached to Group' });
    const membership = await handleConfigEvent(buildConfigEvent({ item: user }), deps({ ruleId: 'IAM_USER_HAS_POLICY' }));
    assert.deepEqual(membership.evaluations.map((evaluation) => evaluation.status), ['INSUFFICIENT_DATA']);
  });

  it('neighbours this gate can not look up (Application Auto Scaling) leave the table INSUFFICIENT_DATA, not NON_COMPLIANT', async () => {
    const table = tableItem('orders', { billingModeSummary: { billingMode: 'PROVISIONED' }, provisionedThroughput: { readCapacityUnits: 5, writeCapacityUnits: 5, numberOfDecreasesToday: 0 } });
    const result = await handleConfigEvent(buildConfigEvent({ item: table }), deps({ ruleId: 'DYNAMODB_AUTOSCALING_ENABLED' }));
    assert.deepEqual(result.evaluations.map((evaluation) => evaluation.status), ['INSUFFICIENT_DATA']);
    assert.match(result.evaluations[0]?.message ?? '', /ScalableTarget/);
    assert.equal(fake.requests.filter((request) => request.operation !== 'PutEvaluations').length, 0);
  });
});

/** A notification-form fixture item in the API form BatchGetResourceConfig answers with (JSON-string configuration, epoch seconds). */
function apiForm(item: Record<string, unknown>): Record<string, unknown> {
  const { configuration, supplementaryConfiguration, ARN, awsAccountId, configurationItemCaptureTime, resourceCreationTime, relationships: _relationships, relatedEvents: _events, configurationStateMd5Hash: _hash, configurationStateId, ...rest } = item;
  const seconds = (value: unknown) => (typeof value === 'string' ? Date.parse(value) / 1000 : value);
  return {
    ...rest,
    version: '1.3',
    arn: ARN,
    accountId: awsAccountId,
    configurationStateId: String(configurationStateId),
    configurationItemCaptureTime: seconds(configurationItemCaptureTime),
    ...(resourceCreationTime ? { resourceCreationTime: seconds(resourceCreationTime) } : {}),
    configuration: JSON.stringify(configuration),
    supplementaryConfiguration: Object.fromEntries(Object.entries((supplementaryConfiguration ?? {}) as Record<string, unknown>).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)])),
  };
}

describe('the live scan reads declared neighbours (fake AWS on 127.0.0.1)', () => {
  let fake: FakeAws;
  let restore: () => void;
  before(async () => {
    fake = await startFakeAws();
    restore = fake.useInProcess('eu-west-1');
  });
  after(async () => {
    restore();
    await fake.stop();
  });

  it('flow logs that can not be read leave the VPCs of that region INSUFFICIENT_DATA, never NON_COMPLIANT', async () => {
    installFakeAccount(fake, {
      regions: { 'eu-west-1': { vpcs: [{ id: 'vpc-logged' }, { id: 'vpc-dark' }], flowLogs: [{ id: 'fl-1', resourceId: 'vpc-logged' }] } },
      override: (_region, request) => (request.operation === 'DescribeFlowLogs' ? { error: { code: 'UnauthorizedOperation', message: 'You are not authorized to perform this operation.', status: 403 } } : undefined),
    });
    const active = selectRules(builtinRules, { only: ['VPC_FLOW_LOGS_ENABLED'] });
    const types = typesToRead(['AWS::EC2::VPC'], relatedTypesToRead(relatedOf(active)));
    assert.deepEqual(types, ['AWS::EC2::FlowLog', 'AWS::EC2::VPC']);
    const inventory = await readLiveInventory({ regions: ['eu-west-1'], types, dependents: referencedByDependents(active), retryDelay: () => 1, maxAttempts: 1 });
    assert.ok(inventory.problems.some((problem) => /AWS::EC2::FlowLog: .*UnauthorizedOperation/.test(problem.message)));
    const [document] = inventory.documents;
    assert.ok(document);
    const statuses = evaluateDocument(document, active, { live: true }).evaluations.map((evaluation) => [evaluation.resource.id, evaluation.status]);
    assert.deepEqual(statuses.sort(), [['vpc-dark', 'INSUFFICIENT_DATA'], ['vpc-logged', 'INSUFFICIENT_DATA']]);
  });
});
