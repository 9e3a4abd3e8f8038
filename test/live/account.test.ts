import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import { type FakeAws, fakeAwsForSuite } from '../support/fake-aws.js';
import { installFakeAccount } from '../support/live-account.js';

const ACCOUNT = '111122223333';
const HUB = `arn:aws:securityhub:eu-west-1:${ACCOUNT}:hub/default`;

interface JsonReport {
  results: { ruleId: string; status: string; message: string; resource: { id: string; type: string } }[];
  errors: { file: string; message: string }[];
}

async function scan(rules: string[], cwd: string): Promise<JsonReport> {
  let stdout = '';
  await main(['scan', 'aws', '--regions', 'eu-west-1', '--only', rules.join(','), '--format', 'json'], { cwd, env: {}, stdoutIsTTY: false, stderrIsTTY: false, progressDelayMs: 0, stdout: (text) => (stdout += text), stderr: () => undefined });
  return JSON.parse(stdout) as JsonReport;
}

const verdicts = (report: JsonReport) => Object.fromEntries(report.results.map((result) => [`${result.ruleId} ${result.resource.id}`, result.status]));

/** GetAccountSummary's SummaryMap is an XML map of entries. */
const summary = (mfa: number, keys: number) => ({
  xml: `<SummaryMap><entry><key>AccountMFAEnabled</key><value>${mfa}</value></entry><entry><key>AccountAccessKeysPresent</key><value>${keys}</value></entry><entry><key>Users</key><value>3</value></entry></SummaryMap>`,
});

describe('tosei scan aws: the account resource (fake AWS wire protocols)', () => {
  let fake: FakeAws;
  let cwd: string;
  fakeAwsForSuite('eu-west-1', 'tosei-account-', (started) => ({ fake, cwd } = started));
  beforeEach(() => {
    fake.requests.length = 0;
    installFakeAccount(fake, {
      accountId: ACCOUNT,
      regions: {
        'eu-west-1': {
          cloudControl: {
            'AWS::GuardDuty::Detector': [{ identifier: 'det1', properties: { Id: 'det1', Enable: true, Features: [{ Name: 'S3_DATA_EVENTS', Status: 'DISABLED' }, { Name: 'EKS_AUDIT_LOGS', Status: 'ENABLED' }] } }],
            'AWS::SecurityHub::Hub': [{ identifier: HUB, properties: { ARN: HUB, AutoEnableControls: true } }],
          },
        },
      },
    });
    fake.on('iam', 'GetAccountPasswordPolicy', { result: { PasswordPolicy: { MinimumPasswordLength: 8, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, AllowUsersToChangePassword: true, ExpirePasswords: true, MaxPasswordAge: 90, PasswordReusePrevention: 24 } } });
    fake.on('ec2', 'GetEbsEncryptionByDefault', { result: { ebsEncryptionByDefault: false } });
    fake.on('iam', 'GetAccountSummary', summary(1, 0));
    fake.on('iam', 'ListVirtualMFADevices', { result: { VirtualMFADevices: { member: [{ SerialNumber: `arn:aws:iam::${ACCOUNT}:mfa/root-account-mfa-device`, User: { Arn: `arn:aws:iam::${ACCOUNT}:root`, UserId: ACCOUNT } }] }, IsTruncated: false } });
  });

  it('judges the account read with its own APIs: password policy, EBS default encryption, GuardDuty, Security Hub, Access Analyzer', async () => {
    const report = await scan(['IAM_PASSWORD_POLICY', 'EC2_EBS_ENCRYPTION_BY_DEFAULT', 'GUARDDUTY_ENABLED_CENTRALIZED', 'SECURITYHUB_ENABLED', 'IAM_EXTERNAL_ACCESS_ANALYZER_ENABLED', 'GUARDDUTY_S3_PROTECTION_ENABLED', 'GUARDDUTY_EKS_PROTECTION_AUDIT_ENABLED'], cwd);
    assert.deepEqual(report.errors, []);
    assert.deepEqual(verdicts(report), {
      [`IAM_PASSWORD_POLICY ${ACCOUNT}`]: 'NON_COMPLIANT',
      [`EC2_EBS_ENCRYPTION_BY_DEFAULT ${ACCOUNT}`]: 'NON_COMPLIANT',
      [`GUARDDUTY_ENABLED_CENTRALIZED ${ACCOUNT}`]: 'COMPLIANT',
      [`SECURITYHUB_ENABLED ${ACCOUNT}`]: 'COMPLIANT',
      [`IAM_EXTERNAL_ACCESS_ANALYZER_ENABLED ${ACCOUNT}`]: 'NON_COMPLIANT',
      'GUARDDUTY_S3_PROTECTION_ENABLED det1': 'NON_COMPLIANT',
      'GUARDDUTY_EKS_PROTECTION_AUDIT_ENABLED det1': 'COMPLIANT',
    });
    assert.match(report.results.find((result) => result.ruleId === 'IAM_PASSWORD_POLICY')?.message ?? '', /8 characters/);
  });

  it('an account without a password policy fails; a policy the scan may not read is not known', async () => {
    fake.on('iam', 'GetAccountPasswordPolicy', { error: { code: 'NoSuchEntity', message: 'The Password Policy with domain name 111122223333 cannot be found.', status: 404 } });
    assert.deepEqual(verdicts(await scan(['IAM_PASSWORD_POLICY'], cwd)), { [`IAM_PASSWORD_POLICY ${ACCOUNT}`]: 'NON_COMPLIANT' });
    fake.on('iam', 'GetAccountPasswordPolicy', { error: { code: 'AccessDenied', message: 'not authorized to perform iam:GetAccountPasswordPolicy', status: 403 } });
    const denied = await scan(['IAM_PASSWORD_POLICY'], cwd);
    assert.deepEqual(verdicts(denied), { [`IAM_PASSWORD_POLICY ${ACCOUNT}`]: 'INSUFFICIENT_DATA' });
    assert.match(denied.results[0]?.message ?? '', /AccessDenied/);
  });

  it('the organization: DescribeOrganization over awsJson1_1; not in use is no organization, denied is not known', async () => {
    const rules = ['ACCOUNT_PART_OF_ORGANIZATIONS'];
    const standalone = await scan(rules, cwd);
    assert.deepEqual(verdicts(standalone), { [`ACCOUNT_PART_OF_ORGANIZATIONS ${ACCOUNT}`]: 'NON_COMPLIANT' });
    const [call] = fake.calls('DescribeOrganization', 'organizations');
    assert.equal(call?.headers['x-amz-target'], 'AWSOrganizationsV20161128.DescribeOrganization');

    installFakeAccount(fake, { accountId: ACCOUNT, organization: { id: 'o-exampleorgid', masterAccountId: '999988887777' }, regions: { 'eu-west-1': {} } });
    assert.deepEqual(verdicts(await scan(rules, cwd)), { [`ACCOUNT_PART_OF_ORGANIZATIONS ${ACCOUNT}`]: 'COMPLIANT' });
    let stdout = '';
    await main(['scan', 'aws', '--regions', 'eu-west-1', '--only', rules[0] as string, '--param', 'ACCOUNT_PART_OF_ORGANIZATIONS.MasterAccountId=111122223333', '--format', 'json'], { cwd, env: {}, stdoutIsTTY: false, stderrIsTTY: false, progressDelayMs: 0, stdout: (text) => (stdout += text), stderr: () => undefined });
    const elsewhere = JSON.parse(stdout) as JsonReport;
    assert.deepEqual(verdicts(elsewhere), { [`ACCOUNT_PART_OF_ORGANIZATIONS ${ACCOUNT}`]: 'NON_COMPLIANT' });
    assert.match(elsewhere.results[0]?.message ?? '', /managed by 999988887777, not by 111122223333/);

    fake.on('organizations', 'DescribeOrganization', { error: { code: 'AccessDeniedException', message: 'not authorized to perform organizations:DescribeOrganization', status: 400 } });
    const denied = await scan(rules, cwd);
    assert.deepEqual(verdicts(denied), { [`ACCOUNT_PART_OF_ORGANIZATIONS ${ACCOUNT}`]: 'INSUFFICIENT_DATA' });
    assert.match(denied.results[0]?.message ?? '', /AccessDeniedException/);
  });

  it('GuardDuty off: no detector in the region', async () => {
    installFakeAccount(fake, { accountId: ACCOUNT, regions: { 'eu-west-1': { cloudControl: {} } } });
    fake.on('ec2', 'GetEbsEncryptionByDefault', { result: { ebsEncryptionByDefault: true } });
    const report = await scan(['GUARDDUTY_ENABLED_CENTRALIZED', 'EC2_EBS_ENCRYPTION_BY_DEFAULT'], cwd);
    assert.deepEqual(verdicts(report), { [`GUARDDUTY_ENABLED_CENTRALIZED ${ACCOUNT}`]: 'NON_COMPLIANT', [`EC2_EBS_ENCRYPTION_BY_DEFAULT ${ACCOUNT}`]: 'COMPLIANT' });
  });

  it('a root user without MFA fails while it has a password; without any credential the root MFA rules do not apply', async () => {
    const rootSummary = (password: number) => ({
      xml: `<SummaryMap><entry><key>AccountMFAEnabled</key><value>0</value></entry><entry><key>AccountAccessKeysPresent</key><value>0</value></entry><entry><key>AccountPasswordPresent</key><value>${password}</value></entry><entry><key>AccountSigningCertificatesPresent</key><value>0</value></entry></SummaryMap>`,
    });
    const rules = ['ROOT_ACCOUNT_MFA_ENABLED', 'ROOT_ACCOUNT_HARDWARE_MFA_ENABLED', 'IAM_ROOT_ACCESS_KEY_CHECK'];
    fake.on('iam', 'GetAccountSummary', rootSummary(1));
    assert.deepEqual(verdicts(await scan(rules, cwd)), {
      [`ROOT_ACCOUNT_MFA_ENABLED ${ACCOUNT}`]: 'NON_COMPLIANT',
      [`ROOT_ACCOUNT_HARDWARE_MFA_ENABLED ${ACCOUNT}`]: 'NON_COMPLIANT',
      [`IAM_ROOT_ACCESS_KEY_CHECK ${ACCOUNT}`]: 'COMPLIANT',
    });
    fake.on('iam', 'GetAccountSummary', rootSummary(0));
    assert.deepEqual(verdicts(await scan(rules, cwd)), {
      [`ROOT_ACCOUNT_MFA_ENABLED ${ACCOUNT}`]: 'NOT_APPLICABLE',
      [`ROOT_ACCOUNT_HARDWARE_MFA_ENABLED ${ACCOUNT}`]: 'NOT_APPLICABLE',
      [`IAM_ROOT_ACCESS_KEY_CHECK ${ACCOUNT}`]: 'COMPLIANT',
    });
    // A summary that does not say whether the root user has a password: not known, never NON_COMPLIANT by guess.
    fake.on('iam', 'GetAccountSummary', summary(0, 0));
    assert.deepEqual(verdicts(await scan(['ROOT_ACCOUNT_MFA_ENABLED'], cwd)), { [`ROOT_ACCOUNT_MFA_ENABLED ${ACCOUNT}`]: 'INSUFFICIENT_DATA' });
  });
});
