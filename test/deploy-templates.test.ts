// Every CloudFormation template Tosei ships (deploy/) or writes (`tosei export config`, with its
// remediation runbooks) is one AWS's own validator accepts: no fatal error, no error, no warning
// (a deprecated Lambda runtime is a warning: CloudFormation refuses it for new functions).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { RegoEngine, TemplateFile, type StandardDiagnostic } from '@aws/cloudformation-validate';
import { parse } from 'yaml';
import { ROOT, tosei, workspace } from './support/cli.js';

const engine = new RegoEngine();
after(() => engine.free());

/** Diagnostics above INFO (INFO notes are advice such as "supports Tags but none are configured"). */
function problems(file: string): string[] {
  const report = engine.validateStandard(new TemplateFile(file));
  return report.diagnostics
    .filter((diagnostic: StandardDiagnostic) => diagnostic.severity !== 'INFO')
    .map((diagnostic: StandardDiagnostic) => `${diagnostic.severity} ${diagnostic.ruleId}: ${diagnostic.message}`);
}

const DEPLOY = join(ROOT, 'deploy');
const shipped = readdirSync(DEPLOY).filter((name) => name.endsWith('.yaml'));

describe('templates Tosei ships and writes pass @aws/cloudformation-validate', () => {
  it('ships a template per Lambda gate: hook, run task and Config rule', () => {
    assert.deepEqual(shipped.sort(), ['cfn-hook.yaml', 'config-rule.yaml', 'run-task.yaml']);
  });

  for (const name of shipped) {
    it(`deploy/${name}`, () => {
      assert.deepEqual(problems(join(DEPLOY, name)), []);
    });
  }

  for (const [label, args] of [
    ['every rule, YAML', ['--rules-set', 'all']],
    ['the default set, JSON', ['--format', 'json']],
    ['one custom rule and one managed rule with parameters', ['--only', 'VPC_FLOW_LOGS_ENABLED,SQS_QUEUE_SSL_REQUESTS_ONLY', '--param', 'VPC_FLOW_LOGS_ENABLED.trafficType=REJECT']],
  ] as const) {
    it(`tosei export config: ${label}`, async () => {
      const directory = workspace();
      const exported = await tosei(['export', 'config', ...args, '--output', 'tosei-config.template'], { cwd: directory });
      assert.equal(exported.code, 0, exported.stderr);
      assert.deepEqual(problems(join(directory, 'tosei-config.template')), []);
    });
  }

  it('the Config rule template deploys the function the exported rules point at', async () => {
    const deployed = parse(readFileSync(join(DEPLOY, 'config-rule.yaml'), 'utf8'), { customTags: ['!Ref', '!Sub', '!GetAtt', '!If', '!Equals', '!Not', '!And'].map((tag) => ({ tag, resolve: (value: unknown) => value })) }) as {
      Outputs: Record<string, unknown>;
      Resources: { Function: { Properties: { Handler: string; Runtime: string } } };
    };
    const exported = JSON.parse((await tosei(['export', 'config', '--only', 'SQS_QUEUE_SSL_REQUESTS_ONLY', '--format', 'json'])).stdout) as { Parameters: Record<string, unknown> };
    assert.ok('ToseiRuleFunctionArn' in deployed.Outputs);
    assert.ok('ToseiRuleFunctionArn' in exported.Parameters);
    assert.equal(deployed.Resources.Function.Properties.Handler, 'index.handler');
    assert.match(readFileSync(join(ROOT, 'src/gates/config-rule/lambda.ts'), 'utf8'), /export async function handler\(/);
  });
});
