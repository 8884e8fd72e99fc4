/**
 * Styles reach the page once: an app that bundles `cookiegate/cookiegate.css` into its own stylesheet (under a name
 * a bundler chose) gets no second copy injected, and `init(config, { styles: false })` injects none. The npm ESM entry
 * (`dist/cookiegate.mjs`) is loaded as a bundler would resolve it, through an import map.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, evaluate, useBrowserHarness } from '../harness';
import { TEST_CONFIG } from '../../shared/fixtures';

const h = useBrowserHarness(['dist/cookiegate.mjs', 'dist/cookiegate.css']);

const IMPORT_MAP = JSON.stringify({
  imports: {
    nanostores: '/node_modules/nanostores/index.js',
    preact: '/node_modules/preact/dist/preact.module.js',
    'preact/hooks': '/node_modules/preact/hooks/dist/hooks.module.js',
    'preact/jsx-runtime': '/node_modules/preact/jsx-runtime/dist/jsxRuntime.module.js',
  },
});

let served = 0;
/** Serves an app page: `head` (its own styles), then a module calling `init` with `initOptions`. */
function appPage(head: string, initOptions: string): string {
  const path = '/bundled-styles-' + ++served + '.html';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>app</title>${head}
<script>window.process = { env: { NODE_ENV: 'production' } };</script>
<script type="importmap">${IMPORT_MAP}</script></head><body><h1>app</h1>
<script type="module">
  import { init } from '/dist/cookiegate.mjs';
  init(${JSON.stringify(TEST_CONFIG)}, ${initOptions});
</script></body></html>`;
  h.server.route(path, (_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(html);
  });
  return path;
}

/** The banner is up, laid out by our styles (fixed to the viewport), and which `<style>` elements cookiegate added. */
async function openBanner(path: string) {
  const s = await h.open({ path });
  await s.page.getByRole('button', { name: 'Accept all', exact: true }).waitFor({ state: 'visible' });
  const injected = await evaluate<string[]>(
    s.page,
    'Array.from(document.querySelectorAll("style[data-cg-style]")).map((el) => el.getAttribute("data-cg-style"))',
  );
  const position = await evaluate<string>(s.page, 'getComputedStyle(document.querySelector(".cg-banner")).position');
  return { s, injected, position };
}

describe('styles reach the page once', () => {
  it('injects both parts when the app brings none', async () => {
    const { s, injected, position } = await openBanner(appPage('', '{}'));
    expect(injected.sort()).toEqual(['base', 'ui']);
    expect(position).toBe('fixed');
    expect(s.consoleErrors).toEqual([]);
  });

  it('injects nothing when the app bundled cookiegate.css into a stylesheet of its own name', async () => {
    const css = readFileSync(join(REPO_ROOT, 'dist/cookiegate.css'), 'utf8');
    h.server.route('/assets/index-4f2a9c.css', (_req, res) => {
      res.setHeader('Content-Type', 'text/css');
      res.end('body { margin: 2rem }\n' + css);
    });
    const { s, injected, position } = await openBanner(appPage('<link rel="stylesheet" href="/assets/index-4f2a9c.css">', '{}'));
    expect(injected).toEqual([]);
    expect(position).toBe('fixed');
    expect(s.consoleErrors).toEqual([]);
  });

  it('injects nothing with init(config, { styles: false })', async () => {
    const { injected } = await openBanner(appPage('', '{ styles: false }'));
    expect(injected).toEqual([]);
  });
});
