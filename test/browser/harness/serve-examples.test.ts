/**
 * `npm start` serves the examples: the server script starts, prints its URL, and the examples page shows each
 * category switch on only after consent, using the built script tag.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { REPO_ROOT } from './server';
import { existsSync } from 'node:fs';

let child: ChildProcess | undefined;
let browser: Browser | undefined;
let url = '';

beforeAll(async () => {
  if (!existsSync(join(REPO_ROOT, 'dist/cookiegate.js'))) throw new Error('dist/cookiegate.js missing: run `npm run build` first');
  child = spawn(process.execPath, [join(REPO_ROOT, 'test/serve-examples.mjs')], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('serve-examples printed no URL: ' + out)), 10_000);
    child!.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+\/examples\//.exec(out);
      if (found) {
        clearTimeout(timer);
        resolve(found[0]);
      }
    });
    child!.once('exit', (code) => reject(new Error('serve-examples exited with ' + code + ': ' + out)));
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  child?.kill();
});

const GATED_ASSETS = /\/examples\/assets\/(site-analytics\.js|site-ads\.js|site-preferences\.js|social-post\.html|pixel\.gif)/;

describe('npm start: the examples site', () => {
  it('redirects / to /examples/ and serves the built script', async () => {
    const root = url.replace(/examples\/$/, '');
    const home = await fetch(root, { redirect: 'manual' });
    expect(home.status).toBe(302);
    expect(home.headers.get('location')).toBe('/examples/');
    expect((await fetch(root + 'dist/cookiegate.js')).status).toBe(200);
  });

  it('shows every category blocked before a choice and running after Accept all', async () => {
    const context = await browser!.newContext();
    const external: string[] = [];
    const requested: string[] = [];
    await context.route('**/*', (route) => {
      const target = route.request().url();
      if (new URL(target).hostname === '127.0.0.1') return route.continue();
      external.push(target);
      return route.abort();
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(500);

    const statuses = () => page.locator('td.status').allTextContents();
    expect(await statuses()).toEqual(['blocked', 'blocked', 'blocked', 'blocked', 'blocked']);
    expect(requested.filter((r) => GATED_ASSETS.test(r))).toEqual([]);

    await page.getByRole('button', { name: 'Accept all' }).first().click();
    await page.waitForFunction("Array.from(document.querySelectorAll('td.status')).every(function (td) { return td.className === 'status on' })", undefined, {
      timeout: 5000,
    });
    expect((await statuses()).every((text) => text !== 'blocked')).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });
});
