// The HTML report in a real browser (Debian's Chromium, headless, through playwright-core): the
// page of `examples/` opened from file:// shows the counts and every finding the JSON report
// lists, filters and deep links work, nothing is fetched, no console error; a 10,000-finding
// report stays under 10 MB and renders in pages.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { hasChromium, launchChromium, openOffline } from './support/browser.js';
import type { Evaluation } from '../src/model/evaluation.js';
import { formatters, type ScanReport } from '../src/report/index.js';
import { ROOT, tosei } from './support/cli.js';


interface JsonResult {
  ruleId: string;
  status: string;
  resource: { id: string };
  suppressed?: unknown;
}

describe('HTML report', { skip: hasChromium ? false : 'Chromium is not installed (.ci/run installs it)' }, () => {
  let browser: Browser;
  let directory: string;
  const requests: string[] = [];

  before(async () => {
    browser = await launchChromium();
    directory = mkdtempSync(join(tmpdir(), 'tosei-html-'));
  });
  after(async () => {
    await browser?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  const open = (file: string, hash = '') => openOffline(browser, file, requests, hash);

  it('shows the counts and every finding of examples/, offline, without errors', async () => {
    const html = join(directory, 'examples.html');
    const run = await tosei(['scan', 'examples', '--format', 'html', '--output', html], { cwd: ROOT });
    assert.equal(run.code, 1, run.stderr);
    const json = JSON.parse((await tosei(['scan', 'examples', '--format', 'json'], { cwd: ROOT })).stdout) as { results: JsonResult[]; summary: { byStatus: Record<string, number>; failing: number; suppressed: number } };
    const { page, errors } = await open(html);
    for (const [status, count] of Object.entries(json.summary.byStatus)) {
      assert.equal(await page.locator(`#status-counts tr[data-status="${status}"] td`).textContent(), String(count), status);
    }
    assert.match((await page.locator('#verdict').textContent()) ?? '', new RegExp(`${json.summary.failing} failing`));
    const listed = json.results.filter((result) => !result.suppressed && ['NON_COMPLIANT', 'ERROR', 'INSUFFICIENT_DATA'].includes(result.status));
    assert.equal(await page.locator('#findings article.finding').count(), listed.length);
    for (const result of listed) {
      assert.ok((await page.locator(`#findings article[data-rule="${result.ruleId}"]`).count()) > 0, result.ruleId);
    }
    // A finding shows the source line it points at, highlighted, and the rule's fix.
    assert.ok((await page.locator('pre.source span.hit').count()) > 0);
    assert.ok((await page.locator('p.fix a').first().getAttribute('href'))?.startsWith('https://'));
    // Suppressed findings are apart, with their reason.
    await page.selectOption('select[name=status]', 'suppressed');
    assert.equal(await page.locator('#findings article.finding').count(), json.summary.suppressed);
    assert.match((await page.locator('#findings p.reason').first().textContent()) ?? '', /^Suppressed \(/);
    assert.deepEqual(errors, []);
    assert.deepEqual(requests, []);
  });

  it('filters by rule, severity and text, and keeps the view in a deep link', async () => {
    const html = join(directory, 'examples.html');
    const { page, errors } = await open(html);
    const firstRule = await page.locator('#findings article.finding').first().getAttribute('data-rule');
    assert.ok(firstRule);
    await page.selectOption('select[name=rule]', firstRule);
    const rules = await page.locator('#findings article.finding').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-rule')));
    assert.ok(rules.length > 0 && rules.every((rule) => rule === firstRule));
    assert.match(page.url(), new RegExp(`#rule=${firstRule}$`));
    const linked = await open(html, `#rule=${firstRule}`);
    assert.equal(await linked.page.locator('select[name=rule]').inputValue(), firstRule);
    assert.equal(await linked.page.locator('#findings article.finding').count(), rules.length);
    await linked.page.fill('input[name=q]', 'no-such-resource-anywhere');
    assert.equal(await linked.page.locator('#findings article.finding').count(), 0);
    assert.match((await linked.page.locator('#shown').textContent()) ?? '', /^0 of /);
    // The controls are reachable from the keyboard, each with a label.
    await linked.page.keyboard.press('Tab');
    // A string, so the test needs no DOM types: run in the page.
    const focused = await linked.page.evaluate('document.activeElement && (document.activeElement.closest("label") || document.activeElement).textContent');
    assert.ok(focused);
    assert.deepEqual([...errors, ...linked.errors], []);
  });

  it('keeps 10,000 findings under 10 MB and renders them in pages', async () => {
    const evaluations: Evaluation[] = Array.from({ length: 10_000 }, (_, index) => ({
      ruleId: `RULE_${index % 40}`,
      status: index % 10 === 0 ? 'INSUFFICIENT_DATA' : 'NON_COMPLIANT',
      severity: (['low', 'medium', 'high', 'critical'] as const)[index % 4] ?? 'medium',
      message: `Resource Bucket${index} breaks rule ${index % 40} because its property is not what the rule asks for.`,
      resource: { type: 'AWS::S3::Bucket', id: `Bucket${index}`, source: 'cloudformation' },
      location: { file: `/project/templates/stack-${index % 50}.yaml`, line: 10 + (index % 500), column: 3, path: ['Properties', 'BucketEncryption'] },
    }));
    const rules = Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`RULE_${index}`, { id: `RULE_${index}`, title: `Rule ${index}`, description: '', severity: 'medium', resourceTypes: ['AWS::S3::Bucket'], messages: {}, remediation: 'Set the property.' }]));
    const source = Array.from({ length: 600 }, (_, line) => `      Property${line}: value-${line}`).join('\n');
    const report = { tool: { name: 'tosei', version: '0.0.0' }, files: [], evaluations, problems: [], rules } as unknown as ScanReport;
    const html = formatters.html(report, { cwd: '/project', color: false, severityThreshold: 'info', ruleUrl: (id) => `https://example.invalid/${id}.md`, generatedAt: '2026-12-07T00:00:00Z', source: () => source });
    const file = join(directory, 'large.html');
    writeFileSync(file, html);
    assert.ok(statSync(file).size < 10 * 1024 * 1024, `${statSync(file).size} bytes`);
    const { page, errors } = await open(file);
    assert.match((await page.locator('#shown').textContent()) ?? '', /^10000 of 10000 findings shown$/);
    const first = await page.locator('#findings article.finding').count();
    assert.ok(first > 0 && first < 10_000, `${first} rendered at first`);
    await page.locator('#more button').click();
    assert.ok((await page.locator('#findings article.finding').count()) > first);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate('window.dispatchEvent(new Event("beforeprint"))');
    assert.equal(await page.locator('#findings article.finding').count(), 10_000);
    assert.deepEqual(errors, []);
    assert.ok(readFileSync(file, 'utf8').includes('Content-Security-Policy'));
  });
});
