/**
 * Robustness under load, through the BUILT dist/cookiegate.js: 2,000 blocked elements in the markup (external
 * and inline scripts, images, iframes, four categories) and 500 more added by script — 250 before the choice,
 * 250 after it. Nothing loads before Accept all; after it every element activates exactly once (one request per
 * URL in the server log) and every script runs once, in document order. The time Accept all spends on the main
 * thread is logged as a benchmark figure, not asserted.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, settle, useBrowserHarness } from '../harness';
import { serveHtml, htmlDocument, bundleTag, waitForBanner } from '../harness/script-tag-pages';
import { ANY_FIXTURE } from '../harness/hardening';

const h = useBrowserHarness(['dist/cookiegate.js']);

const CATEGORIES = ['performance', 'functionality', 'targeting', 'social'];

/** Element `i` of a batch named `prefix`: kinds cycle external, inline, image, iframe (3:3:3:1). */
function element(prefix: string, i: number): { html: string; script?: string; url?: string } {
  const kind = i % 10;
  const category = CATEGORIES[i % CATEGORIES.length];
  const name = prefix + i;
  if (kind < 3)
    return { html: `<script type="text/plain" data-category="${category}" src="/fixtures/${name}.js"></script>`, script: name, url: `/fixtures/${name}.js` };
  if (kind < 6)
    return {
      html: `<script type="text/plain" data-category="${category}">(window.__cgLog = window.__cgLog || []).push(${JSON.stringify(name)});</script>`,
      script: name,
    };
  if (kind < 9) return { html: `<img data-category="${category}" data-src="/fixtures/${name}.gif" alt="" width="1" height="1">`, url: `/fixtures/${name}.gif` };
  return {
    html: `<iframe data-category="${category}" data-src="/fixtures/${name}.html" title="${name}" width="40" height="20"></iframe>`,
    url: `/fixtures/${name}.html`,
  };
}

const batch = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => element(prefix, i));

/** A page script that appends a batch's markup at the end of the body when `window.__add(prefix)` is called. */
function adder(batches: Record<string, string[]>): string {
  return (
    '<script>window.__batches = ' +
    JSON.stringify(batches).replace(/</g, '\\u003c') +
    ';' +
    'window.__add = function (prefix) { window.__batches[prefix].forEach(function (html) {' +
    " var holder = document.createElement('div');" +
    ' holder.appendChild(document.createRange().createContextualFragment(html)); document.body.appendChild(holder); }); };</script>'
  );
}

describe('2,000 blocked elements and 500 added later', () => {
  it('nothing loads before Accept all; then each activates exactly once and the scripts run in document order', async () => {
    const initial = batch('ld-a', 2000);
    const before = batch('ld-b', 250);
    const after = batch('ld-c', 250);
    const html = htmlDocument(
      bundleTag() + adder({ 'ld-b': before.map((e) => e.html), 'ld-c': after.map((e) => e.html) }),
      '<h1>Load</h1>' + initial.map((e) => e.html).join('\n') + '<script>window.__pageAlive = true;</script>',
    );
    const path = serveHtml(h.server, '/hd/load.html', html);
    const s = await h.open({ path });
    await waitForBanner(s.page);
    await evaluate(s.page, "window.__add('ld-b')");
    await settle(h.server, 500);
    expect(h.server.requestsTo(ANY_FIXTURE)).toEqual([]);
    expect(await evaluate(s.page, '(window.__cgLog || []).length')).toBe(0);
    expect(await evaluate(s.page, 'document.querySelectorAll("[data-category]").length')).toBe(2250);

    // Benchmark: main-thread time of the click handler's synchronous work (activation is queued from it).
    const acceptMs = await evaluate<number>(
      s.page,
      'new Promise(function (resolve) { var t = performance.now(); window.CookieGate.acceptAll(); resolve(performance.now() - t); })',
    );
    await evaluate(s.page, "window.__add('ld-c')");

    const scripts = [...initial, ...before, ...after].filter((e) => e.script).map((e) => e.script!);
    await expect.poll(() => evaluate(s.page, '(window.__cgLog || []).length'), { timeout: 90_000, interval: 500 }).toBe(scripts.length);
    await settle(h.server, 800, 30_000);
    expect(await evaluate(s.page, 'window.__cgLog')).toEqual(scripts);

    const urls = [...initial, ...before, ...after].filter((e) => e.url).map((e) => e.url!);
    const counts = new Map<string, number>();
    for (const r of h.server.requestsTo(ANY_FIXTURE)) counts.set(r.path, (counts.get(r.path) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([...urls].sort());
    expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
    const ran = await evaluate<Record<string, number>>(s.page, 'window.__cgRan');
    expect(Object.values(ran).filter((n) => n !== 1)).toEqual([]);
    expect(await evaluate(s.page, 'document.querySelectorAll("[data-category][data-cg-state=blocked]").length')).toBe(0);
    expect(s.pageErrors).toEqual([]);
    expect(s.cookiegateErrors).toEqual([]);
    console.log(
      `benchmark: acceptAll() with 2,250 blocked elements took ${acceptMs.toFixed(1)} ms of main-thread time; ${scripts.length} scripts, ${urls.length} URLs`,
    );
  }, 180_000);
});
