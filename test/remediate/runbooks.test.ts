import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assumeRoleCaller, sdkApiCaller } from '../../src/remediate/aws.js';
import { executeRunbook, virtualClock } from '../../src/remediate/execute.js';
import { BUILTIN_RUNBOOKS, builtinRunbookDocument } from '../../src/remediate/runbooks/index.js';
import { builtinRules } from '../../src/rules/index.js';
import { listParam, startFakeAws, type FakeAws } from '../support/fake-aws.js';

const byName = (name: string) => builtinRunbookDocument(BUILTIN_RUNBOOKS.find((runbook) => runbook.name === name)!);

describe('built-in runbooks', () => {
  it('are valid documents that declare what they change, the rules they fix and their permissions', () => {
    const ruleIds = new Set(builtinRules.map((rule) => rule.meta.id));
    for (const builtin of BUILTIN_RUNBOOKS) {
      const runbook = builtinRunbookDocument(builtin);
      assert.ok(builtin.changes.length > 20, `${builtin.name} says what it changes`);
      assert.ok(builtin.permissions.length > 0);
      for (const ruleId of Object.keys(builtin.fixes)) assert.ok(ruleIds.has(ruleId), `${builtin.name} fixes a known rule (${ruleId})`);
      if (builtin.resourceParameter) assert.ok(builtin.resourceParameter in runbook.parameters);
      // Every API a runbook calls needs a permission (service prefix:Api) in its role.
      const actions = new Set(builtin.permissions.flatMap((permission) => permission.actions));
      for (const step of runbook.mainSteps) {
        if (typeof step.inputs.Api !== 'string') continue;
        const prefix = { logs: 'logs', ec2: 'ec2', s3: 's3', sqs: 'sqs' }[String(step.inputs.Service)];
        const action = `${prefix}:${step.inputs.Api}`
          .replace('s3:PutBucketEncryption', 's3:PutEncryptionConfiguration')
          .replace('s3:GetBucketEncryption', 's3:GetEncryptionConfiguration')
          .replace('s3:PutPublicAccessBlock', 's3:PutBucketPublicAccessBlock')
          .replace('s3:GetPublicAccessBlock', 's3:GetBucketPublicAccessBlock');
        assert.ok(actions.has(action), `${builtin.name} step ${step.name} needs ${action}`);
      }
    }
    const flowLogRule = builtinRules.find((rule) => rule.meta.id === 'VPC_FLOW_LOGS_ENABLED');
    assert.ok(BUILTIN_RUNBOOKS.some((runbook) => runbook.name === flowLogRule?.meta.runbook), 'the rule names an existing runbook');
  });
});

describe('built-in runbooks through the AWS SDK against services on 127.0.0.1', () => {
  let fake: FakeAws;
  let caller: ReturnType<typeof sdkApiCaller>;
  before(async () => {
    fake = await startFakeAws();
    caller = sdkApiCaller({ env: fake.env('eu-west-1'), region: 'eu-west-1', credentials: { accessKeyId: 'AKIAFAKE', secretAccessKey: 'fake' } });
  });
  after(async () => {
    caller.close();
    await fake.stop();
  });

  it('S3 default encryption (restXml): PutBucketEncryption with SSE-KMS and the bucket key, then verified', async () => {
    let stored = '';
    fake.route(
      (request) => request.service === 's3' && /^\/data-bucket\/?\?encryption/.test(request.path),
      (request) => {
        if (request.method === 'PUT') {
          stored = request.raw;
          return { raw: { status: 200 } };
        }
        return { raw: { status: 200, headers: { 'content-type': 'application/xml' }, body: stored } };
      },
    );
    const record = await executeRunbook(byName('tosei-enable-s3-bucket-encryption'), { parameters: { BucketName: 'data-bucket', SSEAlgorithm: 'aws:kms' }, caller, clock: virtualClock() });
    assert.equal(record.status, 'Success', record.error);
    assert.match(stored, /<SSEAlgorithm>aws:kms<\/SSEAlgorithm><KMSMasterKeyID>alias\/aws\/s3<\/KMSMasterKeyID><\/ApplyServerSideEncryptionByDefault><BucketKeyEnabled>true<\/BucketKeyEnabled>/);
    assert.deepEqual(record.steps.map((step) => step.name), ['ChooseAlgorithm', 'EncryptWithKms', 'VerifyEncryption']);
  });

  it('S3 public access block: all four settings, verified', async () => {
    let stored = '';
    fake.route(
      (request) => request.service === 's3' && /^\/site-bucket\/?\?publicAccessBlock/.test(request.path),
      (request) => {
        if (request.method === 'PUT') {
          stored = request.raw;
          return { raw: { status: 200 } };
        }
        return { raw: { status: 200, headers: { 'content-type': 'application/xml' }, body: stored } };
      },
    );
    const record = await executeRunbook(byName('tosei-configure-s3-public-access-block'), { parameters: { BucketName: 'site-bucket' }, caller, clock: virtualClock() });
    assert.equal(record.status, 'Success', record.error);
    for (const setting of ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets']) assert.match(stored, new RegExp(`<${setting}>true</${setting}>`));
  });

  it('SQS queue encryption (awsJson1_0): SetQueueAttributes KmsMasterKeyId, verified', async () => {
    const url = 'https://sqs.eu-west-1.amazonaws.com/111122223333/orders';
    const attributes: Record<string, string> = {};
    fake.on('sqs', 'SetQueueAttributes', (request) => {
      const body = request.body as { QueueUrl: string; Attributes: Record<string, string> };
      assert.equal(body.QueueUrl, url);
      Object.assign(attributes, body.Attributes);
      return { json: {} };
    });
    fake.on('sqs', 'GetQueueAttributes', () => ({ json: { Attributes: attributes } }));
    const record = await executeRunbook(byName('tosei-enable-sqs-queue-encryption'), { parameters: { QueueUrl: url }, caller, clock: virtualClock() });
    assert.equal(record.status, 'Success', record.error);
    assert.deepEqual(attributes, { KmsMasterKeyId: 'alias/aws/sqs' });
  });

  it('open ingress (EC2 query): revokes the port from 0.0.0.0/0 and ::/0, tolerating a rule that is not there', async () => {
    fake.on('ec2', 'RevokeSecurityGroupIngress', (request) =>
      request.params['IpPermissions.1.Ipv6Ranges.1.CidrIpv6'] === '::/0'
        ? { error: { code: 'InvalidPermission.NotFound', message: 'The specified rule does not exist in this security group.' } }
        : { result: { return: true } },
    );
    const record = await executeRunbook(byName('tosei-revoke-open-ingress'), { parameters: { GroupId: 'sg-0123456789abcdef0', Port: '3389' }, caller, clock: virtualClock() });
    assert.equal(record.status, 'Success', record.error);
    const [ipv4, ipv6] = fake.calls('RevokeSecurityGroupIngress', 'ec2');
    assert.equal(ipv4?.params.GroupId, 'sg-0123456789abcdef0');
    assert.equal(ipv4?.params['IpPermissions.1.IpProtocol'], 'tcp');
    assert.equal(ipv4?.params['IpPermissions.1.FromPort'], '3389');
    assert.equal(ipv4?.params['IpPermissions.1.ToPort'], '3389');
    assert.equal(ipv4?.params['IpPermissions.1.IpRanges.1.CidrIp'], '0.0.0.0/0');
    assert.equal(ipv6?.params['IpPermissions.1.Ipv6Ranges.1.CidrIpv6'], '::/0');
    assert.match(record.steps[1]?.error ?? '', /InvalidPermission\.NotFound/);
  });

  it('EBS encryption by default: enabled and verified', async () => {
    let enabled = false;
    fake.on('ec2', 'EnableEbsEncryptionByDefault', () => {
      enabled = true;
      return { result: { ebsEncryptionByDefault: true } };
    });
    fake.on('ec2', 'GetEbsEncryptionByDefault', () => ({ result: { ebsEncryptionByDefault: enabled } }));
    const record = await executeRunbook(byName('tosei-enable-ebs-default-encryption'), { parameters: {}, caller, clock: virtualClock() });
    assert.equal(record.status, 'Success', record.error);
    assert.equal(enabled, true);
  });

  it('refuses a service outside the installed clients, and an API the SDK does not have, before calling', async () => {
    assert.match((await caller.check('lambda', 'Invoke')) ?? '', /service "lambda" is not supported/);
    assert.match((await caller.check('ec2', 'DescribeTheMoon')) ?? '', /ec2 has no API DescribeTheMoon in the AWS SDK/);
    assert.equal(await caller.check('logs', 'CreateLogGroup'), undefined);
    assert.equal(await caller.check('cloudwatch-logs', 'PutRetentionPolicy'), undefined, 'the SDK package name is an alias');
    assert.deepEqual(listParam({ 'X.1': 'a' }, 'X'), ['a']);
  });

  it("runs with the runbook's assumeRole: STS AssumeRole, then calls signed with the role's credentials", async () => {
    fake.on('sts', 'AssumeRole', (request) => ({
      result: {
        Credentials: { AccessKeyId: 'ASIAROLEROLEROLEROLE', SecretAccessKey: 'role-secret', SessionToken: 'role-token', Expiration: '2030-01-01T00:00:00Z' },
        AssumedRoleUser: { Arn: `arn:aws:sts::111122223333:assumed-role/remediation/${request.params.RoleSessionName}`, AssumedRoleId: 'AROAFAKE:tosei' },
      },
    }));
    fake.on('ec2', 'EnableEbsEncryptionByDefault', () => ({ result: { ebsEncryptionByDefault: true } }));
    fake.on('ec2', 'GetEbsEncryptionByDefault', () => ({ result: { ebsEncryptionByDefault: true } }));
    const role = 'arn:aws:iam::111122223333:role/remediation';
    const assumed = await assumeRoleCaller(role, { env: fake.env('eu-west-1'), region: 'eu-west-1', credentials: { accessKeyId: 'AKIAFAKE', secretAccessKey: 'fake' } }, 'tosei-remediation');
    try {
      const record = await executeRunbook(byName('tosei-enable-ebs-default-encryption'), { parameters: { AutomationAssumeRole: role }, caller: assumed, clock: virtualClock() });
      assert.equal(record.status, 'Success', record.error);
    } finally {
      assumed.close();
    }
    const [assume] = fake.calls('AssumeRole', 'sts');
    assert.equal(assume?.params.RoleArn, role);
    assert.match(String(assume?.headers.authorization), /Credential=AKIAFAKE\//);
    const enable = fake.calls('EnableEbsEncryptionByDefault', 'ec2').at(-1);
    assert.match(String(enable?.headers.authorization), /Credential=ASIAROLEROLEROLEROLE\//);
    assert.equal(enable?.headers['x-amz-security-token'], 'role-token');
  });
});
