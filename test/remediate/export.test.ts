import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { awsServices } from '../../src/remediate/aws.js';
import { validateRunbook } from '../../src/remediate/document.js';
import { builtinRules } from '../../src/rules/index.js';
import { workspace } from '../support/cli.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

type Resources = Record<string, { Type: string; DependsOn?: string; Properties: Record<string, unknown> }>;

async function exportTemplate(args: string[]): Promise<{ code: number; template: { Parameters?: Record<string, unknown>; Resources: Resources }; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['export', 'config', ...args], { cwd: ROOT, env: {}, stdoutIsTTY: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, template: code === 0 ? parse(stdout) : { Resources: {} }, stderr };
}

describe('tosei export config', () => {
  it('exports the periodic managed rules as Config runs them: no scope, a schedule, the service name (ec2 by default)', async () => {
    const { code, template } = await exportTemplate(['--only', 'SERVICE_VPC_ENDPOINT_ENABLED,ACCOUNT_PART_OF_ORGANIZATIONS']);
    assert.equal(code, 0);
    assert.deepEqual(template.Resources.ServiceVpcEndpointEnabledRule?.Properties, {
      ConfigRuleName: 'service-vpc-endpoint-enabled',
      Description: 'VPCs have an endpoint for the service',
      MaximumExecutionFrequency: 'TwentyFour_Hours',
      Source: { Owner: 'AWS', SourceIdentifier: 'SERVICE_VPC_ENDPOINT_ENABLED' },
      InputParameters: { serviceName: 'ec2' },
    });
    assert.deepEqual(template.Resources.AccountPartOfOrganizationsRule?.Properties, {
      ConfigRuleName: 'account-part-of-organizations',
      Description: 'The account is a member of AWS Organizations',
      MaximumExecutionFrequency: 'TwentyFour_Hours',
      Source: { Owner: 'AWS', SourceIdentifier: 'ACCOUNT_PART_OF_ORGANIZATIONS' },
    });
  });

  it('exports a managed rule with its runbook, remediation configuration and least-privilege roles', async () => {
    const { code, template } = await exportTemplate(['--only', 'VPC_FLOW_LOGS_ENABLED']);
    assert.equal(code, 0);
    const resources = template.Resources;
    assert.deepEqual(Object.keys(resources).sort(), [
      'ToseiEnableVpcFlowLogs',
      'ToseiEnableVpcFlowLogsPermissions',
      'ToseiEnableVpcFlowLogsRole',
      'ToseiFlowLogsDeliveryPermissions',
      'ToseiFlowLogsDeliveryRole',
      'VpcFlowLogsEnabledRemediation',
      'VpcFlowLogsEnabledRule',
    ]);
    assert.deepEqual(resources.VpcFlowLogsEnabledRule?.Properties, {
      ConfigRuleName: 'vpc-flow-logs-enabled',
      Description: 'VPCs have flow logs',
      MaximumExecutionFrequency: 'TwentyFour_Hours',
      Source: { Owner: 'AWS', SourceIdentifier: 'VPC_FLOW_LOGS_ENABLED' },
    });
    const remediation = resources.VpcFlowLogsEnabledRemediation?.Properties ?? {};
    assert.deepEqual(remediation.ConfigRuleName, { Ref: 'VpcFlowLogsEnabledRule' });
    assert.deepEqual(remediation.TargetId, { Ref: 'ToseiEnableVpcFlowLogs' });
    assert.equal(remediation.TargetType, 'SSM_DOCUMENT');
    assert.deepEqual(remediation.Parameters, {
      AutomationAssumeRole: { StaticValue: { Values: [{ 'Fn::GetAtt': ['ToseiEnableVpcFlowLogsRole', 'Arn'] }] } },
      VpcId: { ResourceValue: { Value: 'RESOURCE_ID' } },
      DeliverLogsPermissionArn: { StaticValue: { Values: [{ 'Fn::GetAtt': ['ToseiFlowLogsDeliveryRole', 'Arn'] }] } },
    });
    assert.deepEqual(remediation.Automatic, { Ref: 'AutomaticRemediation' });
    assert.deepEqual(remediation.ExecutionControls, { SsmControls: { ConcurrentExecutionRatePercentage: 10, ErrorPercentage: 50 } });
    assert.equal(template.Parameters?.ToseiRuleFunctionArn, undefined, 'no Lambda needed for a managed rule');

    const policy = resources.ToseiEnableVpcFlowLogsPermissions?.Properties.PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown; Condition?: unknown }[] };
    const actions = policy.Statement.flatMap((statement) => statement.Action);
    assert.deepEqual(actions.sort(), ['ec2:CreateFlowLogs', 'ec2:DescribeFlowLogs', 'iam:PassRole', 'logs:CreateLogDelivery', 'logs:CreateLogGroup', 'logs:DeleteLogDelivery', 'logs:PutRetentionPolicy']);
    const passRole = policy.Statement.find((statement) => statement.Action === 'iam:PassRole');
    assert.deepEqual(passRole?.Resource, { 'Fn::GetAtt': ['ToseiFlowLogsDeliveryRole', 'Arn'] });
    assert.deepEqual(passRole?.Condition, { StringEquals: { 'iam:PassedToService': 'vpc-flow-logs.amazonaws.com' } });
    const role = resources.ToseiEnableVpcFlowLogsRole?.Properties ?? {};
    assert.deepEqual(role.PermissionsBoundary, { Ref: 'ToseiEnableVpcFlowLogsPermissions' });
    assert.equal(JSON.stringify(role.AssumeRolePolicyDocument).includes('ssm.amazonaws.com'), true);

    // The document is the runbook Tosei runs, and it still validates.
    const document = resources.ToseiEnableVpcFlowLogs?.Properties ?? {};
    assert.equal(document.DocumentType, 'Automation');
    const runbook = validateRunbook(document.Content, 'exported', 'exported', { services: awsServices });
    assert.deepEqual(runbook.mainSteps.map((step) => step.name), ['CreateLogGroup', 'SetRetention', 'CreateFlowLog', 'VerifyFlowLog']);
  });

  it('exports the periodic managed account and IAM user rules on a schedule, without a scope', async () => {
    const periodic = ['SECURITYHUB_ENABLED', 'IAM_ROOT_ACCESS_KEY_CHECK', 'ROOT_ACCOUNT_MFA_ENABLED', 'ROOT_ACCOUNT_HARDWARE_MFA_ENABLED', 'MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS', 'IAM_USER_MFA_ENABLED', 'ACCESS_KEYS_ROTATED'];
    const { code, template } = await exportTemplate(['--only', periodic.join(',')]);
    assert.equal(code, 0);
    const rules = Object.values(template.Resources).filter((resource) => resource.Type === 'AWS::Config::ConfigRule');
    assert.equal(rules.length, periodic.length);
    for (const rule of rules) {
      const id = (rule.Properties.Source as { SourceIdentifier: string }).SourceIdentifier;
      assert.equal(rule.Properties.MaximumExecutionFrequency, 'TwentyFour_Hours', id);
      assert.equal(rule.Properties.Scope, undefined, id);
    }
    assert.deepEqual(rules.find((rule) => rule.Properties.ConfigRuleName === 'access-keys-rotated')?.Properties.InputParameters, { maxAccessKeyAge: '90' });
  });

  it('exports a rule without a managed counterpart as the Tosei Lambda rule', async () => {
    const { code, template } = await exportTemplate(['--only', 'SQS_QUEUE_ENCRYPTED_KMS', '--param', 'SQS_QUEUE_ENCRYPTED_KMS.kmsKeyIds=alias/a,alias/b', '--format', 'json']);
    assert.equal(code, 0);
    const rule = template.Resources.SqsQueueEncryptedKmsRule;
    assert.equal(rule?.DependsOn, 'ToseiRuleFunctionConfigPermission');
    assert.deepEqual(rule?.Properties.Source, {
      Owner: 'CUSTOM_LAMBDA',
      SourceIdentifier: { Ref: 'ToseiRuleFunctionArn' },
      SourceDetails: [
        { EventSource: 'aws.config', MessageType: 'ConfigurationItemChangeNotification' },
        { EventSource: 'aws.config', MessageType: 'OversizedConfigurationItemChangeNotification' },
      ],
    });
    assert.deepEqual(rule?.Properties.InputParameters, { toseiRule: 'SQS_QUEUE_ENCRYPTED_KMS', kmsKeyIds: 'alias/a,alias/b' });
    assert.deepEqual(template.Resources.ToseiRuleFunctionConfigPermission?.Properties.Principal, 'config.amazonaws.com');
    assert.ok(template.Parameters?.ToseiRuleFunctionArn);
    assert.ok(template.Resources.SqsQueueEncryptedKmsRemediation);
  });

  it('leaves out a remediation whose runbook would lack a required value', async () => {
    const { template } = await exportTemplate(['--only', 'RESTRICTED_INCOMING_TRAFFIC,INCOMING_SSH_DISABLED']);
    assert.ok(template.Resources.IncomingSshDisabledRemediation);
    assert.equal(template.Resources.RestrictedIncomingTrafficRemediation, undefined, 'the Port to close is not known');
    assert.deepEqual((template.Resources.IncomingSshDisabledRemediation?.Properties.Parameters as Record<string, unknown>).Port, { StaticValue: { Values: ['22'] } });
    assert.deepEqual(template.Resources.RestrictedIncomingTrafficRule?.Properties.InputParameters, { blockedPort1: '20', blockedPort2: '21', blockedPort3: '3389', blockedPort4: '3306', blockedPort5: '4333' });
  });

  it('refuses unknown rules and targets', async () => {
    assert.equal((await exportTemplate(['--only', 'NO_SUCH_RULE'])).code, 2);
    let stderr = '';
    const code = await main(['export', 'stack'], { cwd: ROOT, env: {}, stdoutIsTTY: false, stdout: () => undefined, stderr: (text) => (stderr += text) });
    assert.equal(code, 2);
    assert.match(stderr, /export takes one target/);
  });

  it('writes a template for every rule that `tosei scan` passes (the built CLI)', () => {
    assert.ok(existsSync(join(ROOT, 'dist', 'cli.js')), 'run `npm run build` first (npm test does)');
    const directory = workspace();
    const file = join(directory, 'tosei-config.yaml');
    const exported = spawnSync(process.execPath, ['bin/tosei.js', 'export', 'config', '--rules-set', 'all', '--output', file], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(exported.status, 0, exported.stderr);
    const template = parse(readFileSync(file, 'utf8')) as { Resources: Resources };
    const rules = Object.values(template.Resources).filter((resource) => resource.Type === 'AWS::Config::ConfigRule');
    assert.equal(rules.length, builtinRules.length);
    // By default, the recommended set only.
    const byDefault = parse(spawnSync(process.execPath, ['bin/tosei.js', 'export', 'config'], { cwd: ROOT, encoding: 'utf8' }).stdout) as { Resources: Resources };
    assert.equal(Object.values(byDefault.Resources).filter((resource) => resource.Type === 'AWS::Config::ConfigRule').length, builtinRules.filter((rule) => rule.meta.recommended !== false).length);
    const scanned = spawnSync(process.execPath, ['bin/tosei.js', 'scan', file, '--rules-set', 'all', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    const report = JSON.parse(scanned.stdout) as { results: { ruleId: string; status: string; resource: { id: string }; suppressed?: unknown }[]; errors: unknown[] };
    const failing = report.results.filter((result) => (result.status === 'NON_COMPLIANT' || result.status === 'ERROR') && !result.suppressed);
    assert.deepEqual(failing, []);
    assert.deepEqual(report.errors, []);
    assert.equal(scanned.status, 0);
    assert.ok(report.results.some((result) => result.ruleId === 'IAM_PRINCIPAL_PERMISSIONS_BOUNDARY' && result.status === 'COMPLIANT'), 'the roles were checked');
  });
});
