// A real AWS CDK app, synthesised in the test (no AWS account): `tosei scan cdk.out`, the policy
// validation plugin, and the suppressions CDK users write.
import assert from 'node:assert/strict';

import { join } from 'node:path';
import { describe, it } from 'node:test';
import { App, Stack, Stage, type CfnResource } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { main } from '../src/cli/main.js';
import { Tosei, ToseiValidator } from '../src/cdk/index.js';
import { workspace } from './support/cli.js';

interface JsonReport {
  results: { ruleId: string; status: string; resource: { id: string; constructPath?: string }; location: { file: string }; suppressed?: { kind: string; reason: string } }[];
  errors: unknown[];
}

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: {}, stdoutIsTTY: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/** Two stacks, one in a stage (a nested assembly); construct paths recorded as the CDK CLI records them. */
function synthesise(): string {
  const directory = workspace();
  const app = new App({ outdir: join(directory, 'cdk.out'), context: { 'aws:cdk:enable-path-metadata': true } });
  const storage = new Stack(app, 'Storage');
  new Bucket(storage, 'Logs');
  const accepted = new Bucket(storage, 'Accepted');
  Tosei.suppress(accepted, 'S3_BUCKET_LOGGING_ENABLED', 'the access-log bucket');
  const nagged = new Bucket(storage, 'Nagged');
  (nagged.node.defaultChild as CfnResource).addMetadata('cdk_nag', { rules_to_suppress: [{ id: 'AwsSolutions-S1', reason: 'logs go to CloudTrail' }] });
  new Bucket(new Stack(new Stage(app, 'Prod'), 'Data'), 'Uploads');
  app.synth();
  return directory;
}

describe('AWS CDK', () => {
  it('tosei scan cdk.out reads every stack of the assembly and names resources by construct path', async () => {
    const directory = synthesise();
    const { code, stdout } = await run(['scan', 'cdk.out', '--only', 'S3_BUCKET_LOGGING_ENABLED', '--format', 'json'], directory);
    assert.equal(code, 1);
    const report = JSON.parse(stdout) as JsonReport;
    assert.deepEqual(report.errors, []);
    const byPath = Object.fromEntries(report.results.map((result) => [result.resource.constructPath, result]));
    assert.deepEqual(Object.keys(byPath).sort(), ['Prod/Data/Uploads/Resource', 'Storage/Accepted/Resource', 'Storage/Logs/Resource', 'Storage/Nagged/Resource']);
    assert.equal(byPath['Storage/Logs/Resource']?.suppressed, undefined);
    assert.match(byPath['Storage/Logs/Resource']?.resource.id ?? '', /^Logs[0-9A-F]{8}$/);
    assert.equal(byPath['Prod/Data/Uploads/Resource']?.location.file, 'cdk.out/assembly-Prod/ProdData90A795AA.template.json');
    assert.deepEqual(byPath['Storage/Accepted/Resource']?.suppressed, { kind: 'metadata', reason: 'the access-log bucket' });
    assert.deepEqual(byPath['Storage/Nagged/Resource']?.suppressed, { kind: 'foreign', reason: 'suppressed by cdk-nag AwsSolutions-S1: logs go to CloudTrail' });

    const text = (await run(['scan', 'cdk.out', '--only', 'S3_BUCKET_LOGGING_ENABLED'], directory)).stdout;
    assert.match(text, /Logs[0-9A-F]{8} \(Storage\/Logs\/Resource\)/);
    const sarif = JSON.parse((await run(['scan', 'cdk.out', '--only', 'S3_BUCKET_LOGGING_ENABLED', '--format', 'sarif'], directory)).stdout);
    assert.ok(sarif.runs[0].results.some((result: { locations: { logicalLocations: { fullyQualifiedName: string }[] }[] }) => result.locations[0]?.logicalLocations[0]?.fullyQualifiedName === 'Storage/Logs/Resource'));
    for (const format of ['markdown', 'junit', 'github']) {
      assert.match((await run(['scan', 'cdk.out', '--only', 'S3_BUCKET_LOGGING_ENABLED', '--format', format], directory)).stdout, /Storage\/Logs\/Resource/, format);
    }
  });

  it('fails cdk synth through the policy validation plugin, and passes a compliant app', () => {
    const failing = new App({ outdir: workspace(), policyValidationBeta1: [new ToseiValidator({ only: ['S3_BUCKET_LOGGING_ENABLED'] })] });
    new Bucket(new Stack(failing, 'Storage'), 'Logs');
    assert.throws(() => failing.synth(), /Validation failed/);

    const validator = new ToseiValidator({ only: ['S3_BUCKET_LOGGING_ENABLED'] });
    assert.deepEqual(validator.ruleIds, ['S3_BUCKET_LOGGING_ENABLED']);
    const passing = new App({ outdir: workspace(), policyValidationBeta1: [validator] });
    const stack = new Stack(passing, 'Storage');
    const target = new Bucket(stack, 'Target');
    Tosei.suppress(target, 'S3_BUCKET_LOGGING_ENABLED', 'it receives the access logs');
    new Bucket(stack, 'Logged', { serverAccessLogsBucket: target });
    assert.doesNotThrow(() => passing.synth());
  });

  it('reports the failing resources in the plugin report', () => {
    const directory = synthesise();
    const validator = new ToseiValidator({ only: ['S3_BUCKET_LOGGING_ENABLED'] });
    const report = validator.validate({ templatePaths: [join(directory, 'cdk.out', 'Storage.template.json'), join(directory, 'cdk.out', 'missing.template.json')], appConstruct: new App() });
    assert.equal(report.success, false);
    const logging = report.violations.find((violation) => violation.ruleName === 'S3_BUCKET_LOGGING_ENABLED');
    assert.deepEqual(logging?.violatingResources.map((resource) => resource.resourceLogicalId.replace(/[0-9A-F]{8}$/, '')), ['Logs']);
    assert.ok(logging?.fix);
    assert.ok(report.violations.some((violation) => violation.ruleName === 'tosei-input'), 'an unreadable template fails the synth');
    assert.throws(() => Tosei.suppress(new Stack(new App(), 'S'), 'X', 'reason'), /not a CloudFormation resource/);
  });
});
