import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createClients } from '../src/gates/config-rule/aws.js';
import { handleConfigEvent, type ConfigRuleDeps } from '../src/gates/config-rule/handler.js';
import { buildConfigEvent } from '../src/gates/config-rule/testing.js';
import { startFakeAws, type FakeAws } from './support/fake-aws.js';

interface Put {
  Evaluations: { ComplianceResourceType: string; ComplianceResourceId: string; ComplianceType: string; Annotation?: string }[];
}

describe('Config rule handler: periodic account rules (SDK v3 against a fake AWS on 127.0.0.1)', () => {
  let fake: FakeAws;
  let restore: () => void;
  let clients: Awaited<ReturnType<typeof createClients>>;
  const deps = (ruleId: string): ConfigRuleDeps => ({ clients, ruleId, backoff: { sleep: async () => undefined, random: () => 1, baseMs: 1 } });
  const puts = () => fake.calls('PutEvaluations', 'config').flatMap((request) => (request.body as Put).Evaluations.map((evaluation) => [evaluation.ComplianceResourceType, evaluation.ComplianceResourceId, evaluation.ComplianceType]));

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
    fake.on('config', 'ListDiscoveredResources', { json: { resourceIdentifiers: [] } });
    fake.on('iam', 'GetAccountPasswordPolicy', { result: { PasswordPolicy: { MinimumPasswordLength: 14, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, ExpirePasswords: true, MaxPasswordAge: 90, PasswordReusePrevention: 24 } } });
    fake.on('ec2', 'GetEbsEncryptionByDefault', { result: { ebsEncryptionByDefault: false } });
    fake.on('iam', 'GetAccountSummary', { xml: '<SummaryMap><entry><key>AccountMFAEnabled</key><value>0</value></entry><entry><key>AccountAccessKeysPresent</key><value>1</value></entry></SummaryMap>' });
    fake.on('iam', 'ListVirtualMFADevices', { result: { VirtualMFADevices: '', IsTruncated: false } });
    fake.on('cloudcontrolapi', 'ListResources', (request) => {
      const type = (request.body as { TypeName: string }).TypeName;
      return { json: { TypeName: type, ResourceDescriptions: type === 'AWS::GuardDuty::Detector' ? [{ Identifier: 'det1' }] : [] } };
    });
    fake.on('cloudcontrolapi', 'GetResource', { json: { TypeName: 'AWS::GuardDuty::Detector', ResourceDescription: { Identifier: 'det1', Properties: JSON.stringify({ Id: 'det1', Enable: false }) } } });
  });

  it('reads the account with its own APIs and puts one evaluation for AWS::::Account per rule', async () => {
    const verdicts: Record<string, string[][]> = {};
    for (const rule of ['IAM_PASSWORD_POLICY', 'EC2_EBS_ENCRYPTION_BY_DEFAULT', 'GUARDDUTY_ENABLED_CENTRALIZED', 'ROOT_ACCOUNT_MFA_ENABLED', 'IAM_ROOT_ACCESS_KEY_CHECK', 'SECURITYHUB_ENABLED']) {
      fake.requests.length = 0;
      await handleConfigEvent(buildConfigEvent({ messageType: 'ScheduledNotification', configRuleName: rule.toLowerCase() }), deps(rule));
      verdicts[rule] = puts() as string[][];
    }
    const account = (status: string) => [['AWS::::Account', '123456789012', status]];
    assert.deepEqual(verdicts, {
      IAM_PASSWORD_POLICY: account('COMPLIANT'),
      EC2_EBS_ENCRYPTION_BY_DEFAULT: account('NON_COMPLIANT'),
      GUARDDUTY_ENABLED_CENTRALIZED: account('NON_COMPLIANT'),
      ROOT_ACCOUNT_MFA_ENABLED: account('NON_COMPLIANT'),
      IAM_ROOT_ACCESS_KEY_CHECK: account('NON_COMPLIANT'),
      SECURITYHUB_ENABLED: account('NON_COMPLIANT'),
    });
  });

  it('the organization: DescribeOrganization (awsJson1_1) decides ACCOUNT_PART_OF_ORGANIZATIONS; denied is put as not applicable, never non-compliant', async () => {
    const organization = { Id: 'o-exampleorgid', Arn: 'arn:aws:organizations::111122223333:organization/o-exampleorgid', FeatureSet: 'ALL', MasterAccountId: '111122223333', MasterAccountArn: 'arn:aws:organizations::111122223333:account/o-exampleorgid/111122223333' };
    const run = async (parameters?: Record<string, string>) => {
      fake.requests.length = 0;
      await handleConfigEvent(buildConfigEvent({ messageType: 'ScheduledNotification', configRuleName: 'organizations', ...(parameters ? { ruleParameters: parameters } : {}) }), deps('ACCOUNT_PART_OF_ORGANIZATIONS'));
      return (fake.calls('PutEvaluations', 'config')[0]?.body as Put).Evaluations;
    };
    fake.on('organizations', 'DescribeOrganization', { json: { Organization: organization } });
    assert.deepEqual((await run()).map((put) => [put.ComplianceResourceType, put.ComplianceResourceId, put.ComplianceType]), [['AWS::::Account', '123456789012', 'COMPLIANT']]);
    assert.equal(fake.calls('DescribeOrganization', 'organizations')[0]?.headers['x-amz-target'], 'AWSOrganizationsV20161128.DescribeOrganization');
    assert.equal((await run({ MasterAccountId: '444455556666' }))[0]?.ComplianceType, 'NON_COMPLIANT');
    assert.equal((await run({ MasterAccountId: '111122223333' }))[0]?.ComplianceType, 'COMPLIANT');

    fake.on('organizations', 'DescribeOrganization', { error: { code: 'AWSOrganizationsNotInUseException', message: 'Your account is not a member of an organization.' } });
    assert.equal((await run())[0]?.ComplianceType, 'NON_COMPLIANT');

    fake.on('organizations', 'DescribeOrganization', { error: { code: 'AccessDeniedException', message: 'not authorized to perform organizations:DescribeOrganization' } });
    const denied = (await run())[0];
    assert.equal(denied?.ComplianceType, 'NOT_APPLICABLE');
    assert.match(denied?.Annotation ?? '', /Insufficient data.*AccessDeniedException/);
  });

  it('a password policy the function may not read is put as not applicable with why, never compliant', async () => {
    fake.on('iam', 'GetAccountPasswordPolicy', { error: { code: 'AccessDenied', message: 'not authorized', status: 403 } });
    const result = await handleConfigEvent(buildConfigEvent({ messageType: 'ScheduledNotification', configRuleName: 'password' }), deps('IAM_PASSWORD_POLICY'));
    assert.deepEqual(result.evaluations.map((evaluation) => evaluation.status), ['INSUFFICIENT_DATA']);
    const put = (fake.calls('PutEvaluations', 'config')[0]?.body as Put).Evaluations[0];
    assert.equal(put?.ComplianceType, 'NOT_APPLICABLE');
    assert.match(put?.Annotation ?? '', /Insufficient data.*AccessDenied/);
  });
});
