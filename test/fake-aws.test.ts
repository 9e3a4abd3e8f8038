import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ConfigServiceClient, PutEvaluationsCommand } from '@aws-sdk/client-config-service';
import { DescribeSecurityGroupsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { DescribeReplicationGroupsCommand, ElastiCacheClient } from '@aws-sdk/client-elasticache';
import { GetUserCommand, IAMClient, ListUsersCommand } from '@aws-sdk/client-iam';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { listParam, startFakeAws, type FakeAws } from './support/fake-aws.js';

describe('fake AWS server (the SDK v3 against real wire protocols on 127.0.0.1)', () => {
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

  it('answers awsJson1_1 (Config) and records the request', async () => {
    fake.on('config', 'PutEvaluations', { json: { FailedEvaluations: [] } });
    const client = new ConfigServiceClient({});
    const output = await client.send(new PutEvaluationsCommand({ ResultToken: 't', Evaluations: [{ ComplianceResourceType: 'AWS::S3::Bucket', ComplianceResourceId: 'b', ComplianceType: 'COMPLIANT', OrderingTimestamp: new Date(1610514023319) }] }));
    assert.deepEqual(output.FailedEvaluations, []);
    const [call] = fake.calls('PutEvaluations', 'config');
    assert.equal(call?.headers['x-amz-target'], 'StarlingDoveService.PutEvaluations');
    assert.equal(call?.headers['content-type'], 'application/x-amz-json-1.1');
    assert.deepEqual(call?.body, { ResultToken: 't', Evaluations: [{ ComplianceResourceType: 'AWS::S3::Bucket', ComplianceResourceId: 'b', ComplianceType: 'COMPLIANT', OrderingTimestamp: 1610514023.319 }] });
  });

  it('answers awsJson errors with __type, which the SDK turns into a named exception', async () => {
    fake.on('config', 'PutEvaluations', { error: { code: 'InvalidResultTokenException', message: 'bad token' } });
    const client = new ConfigServiceClient({ maxAttempts: 1 });
    await assert.rejects(client.send(new PutEvaluationsCommand({ ResultToken: 'x' })), (error: Error) => error.name === 'InvalidResultTokenException' && error.message === 'bad token');
  });

  it('answers query/XML (IAM) with the result wrapper, and query errors', async () => {
    fake.sequence('iam', 'GetUser', [
      { error: { code: 'Throttling', message: 'Rate exceeded' } },
      { result: { User: { UserName: 'alice', UserId: 'AIDA1', Arn: 'arn:aws:iam::111122223333:user/alice', Path: '/', CreateDate: '2020-01-01T00:00:00Z', PasswordLastUsed: '2026-11-01T10:00:00Z' } } },
    ]);
    const failing = new IAMClient({ maxAttempts: 1 });
    await assert.rejects(failing.send(new GetUserCommand({ UserName: 'alice' })), (error: Error) => error.name === 'Throttling');
    const output = await failing.send(new GetUserCommand({ UserName: 'alice' }));
    assert.equal(output.User?.UserName, 'alice');
    assert.equal(output.User?.PasswordLastUsed?.toISOString(), '2026-11-01T10:00:00.000Z');
    assert.equal(fake.calls('GetUser', 'iam')[1]?.params.UserName, 'alice');
  });

  it('answers EC2 query with items and EC2-style errors', async () => {
    fake.on('ec2', 'DescribeSecurityGroups', (request) => ({
      result: { securityGroupInfo: { item: listParam(request.params, 'GroupId').map((id) => ({ groupId: id, groupName: `name-${id}`, ipPermissions: { item: [{ ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipRanges: { item: [{ cidrIp: '0.0.0.0/0' }] } }] } })) } },
    }));
    const client = new EC2Client({});
    const output = await client.send(new DescribeSecurityGroupsCommand({ GroupIds: ['sg-1', 'sg-2'] }));
    assert.deepEqual(output.SecurityGroups?.map((group) => group.GroupId), ['sg-1', 'sg-2']);
    assert.equal(output.SecurityGroups?.[0]?.IpPermissions?.[0]?.IpRanges?.[0]?.CidrIp, '0.0.0.0/0');
    fake.on('ec2', 'DescribeSecurityGroups', { error: { code: 'InvalidGroup.NotFound', message: 'no such group' } });
    await assert.rejects(client.send(new DescribeSecurityGroupsCommand({ GroupIds: ['sg-3'] })), (error: Error) => error.name === 'InvalidGroup.NotFound');
  });

  it('answers ElastiCache and STS query operations', async () => {
    fake.on('elasticache', 'DescribeReplicationGroups', { result: { Marker: 'm2', ReplicationGroups: { ReplicationGroup: [{ ReplicationGroupId: 'rg-1', AtRestEncryptionEnabled: true }] } } });
    const groups = await new ElastiCacheClient({}).send(new DescribeReplicationGroupsCommand({}));
    assert.equal(groups.Marker, 'm2');
    assert.deepEqual(groups.ReplicationGroups?.map((group) => [group.ReplicationGroupId, group.AtRestEncryptionEnabled]), [['rg-1', true]]);
    fake.on('sts', 'AssumeRole', { result: { Credentials: { AccessKeyId: 'ASIA1', SecretAccessKey: 's', SessionToken: 'tok', Expiration: '2030-01-01T00:00:00Z' }, AssumedRoleUser: { Arn: 'arn:aws:sts::1:assumed-role/r/s', AssumedRoleId: 'AROA:s' } } });
    const assumed = await new STSClient({}).send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::1:role/r', RoleSessionName: 's' }));
    assert.equal(assumed.Credentials?.SessionToken, 'tok');
  });

  it('says which operation it has no handler for', async () => {
    await assert.rejects(new IAMClient({ maxAttempts: 1 }).send(new ListUsersCommand({})), /no handler for iam:ListUsers/);
  });
});
