import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FRAMEWORK_IDS, frameworkEntries, parseFrameworkId } from '../src/frameworks/index.js';
import { builtinRules } from '../src/rules/index.js';
import { main } from '../src/cli/main.js';

async function runCli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd: process.cwd(), env: {}, stdoutIsTTY: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe('framework ids', () => {
  it('reads the canonical ids and the spellings users type', () => {
    for (const id of FRAMEWORK_IDS) assert.equal(parseFrameworkId(id), id);
    assert.equal(parseFrameworkId('fsbp'), 'FSBP');
    assert.equal(parseFrameworkId('AWS FSBP'), 'FSBP');
    assert.equal(parseFrameworkId('cis-3.0'), 'CIS-v3.0.0');
    assert.equal(parseFrameworkId('CIS v1.4.0'), 'CIS-v1.4.0');
    assert.equal(parseFrameworkId('cis-aws-foundations-v5'), 'CIS-v5.0.0');
    assert.equal(parseFrameworkId('nist-800-53'), 'NIST-800-53-r5');
    assert.equal(parseFrameworkId('pci-dss-3.2.1'), 'PCI-DSS-v3.2.1');
    assert.equal(parseFrameworkId('cis-2.0'), undefined);
    assert.equal(parseFrameworkId('hipaa'), undefined);
  });

  it('lists a rule’s frameworks in the canonical order and drops empty lists', () => {
    assert.deepEqual(frameworkEntries({ 'PCI-DSS-v3.2.1': ['3.4'], FSBP: ['S3.5'], 'CIS-v3.0.0': [] }), [
      ['FSBP', ['S3.5']],
      ['PCI-DSS-v3.2.1', ['3.4']],
    ]);
  });

  it('tosei rules --framework lists exactly the rules mapped to that framework', async () => {
    const result = await runCli(['rules', '--framework', 'CIS-v3.0.0', '--format', 'json']);
    assert.equal(result.code, 0, result.stderr);
    const ids = (JSON.parse(result.stdout) as { id: string }[]).map((rule) => rule.id);
    const expected = builtinRules.filter((rule) => (rule.meta.frameworks?.['CIS-v3.0.0'] ?? []).length > 0).map((rule) => rule.meta.id);
    assert.ok(expected.length > 0);
    assert.deepEqual(ids, expected);
    const unknown = await runCli(['rules', '--framework', 'hipaa']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown framework "hipaa"/);
  });
});
