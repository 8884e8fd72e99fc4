/**
 * One import for a browser test file: a server and a Chromium shared by the file's tests, a fresh context per test,
 * and checks that run after every test (nothing left 127.0.0.1, the built bundle was found). The configs tests share
 * are in `test/shared/fixtures.ts`.
 *
 * @example
 * import { TEST_CONFIG } from '../../shared/fixtures';
 * const h = useBrowserHarness();
 * it('keeps analytics scripts inert before consent', async () => {
 *   const s = await h.open({ config: TEST_CONFIG, path: CORE_PAGE });
 *   await waitForCore(s.page);
 *   expect(h.server.requestsTo('/fixtures/tracker.js')).toHaveLength(0);
 * });
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium, openPage, settle, type OpenOptions, type PageSession } from './browser';
import { REPO_ROOT, startServer, type TestServer } from './server';

export * from './browser';
export * from './server';
export * from './core-page';

export interface Harness {
  readonly server: TestServer;
  readonly browser: Browser;
  /** A fresh context and page; closed after the test. */
  open(options?: OpenOptions): Promise<PageSession>;
}

/**
 * Registers the hooks and returns the harness. `requires` lists built files the tests load (checked once, with a
 * message that says to build).
 */
export function useBrowserHarness(requires: string[] = ['dist/core.mjs']): Harness {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let sessions: PageSession[] = [];

  beforeAll(async () => {
    const missing = requires.filter((file) => !existsSync(join(REPO_ROOT, file)));
    if (missing.length) throw new Error(missing.join(', ') + ' missing: run `npm run build` first');
    server = await startServer();
    browser = await launchChromium();
  });

  afterEach(async () => {
    const open = sessions;
    sessions = [];
    const external = open.flatMap((s) => s.externalRequests);
    await Promise.all(open.map((s) => s.close().catch(() => undefined)));
    // A request sent just before its page closed can still reach the server: let it land before the log is
    // cleared, or it shows up in the next test's log (a late pixel once failed a 'nothing loads' test).
    if (server) await settle(server, 60, 1000);
    server?.reset();
    // A test must never reach the internet: an aborted external request fails the test that caused it.
    expect(external, 'requests that left 127.0.0.1').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get server() {
      if (!server) throw new Error('harness not started');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('harness not started');
      return browser;
    },
    async open(options) {
      if (!browser || !server) throw new Error('harness not started');
      const session = await openPage(browser, server, options);
      sessions.push(session);
      return session;
    },
  };
}

/** Evaluates `expression` (a string, so tests need no DOM typings) in the page. */
export function evaluate<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}
