/**
 * Markup a sanitiser lets through (ids and names on harmless elements) cannot pick cookiegate's config or switch off
 * its stylesheet, through the BUILT dist/cookiegate.js. An inline config is only ever a
 * `<script type="application/json">`; our stylesheet is recognised by more than its id.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, useBrowserHarness } from '../harness';
import { waitForBanner } from '../harness/script-tag-pages';
import { PAGE_ALIVE, hardeningPage, inlineConfigText } from '../harness/hardening';

const h = useBrowserHarness(['dist/cookiegate.js']);

const REAL = JSON.stringify({ controller: { name: 'Real Ltd' } });
const FAKE = JSON.stringify({ controller: { name: 'Evil Ltd' }, records: { endpoint: '/evil/records' } });

const bannerText = (s: { page: import('playwright-core').Page }) => s.page.locator('.cg-banner').textContent();

describe('DOM clobbering', () => {
  it('a <p id="cookiegate-config"> before the real inline config is ignored', async () => {
    // User content (a comment) comes before the site's own config at the end of the body.
    const body = '<p id="cookiegate-config">' + FAKE + '</p>' + PAGE_ALIVE + inlineConfigText(REAL);
    const s = await h.open({ path: hardeningPage(h.server, '/hd/clobber-p.html', { body }) });
    await waitForBanner(s.page);
    expect(await bannerText(s)).toContain('Real Ltd');
    expect(await bannerText(s)).not.toContain('Evil Ltd');
    expect(s.cookiegateErrors).toEqual([]);
  });

  it('with data-config="<id>", a <div> of that id before the real script is ignored', async () => {
    const body = '<div id="site-consent">' + FAKE + '</div>' + PAGE_ALIVE + inlineConfigText(REAL, 'site-consent');
    const s = await h.open({ path: hardeningPage(h.server, '/hd/clobber-div.html', { attrs: 'data-config="site-consent"', body }) });
    await waitForBanner(s.page);
    expect(await bannerText(s)).toContain('Real Ltd');
    expect(s.cookiegateErrors).toEqual([]);
  });

  it('an <img name="currentScript"> carrying data-config does not choose the config URL', async () => {
    const before = '<img name="currentScript" data-config="/evil/config.json" alt="">' + inlineConfigText(REAL);
    const s = await h.open({ path: hardeningPage(h.server, '/hd/clobber-current.html', { before, body: PAGE_ALIVE }) });
    await waitForBanner(s.page);
    expect(await bannerText(s)).toContain('Real Ltd');
    expect(h.server.requestsTo(/^\/evil\//)).toEqual([]);
  });

  it('two inline configs with the same id: the first is used, one error names the id', async () => {
    const before = inlineConfigText(REAL) + inlineConfigText(FAKE);
    const s = await h.open({ path: hardeningPage(h.server, '/hd/clobber-two.html', { before, body: PAGE_ALIVE }) });
    await waitForBanner(s.page);
    expect(await bannerText(s)).toContain('Real Ltd');
    expect(s.cookiegateErrors).toEqual([expect.stringMatching(/^cookiegate: config <script id="cookiegate-config">: 2 inline configs/)]);
  });

  it('a <div id="cg-style"> does not stop the stylesheet: the banner is still laid out by it', async () => {
    const body = '<div id="cg-style">user content</div>' + PAGE_ALIVE;
    const s = await h.open({ path: hardeningPage(h.server, '/hd/clobber-style.html', { before: inlineConfigText(REAL), body }) });
    await waitForBanner(s.page);
    expect(await evaluate(s.page, 'getComputedStyle(document.querySelector(".cg-banner")).position')).toBe('fixed');
    // Ours: the gate's part and the UI's, one each.
    expect(await evaluate(s.page, 'Array.from(document.querySelectorAll("style[data-cg-style]")).map((el) => el.getAttribute("data-cg-style")).join()')).toBe(
      'base,ui',
    );
  });

  it('an empty <style data-cg-style="ui"> in the page does not stop ours either: our styles are recognised by what they hold', async () => {
    const body = '<style data-cg-style="ui"></style><style data-cg-style="base"></style>' + PAGE_ALIVE;
    const s = await h.open({ path: hardeningPage(h.server, '/hd/clobber-style-mark.html', { before: inlineConfigText(REAL), body }) });
    await waitForBanner(s.page);
    expect(await evaluate(s.page, 'getComputedStyle(document.querySelector(".cg-banner")).position')).toBe('fixed');
  });
});
