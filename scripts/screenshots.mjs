// Renders the HTML report of examples/ in headless Chromium and writes screenshots to
// docs/screenshots/ (the README shows them): the page as it opens, and filtered to one rule.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
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
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}
