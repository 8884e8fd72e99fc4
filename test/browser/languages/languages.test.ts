/**
 * The UI speaks the page's language: `<html lang>` picks a shipped locale (Dutch, German, French), config `language`
 * wins over it, the UI root carries its own `lang` and `dir`, and a right-to-left language lays out mirrored.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { REPO_ROOT, useBrowserHarness } from '../harness';
import { ARABIC, ARABIC_CONFIG, UI_CONFIG } from '../../shared/fixtures';
import { settle } from '../harness/browser';
import { BANNER, DIALOG, REOPEN, openUiPage, serveUiPage } from '../harness/ui-page';
import { BUNDLE, htmlDocument, serveHtml, serveJson } from '../harness/script-tag-pages';

const h = useBrowserHarness(['dist/cookiegate.js', 'dist/cookiegate.css']);

/** Labels of the banner's buttons, in DOM order. */
function bannerLabels(page: Page): Promise<string[]> {
  return page.locator(BANNER + ' button').allTextContents();
}

function rootLangDir(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(
    "(function (r) { return { lang: r.getAttribute('lang'), dir: r.getAttribute('dir') }; })(document.querySelector('.cg-root'))",
  ) as Promise<{
    lang: string;
    dir: string;
  }>;
}

const SHIPPED = [
  { lang: 'nl', banner: ['Alles accepteren', 'Alles weigeren', 'Voorkeuren beheren'], save: 'Voorkeuren opslaan', reopen: 'Cookievoorkeuren' },
  { lang: 'de', banner: ['Alle akzeptieren', 'Alle ablehnen', 'Einstellungen verwalten'], save: 'Einstellungen speichern', reopen: 'Cookie-Einstellungen' },
  { lang: 'fr', banner: ['Tout accepter', 'Tout refuser', 'Gérer les préférences'], save: 'Enregistrer les préférences', reopen: 'Préférences cookies' },
];

describe('language from <html lang>', () => {
  for (const locale of SHIPPED) {
    it(`<html lang="${locale.lang}"> shows the ${locale.lang} texts and sets lang="${locale.lang}" on the UI root`, async () => {
      const s = await openUiPage(h.open, h.server, { config: UI_CONFIG, lang: locale.lang });
      expect(await bannerLabels(s.page)).toEqual(locale.banner);
      expect(await rootLangDir(s.page)).toEqual({ lang: locale.lang, dir: 'ltr' });
      await s.page
        .locator(BANNER + ' button')
        .nth(2)
        .click();
      const footer = await s.page.locator(DIALOG + ' .cg-foot button').allTextContents();
      expect(footer).toEqual([locale.banner[0], locale.banner[1], locale.save]);
      await s.page
        .locator(DIALOG + ' .cg-foot button')
        .nth(1)
        .click();
      await s.page.waitForSelector(REOPEN);
      expect(await s.page.locator(REOPEN).textContent()).toBe(locale.reopen);
    });
  }

  it('a regional tag picks its language (nl-BE → nl)', async () => {
    const s = await openUiPage(h.open, h.server, { config: UI_CONFIG, lang: 'nl-BE' });
    expect(await bannerLabels(s.page)).toEqual(SHIPPED[0]!.banner);
    expect((await rootLangDir(s.page)).lang).toBe('nl');
  });

  it('a language we do not have falls back to English, and the root says so with its own lang', async () => {
    const s = await openUiPage(h.open, h.server, { config: UI_CONFIG, lang: 'sw' });
    expect(await bannerLabels(s.page)).toEqual(['Accept all', 'Reject all', 'Manage preferences']);
    expect(await rootLangDir(s.page)).toEqual({ lang: 'en', dir: 'ltr' });
  });

  it('config language wins over <html lang>', async () => {
    const s = await openUiPage(h.open, h.server, { config: { ...UI_CONFIG, language: 'de' }, lang: 'nl' });
    expect(await bannerLabels(s.page)).toEqual(SHIPPED[1]!.banner);
    expect((await rootLangDir(s.page)).lang).toBe('de');
  });

  it('a config translation overrides single shipped strings and keeps the rest', async () => {
    const s = await openUiPage(h.open, h.server, {
      config: { ...UI_CONFIG, translations: { nl: { banner: { rejectAll: 'Alles afwijzen' } } } },
      lang: 'nl',
    });
    expect(await bannerLabels(s.page)).toEqual(['Alles accepteren', 'Alles afwijzen', 'Voorkeuren beheren']);
  });
});

describe('locale files (dist/locales/<code>.json, fetched from beside the script)', () => {
  const NL_FILE = '/dist/locales/nl.json';
  /** Serves the built Dutch file after `delayMs`, or answers `status` without it. */
  const serveLocale = (delayMs: number, status = 200) =>
    serveJson(h.server, NL_FILE, status === 200 ? readFileSync(join(REPO_ROOT, 'dist/locales/nl.json'), 'utf8') : 'not found', { delayMs, status });
  /** Every text a `.cg-banner` ever showed, recorded from before any page script. */
  const RECORD_BANNER_TEXTS =
    "new MutationObserver(function () { var b = document.querySelector('.cg-banner'); if (b) (window.__cgSeen = window.__cgSeen || []).push(b.textContent); })" +
    '.observe(document, { subtree: true, childList: true, characterData: true });';

  it('a page with nothing but the script tag and <html lang="nl"> shows Dutch, never English first', async () => {
    serveLocale(400);
    const path = serveHtml(h.server, '/nl-bare.html', htmlDocument('<script src="' + BUNDLE + '"></script>', '<h1>Welkom</h1>', 'nl'));
    const s = await h.open({ path, initScript: RECORD_BANNER_TEXTS });
    await s.page.waitForSelector(BANNER);
    expect(await bannerLabels(s.page)).toEqual(SHIPPED[0]!.banner);
    expect((await rootLangDir(s.page)).lang).toBe('nl');
    const seen = (await s.page.evaluate('window.__cgSeen')) as string[];
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((text) => text.includes('Accept all'))).toEqual([]);
    expect(h.server.requestsTo(NL_FILE)).toHaveLength(1);
    expect(s.cookiegateErrors).toEqual([]);
  });

  it('CookieGate.setLanguage switches an English page to German at run time: banner, root lang and the dialog', async () => {
    const path = serveHtml(h.server, '/switch.html', htmlDocument('<script src="' + BUNDLE + '"></script>', '<h1>Hello</h1>', 'en'));
    const s = await h.open({ path });
    await s.page.waitForSelector(BANNER);
    expect(await bannerLabels(s.page)).toEqual(['Accept all', 'Reject all', 'Manage preferences']);
    expect(await s.page.evaluate("CookieGate.setLanguage('de-AT')")).toBe(true);
    expect(await bannerLabels(s.page)).toEqual(SHIPPED[1]!.banner);
    expect(await rootLangDir(s.page)).toEqual({ lang: 'de', dir: 'ltr' });
    expect(h.server.requestsTo('/dist/locales/de.json')).toHaveLength(1);
    await s.page
      .locator(BANNER + ' button')
      .nth(2)
      .click();
    expect(
      await s.page
        .locator(DIALOG + ' .cg-foot button')
        .nth(2)
        .textContent(),
    ).toBe(SHIPPED[1]!.save);
    expect(s.cookiegateErrors).toEqual([]);
  });

  it('an English page requests no locale file', async () => {
    const s = await openUiPage(h.open, h.server, { config: UI_CONFIG, lang: 'en' });
    expect(await bannerLabels(s.page)).toEqual(['Accept all', 'Reject all', 'Manage preferences']);
    expect(h.server.requestsTo(/\/locales\//)).toEqual([]);
  });

  it('a locale file that is missing (404): English, lang="en" on the root, and one error naming the URL', async () => {
    serveLocale(0, 404);
    const s = await openUiPage(h.open, h.server, { config: UI_CONFIG, lang: 'nl' });
    expect(await bannerLabels(s.page)).toEqual(['Accept all', 'Reject all', 'Manage preferences']);
    expect(await rootLangDir(s.page)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(s.cookiegateErrors).toEqual(['cookiegate: language: could not load the texts from ' + h.server.origin + NL_FILE + ' (HTTP 404); showing English']);
  });

  it('a locale file that takes more than 3 s: English after about 3 s', async () => {
    serveLocale(6_000);
    const s = await openUiPage(h.open, h.server, { config: UI_CONFIG, lang: 'nl' }, { waitFor: null });
    const start = Date.now();
    await s.page.waitForSelector(BANNER, { timeout: 10_000 });
    expect(Date.now() - start).toBeGreaterThan(2_000);
    expect(await bannerLabels(s.page)).toEqual(['Accept all', 'Reject all', 'Manage preferences']);
    expect(s.cookiegateErrors).toEqual([expect.stringContaining('(no answer after 3 s); showing English')]);
  });

  it('translations.nl as a URL: that file instead of the shipped one', async () => {
    serveJson(h.server, '/i18n/nl.json', { banner: { acceptAll: 'Alles goed', rejectAll: 'Alles afwijzen', manage: 'Zelf kiezen' } });
    const s = await openUiPage(h.open, h.server, { config: { ...UI_CONFIG, translations: { nl: '/i18n/nl.json' } }, lang: 'nl' });
    expect(await bannerLabels(s.page)).toEqual(['Alles goed', 'Alles afwijzen', 'Zelf kiezen']);
    expect((await rootLangDir(s.page)).lang).toBe('nl');
    expect(h.server.requestsTo(NL_FILE)).toEqual([]);
    expect(s.cookiegateErrors).toEqual([]);
  });

  it('a returning visitor: granted scripts run and the re-open control shows at once, in Dutch, with no locale file fetched', async () => {
    const s = await openUiPage(h.open, h.server, { config: UI_CONFIG, lang: 'nl' });
    await s.page
      .locator(BANNER + ' button')
      .first()
      .click();
    await h.server.waitForRequest('/fixtures/ui-analytics.js');
    // Next page: the locale would answer only after 2.5 s, if anything asked for it.
    serveLocale(2_500);
    const path = serveUiPage(h.server, { config: UI_CONFIG, lang: 'nl' });
    const seen = h.server.requests.length;
    const start = Date.now();
    await s.goto(path);
    const requestsSince = () => h.server.requests.slice(seen);
    await expect.poll(() => requestsSince().some((r) => r.path === '/fixtures/ui-analytics.js'), { timeout: 5_000 }).toBe(true);
    expect(requestsSince().find((r) => r.path === '/fixtures/ui-analytics.js')!.time - start).toBeLessThan(2_000);
    await s.page.waitForSelector(REOPEN, { timeout: 2_000 });
    expect(await s.page.locator(REOPEN).textContent()).toBe(SHIPPED[0]!.reopen);
    expect(await s.page.locator('.cg-root:has(' + REOPEN.split(' ').pop() + ')').getAttribute('lang')).toBe('nl');
    await settle(h.server, 300);
    expect(requestsSince().filter((r) => /locales|cookiegate-/.test(r.path))).toEqual([]);
    // Opening the preferences brings the dialog and its Dutch texts.
    await s.page.locator(REOPEN).click();
    await s.page.waitForSelector(DIALOG, { timeout: 10_000 });
    expect(requestsSince().some((r) => r.path.endsWith('/locales/nl.json'))).toBe(true);
  });
});

describe('locale chunks of the ESM build (dist/locales/<code>.mjs)', () => {
  it('cookiegate/core on <html lang="de"> imports the German chunk, then opens the banner', async () => {
    const head =
      '<script>window.process = { env: { NODE_ENV: "production" } };</script>' +
      '<script type="importmap">{ "imports": { "nanostores": "/node_modules/nanostores/index.js" } }</script>' +
      '<script type="module">import * as CG from "/dist/core.mjs"; window.CG = CG; ' +
      'window.__cgUi = []; CG.$ui.subscribe(function (ui) { window.__cgUi.push([ui.banner, CG.$language.get()]); }); CG.init({});</script>';
    const path = serveHtml(h.server, '/esm-de.html', htmlDocument(head, '<h1>Hallo</h1>', 'de'));
    const s = await h.open({ path });
    await s.page.waitForFunction('window.CG && window.CG.$ui.get().banner', undefined, { timeout: 10_000 });
    expect(await s.page.evaluate('CG.$language.get()')).toBe('de');
    expect(await s.page.evaluate('CG.getTexts(CG.$config.get(), CG.$language.get()).banner.rejectAll')).toBe('Alle ablehnen');
    // The banner never opened before the German texts were there.
    expect(await s.page.evaluate('window.__cgUi.filter(function (e) { return e[0]; }).map(function (e) { return e[1]; })')).not.toContain('en');
    expect(h.server.requestsTo('/dist/locales/de.mjs')).toHaveLength(1);
    expect(h.server.requestsTo(/\.json$/)).toEqual([]);
    expect(s.cookiegateErrors).toEqual([]);
  });
});

describe('right-to-left', () => {
  it('config language "ar" with an Arabic translation sets lang="ar" dir="rtl" and shows the Arabic texts', async () => {
    const s = await openUiPage(h.open, h.server, { config: ARABIC_CONFIG, lang: 'en' });
    expect(await rootLangDir(s.page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await bannerLabels(s.page)).toEqual([ARABIC.banner.acceptAll, ARABIC.banner.rejectAll, ARABIC.banner.manage]);
    expect(await s.page.locator(BANNER + ' h2').textContent()).toBe(ARABIC.banner.title);
    expect(await s.page.locator(BANNER).evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await s.page
      .locator(BANNER + ' button')
      .nth(2)
      .click();
    expect(await s.page.locator(DIALOG + ' h2').textContent()).toBe(ARABIC.modal.title);
    expect(await s.page.locator(DIALOG).evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  });

  it('lays out mirrored: the banner sits at the right edge and the first choice is rightmost', async () => {
    const ltr = await openUiPage(h.open, h.server, { config: UI_CONFIG });
    const rtl = await openUiPage(h.open, h.server, { config: ARABIC_CONFIG });
    const ltrBox = (await ltr.page.locator(BANNER).boundingBox())!;
    const rtlBox = (await rtl.page.locator(BANNER).boundingBox())!;
    // box layout at the start edge: left in English, right in Arabic
    expect(ltrBox.x).toBeLessThan(1280 / 2 - ltrBox.width / 2);
    expect(rtlBox.x + rtlBox.width).toBeGreaterThan(1280 / 2 + rtlBox.width / 2);
    expect(Math.abs(rtlBox.x - (1280 - ltrBox.x - ltrBox.width))).toBeLessThanOrEqual(1);
    const [accept, reject] = await Promise.all(
      [0, 1].map((i) =>
        rtl.page
          .locator(BANNER + ' button')
          .nth(i)
          .boundingBox(),
      ),
    );
    expect(Math.abs(accept!.y - reject!.y)).toBeLessThan(1);
    expect(accept!.x).toBeGreaterThan(reject!.x);
    // switches: the knob of an off switch sits at the inline start, the right edge in Arabic
    const knobLeft = async (page: Page) => {
      await page
        .locator(BANNER + ' button')
        .nth(2)
        .click();
      return page.locator('#cg-c-performance').evaluate((el) => parseFloat(getComputedStyle(el, '::before').left));
    };
    const [ltrKnob, rtlKnob] = [await knobLeft(ltr.page), await knobLeft(rtl.page)];
    expect(ltrKnob).toBeLessThan(8);
    expect(rtlKnob).toBeGreaterThan(ltrKnob + 10);
  });
});
