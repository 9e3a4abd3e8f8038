// The framework view of the HTML report in a real browser (Debian's Chromium, headless, through
// playwright-core): `tosei report --framework ID --format html` of examples/ opened from file://
// shows the totals and every control with its state, the state filter, search and deep link
// work, nothing is fetched and nothing is logged as an error.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { hasChromium, launchChromium, openOffline } from './support/browser.js';
import { main } from '../src/cli/main.js';
import { frameworkControls } from '../src/frameworks/index.js';

const FRAMEWORK = 'CIS-v3.0.0';

async function runCli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd: process.cwd(), env: {}, stdoutIsTTY: false, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe('HTML framework report', { skip: hasChromium ? false : 'Chromium is not installed (.ci/run installs it)' }, () => {
  let browser: Browser;
  let directory: string;
  const requests: string[] = [];

  before(async () => {
    browser = await launchChromium();
    directory = mkdtempSync(join(tmpdir(), 'tosei-framework-html-'));
  });
  after(async () => {
    await browser?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const open = (file: string, hash = '') => openOffline(browser, file, requests, hash);

  it('shows every control with its state and the totals; filters, search and deep links work offline', async () => {
    const input = join(directory, 'scan.json');
    await runCli(['scan', 'examples', '--framework', FRAMEWORK, '--format', 'json', '--output', input]);
    const html = join(directory, 'framework.html');
    const json = await runCli(['report', '--framework', FRAMEWORK, '--input', input, '--format', 'json']);
    const expected = JSON.parse(json.stdout) as { totals: Record<string, number>; controls: { id: string; state: string }[] };
    const written = await runCli(['report', '--framework', FRAMEWORK, '--input', input, '--format', 'html', '--output', html]);
    assert.equal(written.code, 1, written.stderr);

    const { page, errors } = await open(html);
    const controls = frameworkControls(FRAMEWORK);
    assert.equal(await page.locator('#controls tbody tr').count(), controls.length);
    for (const state of ['PASS', 'FAIL', 'UNKNOWN', 'NOT_COVERED']) {
      assert.equal(await page.locator(`#state-counts tr[data-state="${state}"] td`).textContent(), String(expected.totals[state]), state);
    }
    assert.equal(await page.locator('#state-counts tr[data-state="total"] td').textContent(), String(controls.length));
    for (const control of expected.controls) assert.equal(await page.locator(`#controls tbody tr[id="control-${control.id}"]`).getAttribute('data-state'), control.state, control.id);
    assert.equal(await page.locator('#shown').textContent(), `${controls.length} of ${controls.length} controls shown`);

    await page.selectOption('#filters select[name="state"]', 'FAIL');
    assert.equal(await page.locator('#controls tbody tr:visible').count(), expected.totals.FAIL);
    assert.match(page.url(), /#state=FAIL$/);
    await page.selectOption('#filters select[name="state"]', '');
    await page.fill('#filters input[name="q"]', 'VPC_FLOW_LOGS_ENABLED');
    assert.deepEqual(await page.locator('#controls tbody tr:visible th').allTextContents(), ['3.7']);

    const linked = await open(html, '#state=NOT_COVERED');
    assert.equal(await linked.page.locator('#controls tbody tr:visible').count(), expected.totals.NOT_COVERED);
    assert.deepEqual([...errors, ...linked.errors], []);
    assert.deepEqual(requests, []);
  });

  it('the scan report of a --framework run counts the framework\'s controls by state in its summary', async () => {
    const input = join(directory, 'scan2.json');
    await runCli(['scan', 'examples', '--framework', FRAMEWORK, '--format', 'json', '--output', input]);
    const expected = JSON.parse((await runCli(['report', '--framework', FRAMEWORK, '--input', input, '--format', 'json'])).stdout) as { totals: Record<string, number> };
    const html = join(directory, 'scan.html');
    await runCli(['scan', 'examples', '--framework', FRAMEWORK, '--format', 'html', '--output', html]);
    const { page, errors } = await open(html);
    assert.equal(await page.locator('#framework-counts caption').textContent(), `${FRAMEWORK} controls`);
    for (const state of ['PASS', 'FAIL', 'UNKNOWN', 'NOT_COVERED']) {
      assert.equal(await page.locator(`#framework-counts tr[data-state="${state}"] td`).textContent(), String(expected.totals[state]), state);
    }
    assert.deepEqual(errors, []);
  });
});
