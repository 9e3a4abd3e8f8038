// Debian's Chromium, headless, through playwright-core: what every browser test starts from.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
}

/**
 * Opens a file:// page in a fresh context that may fetch nothing else: every other request is aborted and its URL
 * pushed to `requests`. `errors` collects console errors and uncaught exceptions.
 */
export async function openOffline(browser: Browser, file: string, requests: string[], hash = ''): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file://')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${pathToFileURL(file).href}${hash}`);
  return { page, errors };
}
