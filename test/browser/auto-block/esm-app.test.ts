/**
 * Blocking by host in an app that bundles cookiegate from npm: its entry imports `cookiegate/auto-block` first, then
 * calls `init`, then its own code inserts the Google tag and sends a `fetch` to Google Analytics. The app is bundled
 * by rollup from the built package (`dist/auto-block.mjs`, `dist/cookiegate.mjs`) the way a site's bundler would, and
 * the Google hosts are answered by the test server (vendor-hosts.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import { rollup, type OutputChunk } from 'rollup';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, evaluate, settle, useBrowserHarness, type PageSession } from '../harness';
import { hits as vendorHits, openVendorPage, ran, script } from './vendor-hosts';

const h = useBrowserHarness(['dist/auto-block.mjs', 'dist/cookiegate.mjs']);

const CONFIG = {
  revision: 1,
  autoBlock: true,
  controller: { name: 'Shop Ltd', policyUrl: '/privacy' },
  categories: { performance: { services: { 'google-analytics': {} } } },
};

/** The app's entry, as its README tells a site to write it. */
const APP = `import 'cookiegate/auto-block';
import { init } from 'cookiegate';

init(${JSON.stringify(CONFIG)});

const tag = document.createElement('script');
tag.async = true;
tag.src = 'https://www.googletagmanager.com/gtag/js?id=G-APP1';
document.head.append(tag);
window.__collect = () => fetch('https://www.google-analytics.com/g/collect?v=2&tid=G-APP1', { method: 'POST' })
  .then((r) => 'sent ' + r.status, (e) => e.name);
`;

/** Bundled files by name. */
let bundle: Record<string, string> = {};

beforeAll(async () => {
  const build = await rollup({
    input: 'app',
    plugins: [
      {
        name: 'app',
        resolveId: (id) =>
          id === 'app'
            ? id
            : id === 'cookiegate'
              ? join(REPO_ROOT, 'dist/cookiegate.mjs')
              : id === 'cookiegate/auto-block'
                ? join(REPO_ROOT, 'dist/auto-block.mjs')
                : null,
        load: (id) => (id === 'app' ? APP : null),
      },
      nodeResolve({ rootDir: REPO_ROOT, browser: true }),
    ],
    onwarn: () => undefined,
  });
  const { output } = await build.generate({ format: 'es', dir: 'out' });
  await build.close();
  bundle = Object.fromEntries(output.filter((o): o is OutputChunk => o.type === 'chunk').map((chunk) => [chunk.fileName, chunk.code]));
}, 60_000);

async function open(): Promise<PageSession> {
  for (const [name, code] of Object.entries(bundle)) {
    h.server.route('/app/' + name, (_req, res) => {
      res.setHeader('Content-Type', 'text/javascript');
      res.end(code);
    });
  }
  // The package's catalogue entries, which the bundle imports beside itself by id.
  h.server.route('/app/catalogue/google-analytics.mjs', (_req, res) => {
    res.setHeader('Content-Type', 'text/javascript');
    res.end(readFileSync(join(REPO_ROOT, 'dist/catalogue/google-analytics.mjs')));
  });
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>app</title>' +
    "<script>window.process = { env: { NODE_ENV: 'production' } };</script>" +
    '<script type="module" src="/app/app.js"></script></head><body><h1>App</h1></body></html>';
  const s = await openVendorPage(h, '/esm-app.html', html, {
    'www.googletagmanager.com/gtag/js': script('gtag'),
    'www.google-analytics.com/g/collect': { type: 'text/plain', body: '' },
  });
  await s.page.getByRole('button', { name: 'Accept all', exact: true }).waitFor({ state: 'visible' });
  await settle(h.server, 300);
  return s;
}

describe('an app bundling cookiegate/auto-block first', () => {
  it('holds the Google tag it inserts and its fetch to Google Analytics until consent, then lets both through', async () => {
    expect(Object.keys(bundle)).toContain('app.js');
    const s = await open();
    expect(vendorHits(h, 'www.googletagmanager.com/gtag/js')).toEqual([]);
    expect(await evaluate(s.page, 'window.__collect()')).toBe('TypeError');
    await settle(h.server, 200);
    expect(vendorHits(h, 'www.google-analytics.com/g/collect')).toEqual([]);
    expect(s.cookiegateErrors).toEqual([]);

    await s.page.getByRole('button', { name: 'Accept all', exact: true }).click();
    await expect.poll(() => ran(s.page)).toEqual({ gtag: 1 });
    expect(await evaluate(s.page, 'window.__collect()')).toBe('sent 200');
    expect(vendorHits(h, 'www.googletagmanager.com/gtag/js')).toHaveLength(1);
    expect(vendorHits(h, 'www.google-analytics.com/g/collect')).toHaveLength(1);
    expect(s.pageErrors).toEqual([]);
  });
});
