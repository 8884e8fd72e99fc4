/**
 * Placeholders in the responsive wrappers real pages use, at 1280 px and 360 px: Vimeo's published padding-top box
 * with an absolutely positioned 100% iframe, Bootstrap 5's `.ratio .ratio-16x9` (its rules copied locally), CSS
 * `aspect-ratio` on a YouTube iframe, a percentage width, and iframes in a flex row and a grid. Asserted: the
 * placeholder fills exactly the iframe's box; its content never spills (no scrolling inside) and its Allow button is
 * inside the box; allowing shifts nothing on the page; a small box gets the compact form (no long text, Allow shown).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserHarness } from '../harness';
import { htmlDocument, serveHtml } from '../harness/script-tag-pages';

const h = useBrowserHarness(['dist/cookiegate.js']);

/** The rules of Bootstrap 5.3 that these embeds rely on (ratio helper, grid row and columns), written out locally. */
const BOOTSTRAP = `<style>
*, ::before, ::after { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, sans-serif; }
.container { width: 100%; padding: 0 .75rem; margin: 0 auto; }
@media (min-width: 768px) { .container { max-width: 720px; } }
@media (min-width: 1200px) { .container { max-width: 1140px; } }
.row { display: flex; flex-wrap: wrap; margin: 0 -.75rem; }
.row > * { flex-shrink: 0; width: 100%; max-width: 100%; padding: 0 .75rem; }
@media (min-width: 768px) { .col-md-6 { flex: 0 0 auto; width: 50%; } .col-md-4 { flex: 0 0 auto; width: 33.333333%; } }
.ratio { position: relative; width: 100%; }
.ratio::before { display: block; padding-top: var(--bs-aspect-ratio); content: ""; }
.ratio > * { position: absolute; top: 0; left: 0; width: 100%; height: 100%; }
.ratio-16x9 { --bs-aspect-ratio: 56.25%; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 1rem; }
iframe { border: 0; }
</style>`;

const CONFIG = {
  revision: 1,
  controller: { name: 'Blog Ltd', policyUrl: '/privacy' },
  categories: { social: { services: { vimeo: { label: 'Vimeo' }, youtube: { label: 'YouTube' } } } },
};

/** Embed codes as Vimeo, YouTube and Bootstrap's docs give them, with src moved to data-src as the README says. */
const BODY = `<div class="container">
<h1>Blog</h1>
<div id="vimeo-box" style="padding:56.25% 0 0 0;position:relative;"><iframe id="vimeo" data-category="social" data-service="vimeo" data-src="/fixtures/vimeo.html" style="position:absolute;top:0;left:0;width:100%;height:100%;" frameborder="0" allow="autoplay; fullscreen; picture-in-picture; clipboard-write" title="Vimeo video"></iframe></div>
<p id="after-vimeo">After the Vimeo embed.</p>
<div class="ratio ratio-16x9"><iframe id="bs" data-category="social" data-service="youtube" data-src="/fixtures/bs.html" title="YouTube video" allowfullscreen></iframe></div>
<iframe id="aspect" style="width:100%;height:auto;aspect-ratio:16/9" data-category="social" data-service="youtube" data-src="/fixtures/aspect.html" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>
<iframe id="percent" width="80%" height="315" data-category="social" data-service="youtube" data-src="/fixtures/percent.html" title="YouTube"></iframe>
<div class="row"><div class="col-md-6"><iframe id="flex" style="width:100%;height:240px" data-category="social" data-service="vimeo" data-src="/fixtures/flex.html" title="Vimeo"></iframe></div><div class="col-md-6"><p>Text beside it.</p></div></div>
<div class="grid"><iframe id="grid" style="width:100%;height:180px" data-category="social" data-service="youtube" data-src="/fixtures/grid.html" title="YouTube"></iframe><p>Grid text.</p></div>
<p id="end">End.</p>
</div>`;

const IDS = ['vimeo', 'bs', 'aspect', 'percent', 'flex', 'grid'];

let served = 0;
function page(): string {
  const head =
    BOOTSTRAP + '<script type="application/json" id="cookiegate-config">' + JSON.stringify(CONFIG) + '</script><script src="/dist/cookiegate.js"></script>';
  return serveHtml(h.server, '/blog-' + ++served + '.html', htmlDocument(head, BODY));
}

/** For the iframe `id`: its box, the placeholder's box, whether the content scrolls, and where Allow is. */
function measure(p: Page, id: string) {
  return p.evaluate((frameId) => {
    const frame = document.getElementById(frameId) as HTMLIFrameElement;
    const r = frame.getBoundingClientRect();
    const doc = frame.contentDocument!;
    const ph = doc.querySelector('.cg-ph') as HTMLElement;
    const allow = ph.querySelector('button') as HTMLElement;
    const a = allow.getBoundingClientRect();
    const text = ph.querySelector('.cg-text') as HTMLElement;
    return {
      frame: { width: Math.round(r.width), height: Math.round(r.height) },
      placeholder: { width: Math.round(ph.offsetWidth), height: Math.round(ph.offsetHeight) },
      spills: ph.scrollHeight > ph.clientHeight + 1 || ph.scrollWidth > ph.clientWidth + 1,
      allowInside: a.top >= 0 && a.left >= 0 && a.bottom <= r.height + 0.5 && a.right <= r.width + 0.5 && a.width > 0,
      compact: getComputedStyle(text).display === 'none',
      allowText: allow.textContent,
    };
  }, id);
}

/** Waits until each iframe shows its fixture page (interval polling: animation frames stall with focus in a frame). */
function loaded(p: Page, ids: string[]) {
  return p.waitForFunction((list) => list.every((id) => !!(document.getElementById(id) as HTMLIFrameElement).contentDocument?.getElementById('fixture')), ids, {
    timeout: 8000,
    polling: 100,
  });
}

describe('placeholders in responsive wrappers', () => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 360, height: 740 },
  ]) {
    it(`fill the iframe's box, never spill, and shift nothing when allowed, at ${viewport.width} px`, async () => {
      const s = await h.open({ path: page(), viewport });
      await s.page.frameLocator('#grid').locator('.cg-ph').waitFor();
      const boxes: Record<string, Awaited<ReturnType<typeof measure>>> = {};
      for (const id of IDS) {
        const m = (boxes[id] = await measure(s.page, id));
        expect(m.placeholder, id).toEqual(m.frame);
        expect(m.spills, id + ' spills').toBe(false);
        expect(m.allowInside, id + ' Allow inside').toBe(true);
        expect(m.allowText).toMatch(/^Allow (Vimeo|YouTube)$/);
      }
      // 16:9 boxes keep their ratio.
      expect(Math.abs(boxes.vimeo!.frame.height - boxes.vimeo!.frame.width * 0.5625)).toBeLessThanOrEqual(1);
      expect(Math.abs(boxes.bs!.frame.height - boxes.bs!.frame.width * 0.5625)).toBeLessThanOrEqual(1);
      expect(Math.abs(boxes.aspect!.frame.height - boxes.aspect!.frame.width * 0.5625)).toBeLessThanOrEqual(1);
      // The 180 px high grid embed, and every embed in a 360 px column, are small boxes: the compact form.
      expect(boxes.grid!.compact).toBe(true);
      if (viewport.width === 360) for (const id of IDS) expect(boxes[id]!.compact, id).toBe(true);
      else expect(boxes.vimeo!.compact).toBe(false);

      await s.page.evaluate(
        `window.__shift = 0; new PerformanceObserver(function (l) { l.getEntries().forEach(function (e) { window.__shift += e.value; }); }).observe({ type: 'layout-shift' });`,
      );
      const before = await s.page.evaluate(
        `Array.from(document.querySelectorAll('.container iframe, .container p')).map(function (el) { var r = el.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].join(); })`,
      );
      // The banner may cover the embed at this size: press the button as a keyboard user would reach it.
      await s.page
        .frameLocator('#vimeo')
        .getByRole('button', { name: 'Allow Vimeo' })
        .evaluate((el) => (el as HTMLElement).click());
      await loaded(s.page, ['vimeo', 'flex']);
      await s.page.evaluate('CookieGate.acceptAll()');
      await loaded(s.page, IDS);
      const after = await s.page.evaluate(
        `Array.from(document.querySelectorAll('.container iframe, .container p')).map(function (el) { var r = el.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].join(); })`,
      );
      expect(after).toEqual(before);
      expect(await s.page.evaluate('window.__shift')).toBe(0);
    }, 60_000);
  }
});
