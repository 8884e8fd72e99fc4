/**
 * examples/next, built with `next build` and served by `next start` on 127.0.0.1 (a random port), in Chromium: the
 * App Router's server components read the choice from the request (`cookiegate/server`), `<CookieGate>` hydrates
 * with it, and a marked script and a YouTube-style `<iframe data-category>` rendered by the server are gated without
 * a hydration error. The build runs here only when .next/ is missing or older than the library's dist/ (`next build`
 * takes about a minute on two cores; a first install from the npm registry adds a minute or two).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, evaluate, useBrowserHarness, type PageSession } from '../harness';

const EXAMPLE = join(REPO_ROOT, 'examples/next');
let server: ChildProcess | undefined;
let origin = '';

/** Starts `next start` on a free port and resolves with its origin once it answers. */
async function startNext(): Promise<string> {
  server = spawn(process.execPath, [join(EXAMPLE, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', '0'], {
    cwd: EXAMPLE,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('next start printed no URL in 60 s:\n' + output)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const found = /Local:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    server!.stdout!.on('data', read);
    server!.stderr!.on('data', read);
    server!.on('exit', (code) => reject(new Error(`next start exited with ${code}:\n${output}`)));
  });
  // It prints the URL before it has loaded the build: wait for the first answer.
  for (let tries = 0; ; tries++) {
    const answer = await fetch(url + '/').catch(() => undefined);
    if (answer?.ok) return url;
    if (tries > 100) throw new Error(`next start does not answer at ${url}:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  const build = spawnSync(process.execPath, [join(REPO_ROOT, 'examples/build-frameworks.mjs'), 'next', '--if-stale', '--require'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 560_000,
  });
  if (build.status !== 0) {
    throw new Error('could not build examples/next (node examples/build-frameworks.mjs next):\n' + build.stdout + build.stderr + (build.error?.message ?? ''));
  }
  origin = await startNext();
}, 600_000);

afterAll(() => {
  server?.kill();
});

const h = useBrowserHarness(['dist/cookiegate.mjs', 'dist/react.mjs', 'dist/server.mjs']);

/** A page on the Next server that also records console warnings and every request for the analytics tag. */
async function open(path: string): Promise<PageSession & { warnings: string[]; analyticsLoads: () => number }> {
  const s = await h.open({ origin });
  const warnings: string[] = [];
  let analyticsLoads = 0;
  s.page.on('console', (message) => {
    // YouTube's published embed code allows `web-share`, a feature headless Chromium does not know.
    if (message.type() === 'warning' && message.text() !== "Unrecognized feature: 'web-share'.") warnings.push(message.text());
  });
  s.page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/analytics.js') analyticsLoads++;
  });
  await s.goto(path);
  return Object.assign(s, { warnings, analyticsLoads: () => analyticsLoads });
}

/** A refresh fetches the route's server components again: on a busy two-core machine that can take seconds. */
const REFRESHED = { timeout: 15_000 };

/** Lets what an activation or a refresh would start happen. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

const acceptAll = (page: Page) => page.getByRole('button', { name: 'Accept all', exact: true });
const serverView = (page: Page) => page.locator('#server-view').textContent();
const frame = (page: Page) => page.locator('iframe[title="Example video"]');

/** Clicks a `<Link>` and checks that the document stayed the same (a client-side navigation, not a page load). */
async function navigate(page: Page, name: string, path: string): Promise<void> {
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
  await page.getByRole('link', { name, exact: true }).click();
  await page.waitForURL(origin + path);
  expect(await evaluate(page, 'window.samePage')).toBe(true);
}

/** Nothing in the console: no hydration error (React #418, #423, #425…), no warning, no uncaught error. */
function expectQuietConsole(s: PageSession & { warnings: string[] }): void {
  expect(s.pageErrors).toEqual([]);
  expect(s.consoleErrors).toEqual([]);
  expect(s.warnings).toEqual([]);
  expect(s.httpErrors).toEqual([]);
}

describe('examples/next (next build, next start)', () => {
  it('first visit, Accept all, a returning visit and client-side navigation: no hydration error, the tag runs once per page load, the server view follows', async () => {
    const s = await open('/');
    await acceptAll(s.page).waitFor({ state: 'visible' });
    expect(await serverView(s.page)).toBe('The server read: no choice');
    await settle();
    expect(s.analyticsLoads()).toBe(0);
    expect(await evaluate(s.page, 'window.exampleAnalytics')).toBeUndefined();

    await acceptAll(s.page).click();
    await s.page.waitForFunction('window.exampleAnalytics === 1');
    // router.refresh() from useRefreshOnChoice: the server components render again for the new cookie.
    await expect.poll(() => serverView(s.page), REFRESHED).toBe('The server read: statistics on, YouTube on');
    await navigate(s.page, 'Video', '/video');
    await expect.poll(() => frame(s.page).getAttribute('src')).toBe('/embed.html');
    await settle();
    // The video page renders the marked script again (a new element): it does not run a second time on this page load.
    expect(await evaluate(s.page, 'window.exampleAnalytics')).toBe(1);
    expect(s.analyticsLoads()).toBe(1);
    expectQuietConsole(s);

    // A returning visitor: the server reads the cookie and renders the granted state; the browser hydrates it as is.
    const response = await s.page.reload({ waitUntil: 'load' });
    expect(await response!.text()).toContain('The server read: statistics on, YouTube on');
    await s.page.waitForFunction('window.exampleAnalytics === 1');
    await expect.poll(() => frame(s.page).getAttribute('src')).toBe('/embed.html');
    await navigate(s.page, 'Home', '/');
    await settle();
    expect(await evaluate(s.page, 'window.exampleAnalytics')).toBe(1);
    expect(s.analyticsLoads()).toBe(2); // one per page load
    expect(await serverView(s.page)).toBe('The server read: statistics on, YouTube on');
    expect(await s.page.locator('#status').textContent()).toBe('Allowed: necessary, performance, functionality, targeting, social');
    expect(await acceptAll(s.page).isVisible()).toBe(false);
    expectQuietConsole(s);
  });

  it('the streamed embed shows its placeholder inside the iframe, and Allow loads it and refreshes the server view', async () => {
    const s = await open('/video');
    const placeholder = s.page.frameLocator('iframe[title="Example video"]');
    const allow = placeholder.getByRole('button', { name: 'Allow YouTube', exact: true });
    await allow.waitFor({ state: 'visible' });
    expect(await frame(s.page).getAttribute('src')).toBeNull();
    // The placeholder is inside the iframe: nothing was inserted beside the server-rendered markup.
    expect(await s.page.locator('.ratio > *').count()).toBe(1);

    await allow.click();
    await expect.poll(() => frame(s.page).getAttribute('src')).toBe('/embed.html');
    await placeholder.locator('#embed').waitFor({ state: 'visible' });
    await expect.poll(() => serverView(s.page), REFRESHED).toBe('The server read: statistics off, YouTube on');
    await settle();
    // Only the video was allowed: the analytics tag stays inert.
    expect(s.analyticsLoads()).toBe(0);
    expect(await evaluate(s.page, 'window.exampleAnalytics')).toBeUndefined();
    expectQuietConsole(s);
  });

  it('reports a hydration mismatch in this build when the HTML differs from what React renders (the checks above can fail)', async () => {
    const s = await h.open({ origin });
    // The server's HTML altered on its way, as a DOM change before hydration would: React must notice.
    await s.page.route(origin + '/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('The server read: no choice', 'The server read: altered');
      await route.fulfill({ response, body: html });
    });
    await s.goto('/');
    await acceptAll(s.page).waitFor({ state: 'visible' });
    await expect.poll(() => [...s.pageErrors, ...s.consoleErrors].join('\n')).toMatch(/#418|hydrat/i);
  });
});
