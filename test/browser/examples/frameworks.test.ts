/**
 * The framework examples (examples/react, vue, svelte, headless), as built by their own Vite: nothing gated loads
 * before a choice, not even an embed a route change adds later, and **Accept all** loads it. An example is built here
 * only when its dist/ is missing or older than the library's dist/ (about 10 s for all four once installed; a first
 * install from the npm registry adds under a minute).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, evaluate, useBrowserHarness } from '../harness';

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(REPO_ROOT, 'examples/build-frameworks.mjs'), '--if-stale', '--require'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 170_000,
  });
  if (build.status !== 0) {
    throw new Error('could not build the framework examples (node examples/build-frameworks.mjs):\n' + build.stdout + build.stderr);
  }
}, 180_000);

const h = useBrowserHarness(['dist/cookiegate.mjs', 'dist/core.mjs']);

interface Example {
  name: string;
  /** Adds the embed the way the app does it later: a route change, or a button. */
  addEmbed: string;
  /** The built-in UI is in the bundle (everything but the headless example). */
  builtInUi: boolean;
  /**
   * How the embed waits: `markup`, an `<iframe data-category data-src>` cookiegate holds; `component`, the binding's
   * `<Gated>`, which renders our placeholder and puts the iframe (with its `src`) in the page only once allowed.
   */
  gatedBy: 'markup' | 'component';
}

const EXAMPLES: Example[] = [
  { name: 'react', addEmbed: 'Video', builtInUi: true, gatedBy: 'component' },
  { name: 'vue', addEmbed: 'Video', builtInUi: true, gatedBy: 'component' },
  { name: 'svelte', addEmbed: 'Video', builtInUi: true, gatedBy: 'markup' },
  { name: 'headless', addEmbed: 'Add a video', builtInUi: false, gatedBy: 'markup' },
];

/** Lets requests that an activation would start reach the server. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe.each(EXAMPLES.map((example) => [example.name, example] as const))('examples/%s (built with Vite)', (name, { addEmbed, builtInUi, gatedBy }) => {
  const base = `/examples/${name}/dist/`;

  it('loads nothing gated before a choice, not even an embed added by a later route, and all of it after Accept all', async () => {
    const s = await h.open({ path: base + 'index.html' });
    const acceptAll = s.page.getByRole('button', { name: 'Accept all', exact: true });
    await acceptAll.waitFor({ state: 'visible' });
    expect(await s.page.textContent('#status')).toContain('No choice yet');

    // A route change (or a lazily added component) puts an embed into the page after init.
    const add = s.page.getByRole(builtInUi ? 'link' : 'button', { name: addEmbed, exact: true });
    await add.click();
    const frame = s.page.locator('iframe[title="Example video"]');
    if (gatedBy === 'component') {
      await s.page.getByRole('button', { name: 'Allow Example Video', exact: true }).waitFor({ state: 'visible' });
      expect(await frame.count()).toBe(0);
    } else await frame.waitFor({ state: 'attached' });
    await settle();

    expect(h.server.requestsTo(base + 'analytics.js')).toHaveLength(0);
    expect(h.server.requestsTo(base + 'embed.html')).toHaveLength(0);
    if (gatedBy === 'markup') expect(await frame.getAttribute('src')).toBeNull();
    expect(await evaluate(s.page, 'window.exampleAnalytics')).toBeUndefined();
    expect(await s.cookieNames()).toEqual([]);

    await acceptAll.click();
    await h.server.waitForRequest(base + 'analytics.js', 5000);
    await h.server.waitForRequest(base + 'embed.html', 5000);
    await s.page.waitForFunction('window.exampleAnalytics === 1');
    await settle();

    expect(h.server.requestsTo(base + 'analytics.js')).toHaveLength(1);
    expect(await frame.getAttribute('src')).toBe('./embed.html');
    if (gatedBy === 'component') {
      expect(await s.page.getByRole('button', { name: 'Allow Example Video', exact: true }).count()).toBe(0);
      // React's useRefreshOnChoice ran its callback once for the one choice.
      if (name === 'react') expect(await s.page.textContent('#status')).toContain('choices made on this page: 1');
    }
    expect(await s.page.textContent('#status')).toContain('performance');
    expect(await s.cookieNames()).toEqual(['_stats', 'cookiegate']);
    expect(await acceptAll.isVisible()).toBe(false);
    expect(s.pageErrors).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    expect(s.httpErrors).toEqual([]);
  });

  it('keeps the choice on reload: the tag runs again without asking', async () => {
    const s = await h.open({ path: base + 'index.html' });
    await s.page.getByRole('button', { name: 'Accept all', exact: true }).click();
    await s.page.waitForFunction('window.exampleAnalytics === 1');
    await s.reload();
    await s.page.waitForFunction('window.exampleAnalytics === 1');
    expect(await s.page.textContent('#status')).toContain('performance');
    expect(await s.page.getByRole('button', { name: 'Accept all', exact: true }).isVisible()).toBe(false);
  });

  it(builtInUi ? 'bundles the built-in UI' : 'bundles no built-in UI and renders only its own banner', async () => {
    const assets = join(REPO_ROOT, 'examples', name, 'dist/assets');
    const code = readdirSync(assets)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(assets, file), 'utf8'))
      .join('\n');
    // `cg-banner` is the built-in banner's class: present exactly when the preact UI was bundled.
    expect(code.includes('cg-banner')).toBe(builtInUi);
    const s = await h.open({ path: base + 'index.html' });
    await s.page.getByRole('button', { name: 'Accept all', exact: true }).waitFor({ state: 'visible' });
    expect(await s.page.locator('.cg-banner').count()).toBe(builtInUi ? 1 : 0);
  });
});

/**
 * examples/react and examples/svelte rendered on the server (their dist/server/entry-server.js, as an SSR framework
 * would run it) and hydrated in Chromium: the server reads the choice from the request's cookies, the browser's first
 * render matches it, and the analytics tag runs once per page load.
 */
const SERVER_RENDERED = [
  // React renders text and an expression as two text nodes with a comment between them.
  { name: 'react', rootTag: '<div id="root"></div>', statsOn: 'Statistics: <!-- -->on', markedScript: true },
  { name: 'svelte', rootTag: '<div id="app"></div>', statsOn: 'Statistics: on', markedScript: false },
];

/**
 * Keeps the `#status` element the HTML parser inserted (the server's), so a test can tell whether hydration adopted
 * it or replaced it. Svelte repairs a mismatched `{#if}` branch silently in production builds: a replaced node is then
 * the only sign.
 */
const KEEP_SERVER_STATUS =
  "new MutationObserver(function (records, observer) { var node = document.getElementById('status');" +
  ' if (node) { window.__serverStatus = node; observer.disconnect(); } }).observe(document, { childList: true, subtree: true });';
const serverStatusKept = "document.getElementById('status') === window.__serverStatus";

describe.each(SERVER_RENDERED.map((example) => [example.name, example] as const))(
  'examples/%s, server-rendered and hydrated',
  (name, { rootTag, statsOn, markedScript }) => {
    const base = `/examples/${name}/dist/`;
    type Render = (cookie: string | undefined) => { html: string; consent: unknown };
    let render: Render;
    /** What the server rendered last, and whether it sent the consent it read along (false: a broken page, on purpose). */
    let lastHtml = '';

    beforeAll(async () => {
      const entry = pathToFileURL(join(REPO_ROOT, `examples/${name}/dist/server/entry-server.js`)).href;
      render = ((await import(entry)) as { render: Render }).render;
    });

    /** Serves the app rendered for the request's cookies; `withConsent: false` leaves the server's snapshot out. */
    function serveSsr(path: string, withConsent = true): void {
      const template = readFileSync(join(REPO_ROOT, `examples/${name}/dist/index.html`), 'utf8');
      h.server.route(base + path, (req, res) => {
        const { html, consent } = render(req.headers.cookie);
        lastHtml = html;
        const snapshot = withConsent ? `<script type="application/json" id="server-consent">${JSON.stringify(consent).replace(/</g, '\\u003c')}</script>` : '';
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(template.replace(rootTag, rootTag.replace('></div>', `>${html}</div>`) + snapshot));
      });
    }

    it('hydrates without a mismatch on a first visit and for a returning visitor, and runs the tag once per page load', async () => {
      serveSsr('ssr.html');
      const s = await h.open({ path: base + 'ssr.html', initScript: KEEP_SERVER_STATUS });
      await s.page.getByRole('button', { name: 'Accept all', exact: true }).click();
      await s.page.waitForFunction('window.exampleAnalytics === 1');
      await settle();
      expect(h.server.requestsTo(base + 'analytics.js')).toHaveLength(1);

      // Returning visitor: the server reads the cookie and renders the granted state; the browser hydrates it as is.
      await s.reload();
      expect(lastHtml).toContain(statsOn);
      await s.page.waitForFunction('window.exampleAnalytics === 1');
      await settle();
      expect(h.server.requestsTo(base + 'analytics.js')).toHaveLength(2); // one per page load
      expect(await s.page.textContent('#stats')).toBe('Statistics: on');
      // The inert original, and the copy that ran.
      if (markedScript) expect(await s.page.locator('script[data-category][src="./analytics.js"]').count()).toBe(2);
      expect(await evaluate(s.page, serverStatusKept)).toBe(true);
      expect(s.pageErrors).toEqual([]);
      expect(s.consoleErrors).toEqual([]);
    });

    it('reports a mismatch when the browser does not get the server snapshot (the check above can fail)', async () => {
      serveSsr('ssr-no-snapshot.html', false);
      const first = await h.open({ path: base + 'ssr-no-snapshot.html', initScript: KEEP_SERVER_STATUS });
      await first.page.getByRole('button', { name: 'Accept all', exact: true }).click();
      await first.page.waitForFunction('window.exampleAnalytics === 1');
      await first.reload();
      await first.page.waitForFunction('window.exampleAnalytics === 1');
      await settle();
      expect(await evaluate(first.page, serverStatusKept)).toBe(false);
      // React also says so (main.tsx logs its recoverable errors).
      if (name === 'react') expect(first.consoleErrors.some((line) => line.startsWith('hydration error:'))).toBe(true);
    });
  },
);
