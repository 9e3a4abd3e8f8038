// Renders the HTML report of examples/ and the dashboard of `tosei serve` (its store holding the examples' findings)
// in headless Chromium and writes screenshots to docs/screenshots/ (the README shows them).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const out = join('docs', 'screenshots');
mkdirSync(out, { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), 'tosei-screenshots-'));
const report = join(scratch, 'report.html');
try {
  execFileSync(process.execPath, ['bin/tosei.js', 'scan', 'examples', '--format', 'html', '--output', report], { stdio: 'inherit' });
} catch (error) {
  if (error.status !== 1) throw error; // 1: the examples have failing findings, as they should
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(pathToFileURL(report).href);
  await page.screenshot({ path: join(out, 'report.png') });
  await page.goto(`${pathToFileURL(report).href}#status=suppressed`);
  await page.reload();
  await page.screenshot({ path: join(out, 'report-suppressed.png') });
  console.log(`wrote ${out}/report.png and report-suppressed.png`);
  await dashboard(page);
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}

/** The dashboard's pages, over a store holding the examples' scan. */
async function dashboard(page) {
  const token = 'screenshots-token-0123456789abcdef';
  const json = join(scratch, 'report.json');
  try {
    execFileSync(process.execPath, ['bin/tosei.js', 'scan', 'examples', '--format', 'json', '--output', json], { stdio: 'inherit' });
  } catch (error) {
    if (error.status !== 1) throw error;
  }
  const server = spawn(process.execPath, ['bin/tosei.js', 'serve', '--port', '0', '--allow-unsigned', '--store-file', join(scratch, 'tosei.db')], {
    env: { ...process.env, TOSEI_API_TOKEN: token },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  try {
    const port = await new Promise((resolve, reject) => {
      let text = '';
      server.stderr.on('data', (chunk) => {
        text += chunk;
        const match = /"msg":"listening".*?"port":(\d+)/.exec(text);
        if (match) resolve(Number(match[1]));
      });
      server.once('exit', (code) => reject(new Error(`tosei serve exited with ${code}: ${text}`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const posted = await globalThis.fetch(`${base}/evaluations`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ ...JSON.parse(readFileSync(json, 'utf8')), metadata: { source: 'scan' } }) });
    if (!posted.ok) throw new Error(`POST /evaluations answered ${posted.status}`);
    await page.goto(`${base}/ui/`);
    await page.fill('#token', token);
    await Promise.all([page.waitForURL(`${base}/ui/`), page.click('button[type=submit]')]);
    await page.waitForSelector('.card strong');
    await page.screenshot({ path: join(out, 'dashboard-posture.png') });
    await page.goto(`${base}/ui/#/findings`);
    await page.waitForSelector('tbody tr');
    await page.screenshot({ path: join(out, 'dashboard-findings.png') });
    await page.click('tbody tr a');
    await page.waitForSelector('tr[data-source]');
    await page.screenshot({ path: join(out, 'dashboard-resource.png') });
    await page.goto(`${base}/ui/#/frameworks/FSBP`);
    await page.waitForSelector('tr[data-control]');
    await page.screenshot({ path: join(out, 'dashboard-framework.png') });
    const failing = page.locator('tr[data-control]:has(td[data-state=FAIL]) a').first();
    if ((await failing.count()) > 0) {
      await failing.click();
      await page.waitForSelector('strong[data-state]');
      await page.screenshot({ path: join(out, 'dashboard-control.png') });
    }
    console.log(`wrote ${out}/dashboard-posture.png, dashboard-findings.png, dashboard-resource.png, dashboard-framework.png and dashboard-control.png`);
  } finally {
    server.kill('SIGTERM');
  }
}
