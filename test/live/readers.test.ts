import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { evaluateDocument } from '../../src/engine/run.js';
import { readLiveInventory, readLiveResource, relatedOf, relatedTypesToRead, typesToRead, type LiveInventoryOptions } from '../../src/live/index.js';
import { isUnknown } from '../../src/model/unknown.js';
import { credentialReportCsv } from '../../src/rules/config-fixtures.js';
import { builtinRules } from '../../src/rules/index.js';
import { selectRules } from '../../src/scan/index.js';
import { startFakeAws, type FakeAws } from '../support/fake-aws.js';
import { installFakeAccount, queueUrl, regionOf, type FakeAccountOptions } from '../support/live-account.js';

const ACCOUNT = '111122223333';
const retryDelays: number[] = [];
/** Retries wait 1 ms in tests; the delays asked for are recorded. */
const fast = { retryDelay: (attempt: number) => (retryDelays.push(attempt), 1), maxAttempts: 3 };

function options(overrides: Partial<LiveInventoryOptions>): LiveInventoryOptions {
  return { regions: ['eu-west-1'], types: ['AWS::EC2::VPC', 'AWS::EC2::FlowLog'], concurrency: 4, ...fast, ...overrides };
}

function evaluate(document: Parameters<typeof evaluateDocument>[0], ruleIds: string[]) {
  return evaluateDocument(document, selectRules(builtinRules, { only: ruleIds }), { live: true }).evaluations;
}

describe('live scan readers (SDK v3 against the fake AWS wire protocols)', () => {
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
  beforeEach(() => {
    fake.requests.length = 0;
    retryDelays.length = 0;
  });
  const account = (spec: FakeAccountOptions) => installFakeAccount(fake, spec);

  it('reads VPCs and flow logs over EC2 query/XML pages; a flow log ResourceId vpc-… finds its VPC', async () => {
    account({
      pageSize: 2,
      regions: {
        'eu-west-1': {
          vpcs: [{ id: 'vpc-1' }, { id: 'vpc-2' }, { id: 'vpc-3', ipv6: [{ associationId: 'vpc-cidr-assoc-6', block: '2600:1f18::/56' }] }],
          flowLogs: [{ id: 'fl-1', resourceId: 'vpc-1', trafficType: 'REJECT' }],
        },
      },
    });
    const inventory = await readLiveInventory(options({}));
    assert.deepEqual(inventory.problems, []);
    assert.equal(inventory.accountId, ACCOUNT);
    const [document] = inventory.documents;
    assert.ok(document);
    assert.equal(document.file, `aws://${ACCOUNT}/eu-west-1`);
    assert.deepEqual(document.graph.ofType('AWS::EC2::VPC').map((vpc) => vpc.id), ['vpc-1', 'vpc-2', 'vpc-3']);
    // Two pages: the second request carries the first page's NextToken.
    const pages = fake.calls('DescribeVpcs', 'ec2');
    assert.deepEqual(pages.map((request) => request.params.NextToken), [undefined, 'page-2']);
    const vpc = document.graph.get('vpc-1');
    assert.deepEqual(vpc?.source, { file: document.file, format: 'cloud-control', account: ACCOUNT, region: 'eu-west-1', arn: `arn:aws:ec2:eu-west-1:${ACCOUNT}:vpc/vpc-1`, links: ['physical:AWS::EC2::VPC/vpc-1'] });
    const flowLog = document.graph.get('fl-1');
    assert.deepEqual({ ...flowLog?.properties }, { Id: 'fl-1', ResourceId: 'vpc-1', ResourceType: 'VPC', TrafficType: 'REJECT', LogDestinationType: 's3', LogDestination: 'arn:aws:s3:::central-flow-logs' });
    assert.equal(document.graph.target('vpc-1'), vpc);
    assert.deepEqual(document.graph.referrers('vpc-3', 'AWS::EC2::VPCCidrBlock', 'VpcId').map((block) => block.id), ['vpc-cidr-assoc-6']);

    const results = evaluate(document, ['VPC_FLOW_LOGS_ENABLED', 'VPC_NO_IPV6']);
    const status = (ruleId: string, id: string) => results.find((result) => result.ruleId === ruleId && result.resource.id === id)?.status;
    assert.equal(status('VPC_FLOW_LOGS_ENABLED', 'vpc-1'), 'COMPLIANT');
    assert.equal(status('VPC_FLOW_LOGS_ENABLED', 'vpc-2'), 'NON_COMPLIANT');
    assert.equal(status('VPC_NO_IPV6', 'vpc-3'), 'NON_COMPLIANT');
    assert.equal(status('VPC_NO_IPV6', 'vpc-1'), 'COMPLIANT');
    assert.equal(results.find((result) => result.resource.id === 'vpc-2')?.resource.arn, `arn:aws:ec2:eu-west-1:${ACCOUNT}:vpc/vpc-2`);
  });

  it('reads security groups and flow logs page by page, each page mapped to resources with its rules', async () => {
    const groups = ['sg-1', 'sg-2', 'sg-3', 'sg-4', 'sg-5'].map((id, i) => ({ id, name: `g${i}`, ingress: [{ protocol: 'tcp', from: 22 + i, to: 22 + i, cidr: '0.0.0.0/0' }] }));
    account({
      pageSize: 2,
      regions: { 'eu-west-1': { securityGroups: groups, flowLogs: ['fl-1', 'fl-2', 'fl-3'].map((id) => ({ id, resourceId: 'vpc-1' })) } },
    });
    const inventory = await readLiveInventory(options({ types: ['AWS::EC2::SecurityGroup', 'AWS::EC2::FlowLog'] }));
    assert.deepEqual(inventory.problems, []);
    const [document] = inventory.documents;
    assert.ok(document);
    assert.deepEqual(fake.calls('DescribeSecurityGroups', 'ec2').map((request) => request.params.NextToken), [undefined, 'page-2', 'page-4']);
    assert.deepEqual(fake.calls('DescribeFlowLogs', 'ec2').map((request) => request.params.NextToken), [undefined, 'page-2']);
    // The last page's groups keep their own rules: nothing of an earlier page is reused.
    assert.deepEqual(
      document.graph.ofType('AWS::EC2::SecurityGroup').map((group) => [group.id, group.properties.SecurityGroupIngress]),
      groups.map((group, i) => [group.id, [{ IpProtocol: 'tcp', FromPort: 22 + i, ToPort: 22 + i, CidrIp: '0.0.0.0/0' }]]),
    );
    assert.deepEqual(document.graph.ofType('AWS::EC2::FlowLog').map((flowLog) => flowLog.id), ['fl-1', 'fl-2', 'fl-3']);
    const ssh = evaluate(document, ['INCOMING_SSH_DISABLED']);
    assert.deepEqual(ssh.map((result) => [result.resource.id, result.status]), [['sg-1', 'NON_COMPLIANT'], ['sg-2', 'COMPLIANT'], ['sg-3', 'COMPLIANT'], ['sg-4', 'COMPLIANT'], ['sg-5', 'COMPLIANT']]);
  });

  it('reads Cloud Control types: ListResources pages by NextToken, GetResource properties (a JSON string) as the resource', async () => {
    const instances = [1, 2, 3].map((n) => ({ identifier: `i-${n}`, properties: { InstanceId: `i-${n}`, ImageId: 'ami-1', SecurityGroupIds: [n === 1 ? 'sg-open' : 'sg-closed'] } }));
    account({
      pageSize: 2,
      regions: {
        'eu-west-1': {
          cloudControl: { 'AWS::EC2::Instance': instances },
          securityGroups: [
            { id: 'sg-open', name: 'open', ingress: [{ protocol: 'tcp', from: 22, to: 22, cidr: '0.0.0.0/0' }] },
            { id: 'sg-closed', name: 'closed', ingress: [{ protocol: 'tcp', from: 443, to: 443, cidr: '0.0.0.0/0' }, { protocol: '-1', cidr: '10.0.0.0/8' }] },
          ],
        },
      },
    });
    // The rule declares what it reads beside instances: their security groups, interfaces and launch templates.
    const rule = builtinRules.find((candidate) => candidate.meta.id === 'EC2_INSTANCE_NO_EXPOSED_PORTS');
    assert.ok(rule);
    const types = typesToRead(['AWS::EC2::Instance'], relatedTypesToRead(relatedOf([{ rule }])));
    const inventory = await readLiveInventory(options({ types }));
    assert.deepEqual(types, ['AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate', 'AWS::EC2::NetworkInterface', 'AWS::EC2::SecurityGroup']);
    assert.deepEqual(inventory.problems, []);
    const lists = fake.calls('ListResources', 'cloudcontrolapi').filter((request) => (request.body as { TypeName: string }).TypeName === 'AWS::EC2::Instance');
    assert.deepEqual(lists.map((request) => (request.body as { NextToken?: string }).NextToken), [undefined, 'page-2']);
    assert.equal(fake.calls('GetResource', 'cloudcontrolapi').length, 3);
    const [document] = inventory.documents;
    assert.ok(document);
    assert.deepEqual(document.graph.get('i-1')?.properties, instances[0]?.properties);
    assert.deepEqual(document.graph.get('sg-closed')?.properties.SecurityGroupIngress, [
      { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' },
      { IpProtocol: '-1', CidrIp: '10.0.0.0/8' },
    ]);
    const results = evaluate(document, ['EC2_INSTANCE_NO_EXPOSED_PORTS']);
    assert.deepEqual(results.map((result) => [result.resource.id, result.status]), [['i-1', 'NON_COMPLIANT'], ['i-2', 'COMPLIANT'], ['i-3', 'COMPLIANT']]);
  });

  it('a Cloud Control resource whose properties are not a JSON object is undecided (INSUFFICIENT_DATA), not absent', async () => {
    account({
      regions: { 'eu-west-1': { cloudControl: { 'AWS::EFS::FileSystem': [{ identifier: 'fs-ok', properties: { Encrypted: true } }, { identifier: 'fs-garbled', properties: {} }] } } },
      override: (_region, request) =>
        request.operation === 'GetResource' && (request.body as { Identifier: string }).Identifier === 'fs-garbled'
          ? { json: { TypeName: 'AWS::EFS::FileSystem', ResourceDescription: { Identifier: 'fs-garbled', Properties: '{"Encrypted": tru' } } }
          : undefined,
    });
    const inventory = await readLiveInventory(options({ types: ['AWS::EFS::FileSystem'] }));
    const results = evaluate(inventory.documents[0] as NonNullable<(typeof inventory.documents)[0]>, ['EFS_ENCRYPTED_CHECK']);
    assert.deepEqual(results.map((result) => [result.resource.id, result.status]), [['fs-ok', 'COMPLIANT'], ['fs-garbled', 'INSUFFICIENT_DATA']]);
  });

  it('never has more than `concurrency` calls in flight', async () => {
    const functions = Array.from({ length: 12 }, (_, index) => ({ identifier: `fs-${index}`, properties: { FileSystemId: `fs-${index}`, Encrypted: true } }));
    account({ pageSize: 100, regions: { 'eu-west-1': { cloudControl: { 'AWS::EFS::FileSystem': functions } } } });
    let inFlight = 0;
    let peak = 0;
    fake.on('cloudcontrolapi', 'GetResource', async (request) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 15));
      inFlight -= 1;
      const { Identifier } = request.body as { Identifier: string };
      return { json: { TypeName: 'AWS::EFS::FileSystem', ResourceDescription: { Identifier, Properties: JSON.stringify({ FileSystemId: Identifier, Encrypted: true }) } } };
    });
    const inventory = await readLiveInventory(options({ types: ['AWS::EFS::FileSystem'], concurrency: 3 }));
    assert.equal(inventory.documents[0]?.graph.resources.length, 12);
    assert.equal(peak, 3);
  });

  it('retries a throttled call (adaptive retry, delay injected) and reads the rest', async () => {
    let throttles = 2;
    account({
      regions: { 'eu-west-1': { vpcs: [{ id: 'vpc-1' }] } },
      override: (_region, request) => (request.operation === 'DescribeVpcs' && throttles-- > 0 ? { error: { code: 'RequestLimitExceeded', message: 'Request limit exceeded.', status: 503 } } : undefined),
    });
    const inventory = await readLiveInventory(options({ types: ['AWS::EC2::VPC'] }));
    assert.deepEqual(inventory.problems, []);
    assert.equal(fake.calls('DescribeVpcs', 'ec2').length, 3);
    assert.deepEqual(retryDelays, [1, 2]);
    assert.deepEqual(inventory.documents[0]?.graph.resources.map((resource) => resource.id), ['vpc-1']);
  });

  it('gives up after maxAttempts of throttling with a problem naming the region and type', async () => {
    account({
      regions: { 'eu-west-1': { vpcs: [{ id: 'vpc-1' }] } },
      override: (_region, request) => (request.operation === 'DescribeVpcs' ? { error: { code: 'RequestLimitExceeded', message: 'Request limit exceeded.', status: 503 } } : undefined),
    });
    const inventory = await readLiveInventory(options({ types: ['AWS::EC2::VPC'] }));
    assert.equal(fake.calls('DescribeVpcs', 'ec2').length, 3);
    assert.deepEqual(inventory.problems.map((problem) => problem.message), ['region eu-west-1, type AWS::EC2::VPC: still throttled after retries (RequestLimitExceeded)']);
  });

  it('keeps what it could read when a region or a type is denied: partial results and a clear problem each', async () => {
    account({
      regions: { 'eu-west-1': { vpcs: [{ id: 'vpc-eu' }], cloudControl: { 'AWS::EKS::Cluster': [{ identifier: 'c1', properties: { Name: 'c1' } }] } }, 'us-east-1': { vpcs: [{ id: 'vpc-us' }] } },
      override: (region, request) => {
        if (region === 'us-east-1' && request.service === 'ec2') return { error: { code: 'UnauthorizedOperation', message: 'You are not authorized to perform this operation.', status: 403 } };
        if (request.operation === 'ListResources' && (request.body as { TypeName: string }).TypeName === 'AWS::EKS::Cluster' && region === 'us-east-1') {
          return { error: { code: 'AccessDeniedException', message: 'User is not authorized to perform: eks:ListClusters' } };
        }
        return undefined;
      },
    });
    const inventory = await readLiveInventory(options({ regions: ['eu-west-1', 'us-east-1'], types: ['AWS::EC2::VPC', 'AWS::EKS::Cluster'] }));
    assert.deepEqual(
      inventory.problems.map((problem) => [problem.level, problem.file, problem.message]),
      [
        ['error', `aws://${ACCOUNT}/us-east-1`, 'region us-east-1, type AWS::EC2::VPC: access denied (UnauthorizedOperation)'],
        ['error', `aws://${ACCOUNT}/us-east-1`, 'region us-east-1, type AWS::EKS::Cluster: access denied (AccessDeniedException)'],
      ],
    );
    assert.deepEqual(inventory.documents.map((document) => [document.file, document.graph.resources.map((resource) => resource.id)]), [[`aws://${ACCOUNT}/eu-west-1`, ['vpc-eu', 'c1']]]);
    // Access denied is not retried.
    assert.equal(fake.calls('DescribeVpcs', 'ec2').filter((request) => regionOf(request) === 'us-east-1').length, 1);
  });

  it('reports an account it can not reach (GetCallerIdentity denied) without reading anything', async () => {
    account({ regions: {}, override: (_region, request) => (request.operation === 'GetCallerIdentity' ? { error: { code: 'InvalidClientTokenId', message: 'The security token included in the request is invalid.', status: 403 } } : undefined) });
    const inventory = await readLiveInventory(options({}));
    assert.deepEqual(inventory.documents, []);
    assert.deepEqual(inventory.problems.map((problem) => problem.message), ['the default credentials: cannot reach the account: access denied (InvalidClientTokenId)']);
  });

  it('reads buckets over S3 restXml: encryption, public access block, policy; an unreadable part is unknown, not absent', async () => {
    account({
      pageSize: 1,
      regions: {
        'eu-west-1': {
          buckets: [
            { name: 'kms-bucket', sse: 'aws:kms', kmsKeyId: 'arn:aws:kms:eu-west-1:111122223333:key/k1', publicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } },
            { name: 'open-bucket', sse: 'AES256', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::open-bucket/*' }] } },
            { name: 'secret-bucket', sse: 'AES256' },
          ],
        },
        'us-east-1': { buckets: [{ name: 'elsewhere' }] },
      },
      override: (_region, request) => (request.service === 's3' && /^\/secret-bucket\/?\?publicAccessBlock/.test(request.path) ? { error: { code: 'AccessDenied', message: 'Access Denied', status: 403 } } : undefined),
    });
    const inventory = await readLiveInventory(options({ types: ['AWS::S3::Bucket'] }));
    assert.deepEqual(inventory.problems.map((problem) => [problem.level, problem.message]), [['warning', 'region eu-west-1, bucket secret-bucket: GetPublicAccessBlock access denied (AccessDenied)']]);
    const [document] = inventory.documents;
    assert.ok(document);
    assert.deepEqual(document.graph.ofType('AWS::S3::Bucket').map((bucket) => bucket.id).sort(), ['kms-bucket', 'open-bucket', 'secret-bucket']);
    assert.deepEqual(document.graph.get('kms-bucket')?.properties.BucketEncryption, {
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'arn:aws:kms:eu-west-1:111122223333:key/k1' }, BucketKeyEnabled: false }],
    });
    assert.ok(isUnknown(document.graph.get('secret-bucket')?.properties.PublicAccessBlockConfiguration));
    assert.deepEqual(document.graph.referrers('open-bucket', 'AWS::S3::BucketPolicy', 'Bucket').map((policy) => policy.id), ['open-bucket/policy']);
    // ListBuckets is asked for this region's buckets only, page by page.
    const lists = fake.requests.filter((request) => request.service === 's3' && request.path.includes('x-id=ListBuckets'));
    assert.ok(lists.every((request) => request.path.includes('bucket-region=eu-west-1')));
    assert.equal(lists.length, 3);
    const results = evaluate(document, ['S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED', 'S3_DEFAULT_ENCRYPTION_KMS']);
    const status = (ruleId: string, id: string) => results.find((result) => result.ruleId === ruleId && result.resource.id === id)?.status;
    assert.equal(status('S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED', 'kms-bucket'), 'COMPLIANT');
    assert.equal(status('S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED', 'open-bucket'), 'NON_COMPLIANT');
    assert.equal(status('S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED', 'secret-bucket'), 'INSUFFICIENT_DATA');
    assert.equal(status('S3_DEFAULT_ENCRYPTION_KMS', 'kms-bucket'), 'COMPLIANT');
    assert.equal(status('S3_DEFAULT_ENCRYPTION_KMS', 'open-bucket'), 'NON_COMPLIANT');
  });

  it('reads queues over SQS awsJson1_0 (pages, attributes as typed properties, policy as a QueuePolicy)', async () => {
    const kms = { KmsMasterKeyId: 'alias/aws/sqs', KmsDataKeyReusePeriodSeconds: '300' };
    account({
      pageSize: 1,
      regions: {
        'eu-west-1': {
          queues: [
            { name: 'orders', attributes: kms, policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: `arn:aws:sqs:eu-west-1:${ACCOUNT}:orders` }] } },
            { name: 'plain', attributes: { SqsManagedSseEnabled: 'false' } },
          ],
        },
      },
    });
    const inventory = await readLiveInventory(options({ types: ['AWS::SQS::Queue'] }));
    assert.deepEqual(inventory.problems, []);
    assert.deepEqual(fake.calls('ListQueues', 'sqs').map((request) => (request.body as { NextToken?: string }).NextToken), [undefined, 'page-1']);
    const [document] = inventory.documents;
    assert.ok(document);
    const orders = document.graph.get(queueUrl('eu-west-1', ACCOUNT, 'orders'));
    assert.deepEqual(orders?.properties, { QueueUrl: queueUrl('eu-west-1', ACCOUNT, 'orders'), QueueName: 'orders', Arn: `arn:aws:sqs:eu-west-1:${ACCOUNT}:orders`, KmsDataKeyReusePeriodSeconds: 300, VisibilityTimeout: 30, KmsMasterKeyId: 'alias/aws/sqs' });
    const results = evaluate(document, ['SQS_QUEUE_ENCRYPTED_KMS', 'SQS_QUEUE_NOT_PUBLIC']);
    const status = (ruleId: string, name: string) => results.find((result) => result.ruleId === ruleId && result.resource.id === queueUrl('eu-west-1', ACCOUNT, name))?.status;
    assert.equal(status('SQS_QUEUE_ENCRYPTED_KMS', 'orders'), 'COMPLIANT');
    assert.equal(status('SQS_QUEUE_ENCRYPTED_KMS', 'plain'), 'NON_COMPLIANT');
    assert.equal(status('SQS_QUEUE_NOT_PUBLIC', 'orders'), 'NON_COMPLIANT');
    assert.equal(status('SQS_QUEUE_NOT_PUBLIC', 'plain'), 'COMPLIANT');
    // The SQS client talks to the configured endpoint, never to the queue URL's host.
    assert.ok(fake.calls('GetQueueAttributes', 'sqs').length >= 2);
  });

  it('reads IAM users through Cloud Control with their credential usage from the credential report (IAM query/XML)', async () => {
    const arn = (name: string) => `arn:aws:iam::${ACCOUNT}:user/${name}`;
    account({
      regions: {
        'eu-west-1': {
          cloudControl: { 'AWS::IAM::User': ['alice', 'bob', 'carol'].map((name) => ({ identifier: name, properties: { UserName: name, Arn: arn(name), Path: '/' } })) },
        },
      },
    });
    fake.sequence('iam', 'GenerateCredentialReport', [{ result: { State: 'STARTED' } }, { result: { State: 'COMPLETE' } }]);
    const csv = credentialReportCsv([
      { user: 'alice', arn: arn('alice'), password: { lastUsed: '2026-11-28T00:00:00+00:00' } },
      { user: 'bob', arn: arn('bob'), keys: [{ active: true, lastUsed: '2025-01-01T00:00:00+00:00', lastRotated: '2024-01-01T00:00:00+00:00' }] },
    ]);
    fake.on('iam', 'GetCredentialReport', { result: { Content: Buffer.from(csv).toString('base64'), ReportFormat: 'text/csv', GeneratedTime: '2026-12-01T00:00:00Z' } });
    const waits: number[] = [];
    const inventory = await readLiveInventory(options({ regions: ['eu-west-1', 'us-east-1'], types: ['AWS::IAM::User'], sleep: async (ms) => void waits.push(ms) }));
    assert.deepEqual(inventory.problems, []);
    assert.equal(waits.length, 1);
    // IAM is global: read once, into the account's global document.
    assert.deepEqual(inventory.documents.map((document) => document.file), [`aws://${ACCOUNT}/global`]);
    assert.deepEqual(fake.calls('ListResources', 'cloudcontrolapi').map(regionOf), ['eu-west-1', 'eu-west-1']);
    const [document] = inventory.documents;
    assert.ok(document);
    const results = evaluate(document, ['IAM_USER_UNUSED_CREDENTIALS_CHECK']);
    assert.deepEqual(results.map((result) => [result.resource.id, result.status]), [['alice', 'COMPLIANT'], ['bob', 'NON_COMPLIANT'], ['carol', 'INSUFFICIENT_DATA']]);

    // Neither the report nor the per-user APIs readable: unknown usage and a warning, never a pass.
    fake.on('iam', 'GenerateCredentialReport', { error: { code: 'AccessDenied', message: 'not allowed', status: 403 } });
    fake.on('iam', 'ListUsers', { error: { code: 'AccessDenied', message: 'not allowed', status: 403 } });
    const denied = await readLiveInventory(options({ types: ['AWS::IAM::User'] }));
    assert.deepEqual(denied.problems.map((problem) => [problem.level, problem.message]), [['warning', 'IAM credential usage: access denied (AccessDenied)']]);
    assert.deepEqual(evaluate(denied.documents[0] as NonNullable<typeof document>, ['IAM_USER_UNUSED_CREDENTIALS_CHECK']).map((result) => result.status), ['INSUFFICIENT_DATA', 'INSUFFICIENT_DATA', 'INSUFFICIENT_DATA']);
  });

  describe('readLiveResource (re-reading one resource, e.g. after a remediation)', () => {
    beforeEach(() =>
      account({
        regions: {
          'eu-west-1': {
            vpcs: [{ id: 'vpc-1' }, { id: 'vpc-2' }],
            flowLogs: [{ id: 'fl-1', resourceId: 'vpc-1' }, { id: 'fl-2', resourceId: 'vpc-2' }, { id: 'fl-3', resourceId: 'vpc-2', trafficType: 'REJECT' }],
            securityGroups: [{ id: 'sg-1', name: 'web', ingress: [{ protocol: 'tcp', from: 22, to: 22, cidrV6: '::/0' }] }],
            buckets: [{ name: 'b1', sse: 'aws:kms', kmsKeyId: 'k' }],
            queues: [{ name: 'q1', attributes: { SqsManagedSseEnabled: 'true' } }],
            cloudControl: { 'AWS::EFS::FileSystem': [{ identifier: 'fs-1', properties: { FileSystemId: 'fs-1', Encrypted: false } }] },
          },
        },
      }),
    );

    it('a VPC comes with the flow logs that target it (DescribeFlowLogs filtered by resource-id)', async () => {
      const read = await readLiveResource('AWS::EC2::VPC', 'vpc-2', { region: 'eu-west-1', ...fast });
      assert.deepEqual(read.problems, []);
      assert.equal(read.resource?.id, 'vpc-2');
      assert.deepEqual(read.document.graph.resources.map((resource) => resource.id), ['vpc-2', 'fl-2', 'fl-3']);
      const [filtered] = fake.calls('DescribeFlowLogs', 'ec2');
      assert.equal(filtered?.params['Filter.1.Name'], 'resource-id');
      assert.equal(filtered?.params['Filter.1.Value.1'], 'vpc-2');
      assert.equal(evaluate(read.document, ['VPC_FLOW_LOGS_ENABLED'])[0]?.status, 'COMPLIANT');
    });

    it('a security group with its rules, a bucket, a queue, and a Cloud Control type', async () => {
      const group = await readLiveResource('AWS::EC2::SecurityGroup', 'sg-1', { region: 'eu-west-1', ...fast });
      assert.deepEqual(group.resource?.properties.SecurityGroupIngress, [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIpv6: '::/0' }]);
      assert.equal(evaluate(group.document, ['INCOMING_SSH_DISABLED'])[0]?.status, 'NON_COMPLIANT');
      const bucket = await readLiveResource('AWS::S3::Bucket', 'b1', { region: 'eu-west-1', ...fast });
      assert.equal(evaluate(bucket.document, ['S3_DEFAULT_ENCRYPTION_KMS'])[0]?.status, 'COMPLIANT');
      const queue = await readLiveResource('AWS::SQS::Queue', queueUrl('eu-west-1', ACCOUNT, 'q1'), { region: 'eu-west-1', ...fast });
      assert.equal(queue.resource?.properties.SqsManagedSseEnabled, true);
      const fileSystem = await readLiveResource('AWS::EFS::FileSystem', 'fs-1', { region: 'eu-west-1', ...fast });
      assert.equal(evaluate(fileSystem.document, ['EFS_ENCRYPTED_CHECK'])[0]?.status, 'NON_COMPLIANT');
    });

    it('a resource that does not exist (any more) is absent, without a problem', async () => {
      for (const [type, id] of [['AWS::EC2::VPC', 'vpc-gone'], ['AWS::EC2::SecurityGroup', 'sg-gone'], ['AWS::S3::Bucket', 'gone'], ['AWS::SQS::Queue', queueUrl('eu-west-1', ACCOUNT, 'gone')], ['AWS::EFS::FileSystem', 'fs-gone']] as const) {
        const read = await readLiveResource(type, id, { region: 'eu-west-1', ...fast });
        assert.equal(read.resource, undefined, `${type} ${id}`);
        assert.deepEqual(read.problems, [], `${type} ${id}`);
      }
    });
  });
});
