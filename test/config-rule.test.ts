import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createClients } from '../src/gates/config-rule/aws.js';
import { cutAnnotation, handleConfigEvent, type ConfigRuleDeps } from '../src/gates/config-rule/handler.js';
import { buildConfigEvent } from '../src/gates/config-rule/testing.js';
import { bucketItem, buildConfigurationItem, credentialReportCsv, ipPermission, securityGroupItem, sseConfiguration } from '../src/rules/config-fixtures.js';
import { CORPORA } from './support/corpora.js';
import { startFakeAws, type FakeAws } from './support/fake-aws.js';

const EXAMPLE_CI = join(CORPORA, 'config-rdk-example-ci', 'rdk', 'template', 'example_ci');
const exampleItem = (name: string) => JSON.parse(readFileSync(join(EXAMPLE_CI, `${name}.json`), 'utf8')) as Record<string, unknown>;

/** An API-form item as the awsJson wire carries it: timestamps are epoch seconds. */
function wire(item: Record<string, unknown>): Record<string, unknown> {
  const seconds = (value: unknown) => (typeof value === 'string' ? Date.parse(value) / 1000 : value);
  return { ...item, configurationItemCaptureTime: seconds(item.configurationItemCaptureTime), resourceCreationTime: seconds(item.resourceCreationTime) };
}

const RULE_ARN = 'arn:aws:config:us-east-1:123456789012:config-rule/config-rule-0123456';

describe('Config rule handler (SDK v3 against a fake AWS on 127.0.0.1)', () => {
  let fake: FakeAws;
  let restore: () => void;
  const sleeps: number[] = [];
  // The SDK's own retries off: throttling and FailedEvaluations are retried by the handler, with an injected backoff.
  let clients: Awaited<ReturnType<typeof createClients>>;
  const deps = (extra: Partial<ConfigRuleDeps> = {}): ConfigRuleDeps => ({
    clients,
    backoff: { sleep: async (ms) => void sleeps.push(ms), random: () => 1, baseMs: 100 },
    ...extra,
  });
  const putBodies = () => fake.calls('PutEvaluations', 'config').map((request) => request.body as { Evaluations: Record<string, unknown>[]; ResultToken: string; TestMode?: boolean });

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
    sleeps.length = 0;
    fake.on('config', 'PutEvaluations', { json: { FailedEvaluations: [] } });
  });

  it('change notification: an instance (RDK example item) whose security group Config does not hold is described through EC2', async () => {
    fake.on('config', 'BatchGetResourceConfig', { json: { baseConfigurationItems: [], unprocessedResourceKeys: [] } });
    fake.on('ec2', 'DescribeSecurityGroups', {
      result: {
        securityGroupInfo: {
          item: [{ ownerId: '681361479661', groupId: 'sg-fd215482', groupName: 'launch-wizard-2', groupDescription: 'wizard', vpcId: 'vpc-79b3ea1e', ipPermissions: { item: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipRanges: { item: [{ cidrIp: '0.0.0.0/0' }] } }] } }],
        },
      },
    });
    const event = buildConfigEvent({ item: exampleItem('AWS_EC2_Instance'), configRuleArn: RULE_ARN, resultToken: 'token-1' });
    const result = await handleConfigEvent(event, deps({ ruleId: 'EC2_INSTANCE_NO_EXPOSED_PORTS' }));
    assert.equal(result.evaluations[0]?.status, 'NON_COMPLIANT');
    const batch = fake.calls('BatchGetResourceConfig')[0]?.body;
    assert.deepEqual(batch, { resourceKeys: [{ resourceType: 'AWS::EC2::SecurityGroup', resourceId: 'sg-fd215482' }] });
    assert.equal(fake.calls('DescribeSecurityGroups', 'ec2')[0]?.params['GroupId.1'], 'sg-fd215482');
    const [body] = putBodies();
    assert.equal(body?.ResultToken, 'token-1');
    assert.equal(body?.TestMode, undefined);
    assert.deepEqual(body?.Evaluations.map(({ Annotation: _annotation, ...rest }) => rest), [
      // §C.1: ordered by the item's capture time (epoch seconds on the awsJson wire).
      { ComplianceResourceType: 'AWS::EC2::Instance', ComplianceResourceId: 'i-03402838daac1d611', ComplianceType: 'NON_COMPLIANT', OrderingTimestamp: Date.parse('2017-04-05T22:23:11.677Z') / 1000 },
    ]);
    assert.match(String(body?.Evaluations[0]?.Annotation), /sg-fd215482/);
  });

  it('change notification: a security group Config does hold comes from BatchGetResourceConfig (API form, JSON-string configuration)', async () => {
    const group = buildConfigurationItem('AWS::EC2::SecurityGroup', { groupId: 'sg-fd215482', groupName: 'web', ipPermissions: [{ ipProtocol: 'tcp', fromPort: 443, toPort: 443, ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }], ipRanges: ['0.0.0.0/0'] }] }, { form: 'api' });
    fake.on('config', 'BatchGetResourceConfig', { json: { baseConfigurationItems: [wire(group)], unprocessedResourceKeys: [] } });
    await handleConfigEvent(buildConfigEvent({ item: exampleItem('AWS_EC2_Instance') }), deps({ ruleId: 'EC2_INSTANCE_NO_EXPOSED_PORTS' }));
    assert.equal(fake.calls('DescribeSecurityGroups').length, 0);
    assert.equal(putBodies()[0]?.Evaluations[0]?.ComplianceType, 'COMPLIANT');
  });

  it('oversized notification: the item is fetched with GetResourceConfigHistory (laterTime = capture time, limit 1)', async () => {
    const bucket = buildConfigurationItem('AWS::S3::Bucket', { name: 'logs-bucket' }, {
      form: 'api',
      supplementaryConfiguration: { BucketLoggingConfiguration: { destinationBucketName: 'central-logs', logFilePrefix: 'logs-bucket/' }, IsRequesterPaysEnabled: false },
    });
    fake.on('config', 'GetResourceConfigHistory', { json: { configurationItems: [wire(bucket)] } });
    const event = buildConfigEvent({ messageType: 'OversizedConfigurationItemChangeNotification', item: buildConfigurationItem('AWS::S3::Bucket', { name: 'logs-bucket' }, { captureTime: '2026-12-01T10:00:00.000Z' }) });
    await handleConfigEvent(event, deps({ ruleId: 'S3_BUCKET_LOGGING_ENABLED' }));
    assert.deepEqual(fake.calls('GetResourceConfigHistory')[0]?.body, { resourceType: 'AWS::S3::Bucket', resourceId: 'logs-bucket', laterTime: Date.parse('2026-12-01T10:00:00.000Z') / 1000, limit: 1 });
    const evaluation = putBodies()[0]?.Evaluations[0];
    assert.equal(evaluation?.ComplianceType, 'COMPLIANT');
    assert.equal(evaluation?.OrderingTimestamp, Date.parse('2026-11-30T12:00:00.000Z') / 1000);
  });

  it('eventLeftScope and deleted resources give NOT_APPLICABLE; TESTMODE sets TestMode', async () => {
    const item = buildConfigurationItem('AWS::S3::Bucket', { name: 'b' }, { supplementaryConfiguration: { IsRequesterPaysEnabled: false } });
    await handleConfigEvent(buildConfigEvent({ item, eventLeftScope: true }), deps({ ruleId: 'S3_BUCKET_LOGGING_ENABLED' }));
    await handleConfigEvent(buildConfigEvent({ item: buildConfigurationItem('AWS::S3::Bucket', null, { resourceId: 'gone', status: 'ResourceDeleted' }), resultToken: 'TESTMODE' }), deps({ ruleId: 'S3_BUCKET_LOGGING_ENABLED' }));
    const [left, deleted] = putBodies();
    assert.deepEqual(left?.Evaluations, [{ ComplianceResourceType: 'AWS::S3::Bucket', ComplianceResourceId: 'b', ComplianceType: 'NOT_APPLICABLE', OrderingTimestamp: Date.parse('2026-11-30T12:00:00.000Z') / 1000 }]);
    assert.equal(deleted?.Evaluations[0]?.ComplianceType, 'NOT_APPLICABLE');
    assert.equal(deleted?.TestMode, true);
    assert.equal(deleted?.ResultToken, 'TESTMODE');
  });

  it('throttling and FailedEvaluations are retried with backoff: only the failed evaluations are sent again', async () => {
    const items = ['a', 'b', 'c'].map((name) => buildConfigurationItem('AWS::S3::Bucket', { name }, { supplementaryConfiguration: { IsRequesterPaysEnabled: false } }));
    fake.on('config', 'ListDiscoveredResources', { json: { resourceIdentifiers: items.map((item) => ({ resourceType: 'AWS::S3::Bucket', resourceId: item.resourceId })) } });
    fake.on('config', 'BatchGetResourceConfig', { json: { baseConfigurationItems: items.map((item) => wire(buildConfigurationItem('AWS::S3::Bucket', { name: item.resourceId }, { form: 'api', supplementaryConfiguration: { IsRequesterPaysEnabled: false } }))) } });
    fake.on('config', 'GetComplianceDetailsByConfigRule', { json: { EvaluationResults: [] } });
    fake.sequence('config', 'PutEvaluations', [
      { error: { code: 'ThrottlingException', message: 'Rate exceeded' } },
      (request) => ({ json: { FailedEvaluations: (request.body as { Evaluations: unknown[] }).Evaluations.slice(1, 2) } }),
      { json: { FailedEvaluations: [] } },
    ]);
    await handleConfigEvent(buildConfigEvent({ messageType: 'ScheduledNotification', configRuleName: 'logging' }), deps({ ruleId: 'S3_BUCKET_LOGGING_ENABLED' }));
    const bodies = putBodies();
    assert.equal(bodies.length, 3);
    assert.deepEqual(bodies[0]?.Evaluations.map((evaluation) => evaluation.ComplianceResourceId), ['a', 'b', 'c']);
    assert.deepEqual(bodies[1], bodies[0]);
    assert.deepEqual(bodies[2]?.Evaluations.map((evaluation) => evaluation.ComplianceResourceId), ['b']);
    assert.deepEqual(sleeps, [100, 100]);
  });

  it('gives up with an error when evaluations keep failing', async () => {
    fake.on('config', 'PutEvaluations', (request) => ({ json: { FailedEvaluations: (request.body as { Evaluations: unknown[] }).Evaluations } }));
    const item = buildConfigurationItem('AWS::S3::Bucket', { name: 'b' }, { supplementaryConfiguration: { IsRequesterPaysEnabled: false } });
    await assert.rejects(handleConfigEvent(buildConfigEvent({ item }), deps({ ruleId: 'S3_BUCKET_LOGGING_ENABLED', backoff: { attempts: 3, sleep: async () => {} } })), /kept failing for 1 evaluation\(s\): AWS::S3::Bucket b/);
    assert.equal(putBodies().length, 3);
  });

  it('scheduled ElastiCache: describe APIs paginated with Marker, batches of 100, stale evaluations reset', async () => {
    const group = (index: number) => ({ ReplicationGroupId: `rg-${index}`, Description: 'cache', Status: 'available', AtRestEncryptionEnabled: index % 2 === 0, TransitEncryptionEnabled: true, ARN: `arn:aws:elasticache:us-east-1:123456789012:replicationgroup:rg-${index}` });
    fake.on('elasticache', 'DescribeReplicationGroups', (request) => {
      const page = request.params.Marker === undefined ? 0 : Number(request.params.Marker);
      const groups = Array.from({ length: 60 }, (_, offset) => group(page * 60 + offset));
      return { result: { ...(page < 1 ? { Marker: '1' } : {}), ReplicationGroups: { ReplicationGroup: groups } } };
    });
    fake.sequence('config', 'GetComplianceDetailsByConfigRule', [
      { json: { EvaluationResults: [qualifier('rg-0', 'COMPLIANT'), qualifier('rg-gone', 'NON_COMPLIANT')], NextToken: 'p2' } },
      { json: { EvaluationResults: [qualifier('rg-old', 'NOT_APPLICABLE'), qualifier('rg-also-gone', 'COMPLIANT')] } },
    ]);
    const event = buildConfigEvent({ messageType: 'ScheduledNotification', notificationCreationTime: '2026-12-01T06:00:00.000Z', configRuleName: 'cache-encryption', ruleParameters: { toseiRule: 'ELASTICACHE_REPL_GRP_ENCRYPTED_AT_REST' } });
    const result = await handleConfigEvent(event, deps({ ruleId: 'S3_BUCKET_LOGGING_ENABLED' }));
    assert.equal(result.ruleId, 'ELASTICACHE_REPL_GRP_ENCRYPTED_AT_REST', 'toseiRule overrides TOSEI_RULE');
    assert.deepEqual(fake.calls('DescribeReplicationGroups').map((request) => request.params.Marker), [undefined, '1']);
    assert.deepEqual(fake.calls('GetComplianceDetailsByConfigRule').map((request) => request.body), [{ ConfigRuleName: 'cache-encryption', Limit: 100 }, { ConfigRuleName: 'cache-encryption', NextToken: 'p2', Limit: 100 }]);
    const bodies = putBodies();
    assert.deepEqual(bodies.map((body) => body.Evaluations.length), [100, 22]);
    const all = bodies.flatMap((body) => body.Evaluations);
    assert.ok(all.every((evaluation) => evaluation.OrderingTimestamp === Date.parse('2026-12-01T06:00:00.000Z') / 1000));
    assert.equal(all.filter((evaluation) => evaluation.ComplianceType === 'COMPLIANT').length, 60);
    assert.equal(all.filter((evaluation) => evaluation.ComplianceType === 'NON_COMPLIANT').length, 60);
    assert.deepEqual(all.slice(120), [
      { ComplianceResourceType: 'AWS::ElastiCache::ReplicationGroup', ComplianceResourceId: 'rg-gone', ComplianceType: 'NOT_APPLICABLE', Annotation: 'The resource no longer exists.', OrderingTimestamp: Date.parse('2026-12-01T06:00:00.000Z') / 1000 },
      { ComplianceResourceType: 'AWS::ElastiCache::ReplicationGroup', ComplianceResourceId: 'rg-also-gone', ComplianceType: 'NOT_APPLICABLE', Annotation: 'The resource no longer exists.', OrderingTimestamp: Date.parse('2026-12-01T06:00:00.000Z') / 1000 },
    ]);
  });

  it('scheduled stand-alone Redis clusters: members of replication groups are left to the replication group rule', async () => {
    fake.sequence('elasticache', 'DescribeCacheClusters', [
      { result: { Marker: 'next', CacheClusters: { CacheCluster: [{ CacheClusterId: 'solo', Engine: 'redis', AtRestEncryptionEnabled: false }, { CacheClusterId: 'rg-1-001', Engine: 'redis', ReplicationGroupId: 'rg-1', AtRestEncryptionEnabled: true }] } } },
      { result: { CacheClusters: { CacheCluster: [{ CacheClusterId: 'solo-encrypted', Engine: 'valkey', AtRestEncryptionEnabled: true }] } } },
    ]);
    fake.on('config', 'GetComplianceDetailsByConfigRule', { json: { EvaluationResults: [] } });
    await handleConfigEvent(buildConfigEvent({ messageType: 'ScheduledNotification', configRuleName: 'redis' }), deps({ ruleId: 'ELASTICACHE_REDIS_CLUSTER_ENCRYPTED_AT_REST' }));
    assert.deepEqual(fake.calls('DescribeCacheClusters').map((request) => request.params.Marker), [undefined, 'next']);
    assert.deepEqual(putBodies()[0]?.Evaluations.map((evaluation) => [evaluation.ComplianceResourceId, evaluation.ComplianceType]), [['solo', 'NON_COMPLIANT'], ['solo-encrypted', 'COMPLIANT']]);
  });

  it('scheduled IAM users: Config lists them (paginated), the credential report says how they use their credentials', async () => {
    const users = ['alice', 'bob', 'carol'].map((name) => buildConfigurationItem('AWS::IAM::User', { userName: name, userId: `AIDA${name.toUpperCase()}`, path: '/', userPolicyList: [], attachedManagedPolicies: [] }, { resourceId: `AIDA${name.toUpperCase()}`, resourceName: name, form: 'api' })).map(wire);
    fake.sequence('config', 'ListDiscoveredResources', [
      { error: { code: 'ThrottlingException', message: 'Rate exceeded' } },
      { json: { resourceIdentifiers: users.slice(0, 2).map((user) => ({ resourceType: 'AWS::IAM::User', resourceId: user.resourceId, resourceName: user.resourceName })), nextToken: 'n2' } },
      { json: { resourceIdentifiers: [{ resourceType: 'AWS::IAM::User', resourceId: 'AIDACAROL' }, { resourceType: 'AWS::IAM::User', resourceId: 'AIDADELETED', resourceDeletionTime: 1764000000 }] } },
    ]);
    fake.on('config', 'BatchGetResourceConfig', (request) => {
      const keys = (request.body as { resourceKeys: { resourceId: string }[] }).resourceKeys;
      // First answer leaves one key unprocessed: it is asked again.
      const unprocessed = fake.calls('BatchGetResourceConfig').length === 1 ? keys.slice(2) : [];
      return { json: { baseConfigurationItems: users.filter((user) => keys.some((key) => key.resourceId === user.resourceId) && !unprocessed.some((key) => key.resourceId === user.resourceId)), unprocessedResourceKeys: unprocessed.map((key) => ({ resourceType: 'AWS::IAM::User', resourceId: key.resourceId })) } };
    });
    fake.sequence('iam', 'GenerateCredentialReport', [{ result: { State: 'STARTED' } }, { result: { State: 'COMPLETE' } }]);
    const csv = credentialReportCsv([
      { user: 'alice', password: { lastUsed: '2026-11-28T00:00:00+00:00' } },
      { user: 'bob', keys: [{ active: true, lastUsed: '2026-01-01T00:00:00+00:00', lastRotated: '2025-01-01T00:00:00+00:00' }] },
      { user: 'carol' },
    ]);
    fake.on('iam', 'GetCredentialReport', { result: { Content: Buffer.from(csv).toString('base64'), ReportFormat: 'text/csv', GeneratedTime: '2026-12-01T00:00:00Z' } });
    fake.on('config', 'GetComplianceDetailsByConfigRule', { json: { EvaluationResults: [] } });
    const result = await handleConfigEvent(buildConfigEvent({ messageType: 'ScheduledNotification', configRuleName: 'unused' }), deps({ ruleId: 'IAM_USER_UNUSED_CREDENTIALS_CHECK' }));
    // The first page was throttled once and asked again.
    assert.deepEqual(fake.calls('ListDiscoveredResources').map((request) => request.body), [{ resourceType: 'AWS::IAM::User' }, { resourceType: 'AWS::IAM::User' }, { resourceType: 'AWS::IAM::User', nextToken: 'n2' }]);
    assert.deepEqual(fake.calls('BatchGetResourceConfig').map((request) => (request.body as { resourceKeys: unknown[] }).resourceKeys.length), [3, 1]);
    assert.equal(fake.calls('GenerateCredentialReport').length, 2);
    assert.deepEqual(result.evaluations.map((evaluation) => [evaluation.resource.id, evaluation.status]), [['AIDAALICE', 'COMPLIANT'], ['AIDABOB', 'NON_COMPLIANT'], ['AIDACAROL', 'COMPLIANT']]);
    assert.deepEqual(putBodies()[0]?.Evaluations.map((evaluation) => [evaluation.ComplianceResourceType, evaluation.ComplianceResourceId, evaluation.ComplianceType]), [
      ['AWS::IAM::User', 'AIDAALICE', 'COMPLIANT'], ['AWS::IAM::User', 'AIDABOB', 'NON_COMPLIANT'], ['AWS::IAM::User', 'AIDACAROL', 'COMPLIANT'],
    ]);
  });

  it('without a credential report (access denied), usage comes from GetUser, GetLoginProfile, ListAccessKeys and GetAccessKeyLastUsed', async () => {
    fake.on('iam', 'GenerateCredentialReport', { error: { code: 'AccessDenied', message: 'not allowed', status: 403 } });
    fake.on('iam', 'GetUser', { result: { User: { UserName: 'dave', UserId: 'AIDADAVE', Arn: 'arn:aws:iam::123456789012:user/dave', Path: '/', CreateDate: '2025-01-01T00:00:00Z', PasswordLastUsed: '2026-11-30T00:00:00Z' } } });
    fake.on('iam', 'GetLoginProfile', { result: { LoginProfile: { UserName: 'dave', CreateDate: '2025-01-01T00:00:00Z' } } });
    fake.on('iam', 'ListAccessKeys', { result: { AccessKeyMetadata: { member: [{ UserName: 'dave', AccessKeyId: 'AKIAOLD', Status: 'Active', CreateDate: '2025-01-01T00:00:00Z' }] }, IsTruncated: false } });
    fake.on('iam', 'GetAccessKeyLastUsed', { result: { UserName: 'dave', AccessKeyLastUsed: { LastUsedDate: '2025-02-01T00:00:00Z', ServiceName: 's3', Region: 'us-east-1' } } });
    const item = buildConfigurationItem('AWS::IAM::User', { userName: 'dave', userId: 'AIDADAVE', path: '/', userPolicyList: [], attachedManagedPolicies: [] }, { resourceId: 'AIDADAVE', resourceName: 'dave' });
    const result = await handleConfigEvent(buildConfigEvent({ item, ruleParameters: { maxCredentialUsageAge: '300' } }), deps({ ruleId: 'IAM_USER_UNUSED_CREDENTIALS_CHECK', now: () => new Date('2026-12-01T00:00:00Z') }));
    assert.deepEqual(fake.calls('GetUser').map((request) => request.params.UserName), ['dave']);
    assert.equal(fake.calls('GetAccessKeyLastUsed')[0]?.params.AccessKeyId, 'AKIAOLD');
    assert.equal(result.evaluations[0]?.status, 'NON_COMPLIANT');
    assert.equal(result.evaluations[0]?.message, 'Active access key 1 of user AIDADAVE was last used 668 days ago, more than 300 days.');
  });

  it('rules measure dates from the handler\'s clock, not from the item\'s capture time', async () => {
    const arn = 'arn:aws:acm:us-east-1:123456789012:certificate/aaa111a1-1aaa-1aa1-1aaa-aaa1a11aa111';
    const item = buildConfigurationItem('AWS::ACM::Certificate', { certificateArn: arn, domainName: 'www.example.com', status: 'ISSUED', type: 'IMPORTED', notAfter: '2026-12-20T00:00:00.000Z' }, { resourceId: arn, ARN: arn, captureTime: '2025-01-01T00:00:00.000Z' });
    const at = async (now: string) => (await handleConfigEvent(buildConfigEvent({ item }), deps({ ruleId: 'ACM_CERTIFICATE_EXPIRATION_CHECK', now: () => new Date(now) }))).evaluations[0];
    assert.equal((await at('2026-11-01T00:00:00Z'))?.status, 'COMPLIANT');
    const late = await at('2026-12-10T00:00:00Z');
    assert.equal(late?.status, 'NON_COMPLIANT');
    assert.match(late?.message ?? '', /in 10 days/);
  });

  it('cross-account: acts as executionRoleArn through STS AssumeRole', async () => {
    fake.on('sts', 'AssumeRole', { result: { Credentials: { AccessKeyId: 'ASIAASSUMED', SecretAccessKey: 'secret', SessionToken: 'session', Expiration: '2030-01-01T00:00:00Z' }, AssumedRoleUser: { AssumedRoleId: 'AROA:tosei', Arn: 'arn:aws:sts::210987654321:assumed-role/config/tosei' } } });
    const item = buildConfigurationItem('AWS::S3::Bucket', { name: 'b' }, { supplementaryConfiguration: { IsRequesterPaysEnabled: false } });
    await handleConfigEvent(buildConfigEvent({ item, executionRoleArn: 'arn:aws:iam::210987654321:role/config' }), { ...deps({ ruleId: 'S3_BUCKET_LOGGING_ENABLED', assumeExecutionRole: true }), clients: undefined, clientOptions: { maxAttempts: 1 } });
    assert.deepEqual(fake.calls('AssumeRole', 'sts')[0]?.params.RoleArn, 'arn:aws:iam::210987654321:role/config');
    const put = fake.calls('PutEvaluations', 'config')[0];
    assert.match(String(put?.headers.authorization), /Credential=ASIAASSUMED\//);
    assert.equal(put?.headers['x-amz-security-token'], 'session');
  });

  it('change-aware rules compare with the item before the change, rebuilt from configurationItemDiff', async () => {
    const item = bucketItem('data', { ServerSideEncryptionConfiguration: sseConfiguration('AES256') });
    const diff = {
      changeType: 'UPDATE',
      changedProperties: {
        'SupplementaryConfiguration.ServerSideEncryptionConfiguration': { previousValue: sseConfiguration('aws:kms', 'arn:aws:kms:us-east-1:123456789012:key/k'), updatedValue: sseConfiguration('AES256'), changeType: 'UPDATE' },
        'Configuration.CreationDate': { previousValue: '2026-01-01T00:00:00.000Z', updatedValue: '2026-01-15T09:30:00.000Z', changeType: 'UPDATE' },
      },
    };
    const result = await handleConfigEvent(buildConfigEvent({ item, configurationItemDiff: diff }), deps({ ruleId: 'S3_ENCRYPTION_ALGORITHM_UNCHANGED' }));
    assert.equal(result.evaluations[0]?.status, 'NON_COMPLIANT');
    assert.match(result.evaluations[0]?.message ?? '', /from aws:kms to AES256/);
    const first = await handleConfigEvent(buildConfigEvent({ item }), deps({ ruleId: 'S3_ENCRYPTION_ALGORITHM_UNCHANGED' }));
    assert.equal(first.evaluations[0]?.status, 'NOT_APPLICABLE');
  });

  it('an INSUFFICIENT_DATA verdict is put as NOT_APPLICABLE with an annotation saying so; the seam sees the real status', async () => {
    const seen: string[] = [];
    const item = buildConfigurationItem('AWS::EC2::Volume', { volumeId: 'vol-unrecorded', size: 8 });
    await handleConfigEvent(buildConfigEvent({ item }), deps({ ruleId: 'ENCRYPTED_VOLUMES', onEvaluations: (result) => void seen.push(...result.evaluations.map((evaluation) => evaluation.status)) }));
    assert.deepEqual(seen, ['INSUFFICIENT_DATA']);
    const evaluation = putBodies()[0]?.Evaluations[0];
    assert.equal(evaluation?.ComplianceType, 'NOT_APPLICABLE');
    assert.match(String(evaluation?.Annotation), /^Insufficient data: Whether EBS volume vol-unrecorded is encrypted is not known/);
  });

  it('the Lambda entry point takes the rule from TOSEI_RULE', async () => {
    const { handler } = await import('../src/gates/config-rule/lambda.js');
    process.env.TOSEI_RULE = 'INCOMING_SSH_DISABLED';
    try {
      const output = await handler(buildConfigEvent({ item: securityGroupItem('sg-1d56fc66', [ipPermission('tcp', 22, 22)]) }));
      assert.deepEqual(output, { ruleId: 'INCOMING_SSH_DISABLED', evaluations: 1 });
    } finally {
      delete process.env.TOSEI_RULE;
    }
    assert.equal(putBodies()[0]?.Evaluations[0]?.ComplianceType, 'NON_COMPLIANT');
  });

  it('a user\'s groups are fetched from Config (BatchGetResourceConfig) to tell whether it has a policy through them', async () => {
    const group = buildConfigurationItem('AWS::IAM::Group', { path: '/', groupName: 'MyTestGroup', groupId: 'AGPAJNIBGFRSRIKL7VAD6', arn: 'arn:aws:iam::123456789012:group/MyTestGroup', groupPolicyList: [], attachedManagedPolicies: [{ policyName: 'AdministratorAccess', policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }] }, { resourceId: 'AGPAJNIBGFRSRIKL7VAD6', resourceName: 'MyTestGroup', form: 'api' });
    fake.on('config', 'BatchGetResourceConfig', { json: { baseConfigurationItems: [wire(group)], unprocessedResourceKeys: [] } });
    const user = buildConfigurationItem('AWS::IAM::User', { path: '/', userName: 'johndoe', userId: 'AIDAILEDWOGIPJFAKOJKW', userPolicyList: [], groupList: ['MyTestGroup'], attachedManagedPolicies: [] }, { resourceId: 'AIDAILEDWOGIPJFAKOJKW', resourceName: 'johndoe', relationships: [['AWS::IAM::Group', 'AGPAJNIBGFRSRIKL7VAD6', 'Is attached to Group', 'MyTestGroup']] });
    const result = await handleConfigEvent(buildConfigEvent({ item: user }), deps({ ruleId: 'IAM_USER_HAS_POLICY' }));
    assert.deepEqual(fake.calls('BatchGetResourceConfig')[0]?.body, { resourceKeys: [{ resourceType: 'AWS::IAM::Group', resourceId: 'AGPAJNIBGFRSRIKL7VAD6' }] });
    assert.equal(result.evaluations[0]?.status, 'COMPLIANT');
    assert.match(result.evaluations[0]?.message ?? '', /AdministratorAccess through group AGPAJNIBGFRSRIKL7VAD6/);
  });

  it('the esbuild Lambda bundle (scripts/bundle.mjs) runs an event the same way', async () => {
    const { bundleLambdas } = (await import('../scripts/bundle.mjs' as string)) as { bundleLambdas: (options: { outDir: string; only: string[] }) => Promise<{ outfile: string }[]> };
    // Inside the repository, so the external @aws-sdk packages resolve from node_modules as the Lambda runtime provides them.
    mkdirSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'), { recursive: true });
    const outDir = mkdtempSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'test-lambda-'));
    after(() => rmSync(outDir, { recursive: true, force: true }));
    const [built] = await bundleLambdas({ outDir, only: ['config-rule'] });
    const { handler } = (await import(pathToFileURL(built?.outfile ?? '').href)) as { handler: (event: unknown) => Promise<unknown> };
    process.env.TOSEI_RULE = 'INCOMING_SSH_DISABLED';
    try {
      assert.deepEqual(await handler(buildConfigEvent({ item: securityGroupItem('sg-1d56fc66', [ipPermission('tcp', 22, 22)]) })), { ruleId: 'INCOMING_SSH_DISABLED', evaluations: 1 });
    } finally {
      delete process.env.TOSEI_RULE;
    }
    assert.equal(putBodies()[0]?.Evaluations[0]?.ComplianceType, 'NON_COMPLIANT');
  });

  it('cuts annotations to 256 characters as the RDK does', () => {
    assert.equal(cutAnnotation('x'.repeat(256)), 'x'.repeat(256));
    const cut = cutAnnotation('y'.repeat(300));
    assert.equal(cut.length, 256);
    assert.ok(cut.endsWith(' [truncated]'));
  });

  it('rejects a malformed event with a clear error', async () => {
    await assert.rejects(handleConfigEvent({ resultToken: 't', invokingEvent: '{not json' }, deps({ ruleId: 'S3_BUCKET_LOGGING_ENABLED' })), /invokingEvent is not valid JSON/);
    await assert.rejects(handleConfigEvent(buildConfigEvent({ messageType: 'ScheduledNotification' }), deps({})), /no rule to run/);
    await assert.rejects(handleConfigEvent(buildConfigEvent({ messageType: 'ScheduledNotification', ruleParameters: { nope: '1' } }), deps({ ruleId: 'S3_BUCKET_LOGGING_ENABLED' })), /has no parameter "nope"/);
  });
});

function qualifier(id: string, complianceType: string) {
  return { EvaluationResultIdentifier: { EvaluationResultQualifier: { ConfigRuleName: 'cache-encryption', ResourceType: 'AWS::ElastiCache::ReplicationGroup', ResourceId: id } }, ComplianceType: complianceType, ResultRecordedTime: 1764000000, ConfigRuleInvokedTime: 1764000000 };
}
