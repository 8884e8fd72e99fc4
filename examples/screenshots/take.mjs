#!/usr/bin/env node
/**
 * Screenshots of the examples (banner, preferences, placeholders, after Accept all, RTL, Consent Mode), at
 * 1280×800 and 360×740, into examples/screenshots/*.png. Run after `npm run build`:
 *
 *   node examples/screenshots/take.mjs
 *
 * Starts the `npm start` server (test/serve-examples.mjs) on a free port and drives Chromium
 * (CHROME_PATH or /usr/bin/chromium) through playwright-core. Requests that would leave 127.0.0.1 are aborted
 * and reported, as are page errors and console errors.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');

const server = spawn(process.execPath, [join(root, 'test/serve-examples.mjs')], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (chunk) => {
    out += chunk;
    const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
    if (found) resolve(found[0]);
  });
  server.once('exit', (code) => reject(new Error('server exited with ' + code + ': ' + out)));
});

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const problems = [];

async function open(path, viewport) {
  const context = await browser.newContext({ viewport, locale: 'en-GB', colorScheme: 'light', reducedMotion: 'reduce' });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).hostname === '127.0.0.1') return route.continue();
    problems.push('external request: ' + url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(path + ': page error: ' + error));
  page.on('console', (m) => m.type() === 'error' && problems.push(path + ': console error: ' + m.text()));
  await page.goto(base + path.replace(/^\//, ''), { waitUntil: 'load' });
  await page.locator('.cg-root').first().waitFor({ state: 'attached' });
  await page.waitForTimeout(400);
  return { context, page };
}

async function shot(page, name) {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(here, name + '.png') });
  console.log('wrote examples/screenshots/' + name + '.png');
}

const DESKTOP = { width: 1280, height: 800 };
const MOBILE = { width: 360, height: 740 };

for (const [suffix, viewport] of [
  ['1280', DESKTOP],
  ['360', MOBILE],
]) {
  // First layer and preferences on the example site.
  let { context, page } = await open('/examples/site/', viewport);
  await shot(page, 'site-banner-' + suffix);
  await page.getByRole('button', { name: 'Manage preferences' }).click();
  await page.getByRole('dialog').waitFor();
  await shot(page, 'site-preferences-' + suffix);
  await context.close();

  // RTL.
  ({ context, page } = await open('/examples/rtl/', viewport));
  await shot(page, 'rtl-banner-' + suffix);
  await context.close();
}

// Placeholders before a choice, then the news page after Accept all.
let { context, page } = await open('/examples/site/news.html', DESKTOP);
await page.getByRole('button', { name: 'Reject all' }).click();
await page.waitForTimeout(300);
await shot(page, 'news-placeholders-1280');
await page.locator('.cg-reopen').click();
await page.getByRole('dialog').getByRole('button', { name: 'Accept all' }).click();
await page.waitForFunction(() => document.querySelectorAll('.status.on').length === 6, undefined, { timeout: 5000 });
await page.evaluate(() => window.scrollTo(0, 0));
await shot(page, 'news-accepted-1280');
await context.close();

({ context, page } = await open('/examples/rtl/', DESKTOP));
await page.getByRole('button', { name: 'إدارة التفضيلات' }).click();
await page.getByRole('dialog').waitFor();
await shot(page, 'rtl-preferences-1280');
await context.close();

({ context, page } = await open('/examples/consent-mode/', DESKTOP));
await page.getByRole('button', { name: 'Accept all' }).click();
await page.waitForFunction(() => document.querySelectorAll('#datalayer li').length >= 4, undefined, { timeout: 5000 });
await shot(page, 'consent-mode-accepted-1280');
await context.close();

({ context, page } = await open('/examples/csp/', DESKTOP));
await page.getByRole('button', { name: 'Accept all' }).click();
await page.waitForFunction(() => document.querySelectorAll('.status.on').length === 5, undefined, { timeout: 5000 });
await shot(page, 'csp-accepted-1280');
await context.close();

await browser.close();
server.kill();
if (problems.length) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}
