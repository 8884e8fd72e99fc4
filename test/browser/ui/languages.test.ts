/**
 * The UI speaks the page's language: `<html lang>` picks a shipped locale (Dutch, German, French), config `language`
 * wins over it, the UI root carries its own `lang` and `dir`, and a right-to-left language lays out mirrored.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserHarness } from '../harness';
import { ARABIC, ARABIC_CONFIG, UI_CONFIG } from '../harness/ui-config';
import { BANNER, DIALOG, REOPEN, openUiPage } from '../harness/ui-page';

const h = useBrowserHarness(['dist/cookiegate.js', 'dist/cookiegate.css']);

/** Labels of the banner's buttons, in DOM order. */
function bannerLabels(page: Page): Promise<string[]> {
  return page.locator(BANNER + ' button').allTextContents();
}

function rootLangDir(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate("(function (r) { return { lang: r.getAttribute('lang'), dir: r.getAttribute('dir') }; })(document.querySelector('.cg-root'))") as Promise<{
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
      await s.page.locator(BANNER + ' button').nth(2).click();
      const footer = await s.page.locator(DIALOG + ' .cg-foot button').allTextContents();
      expect(footer).toEqual([locale.banner[0], locale.banner[1], locale.save]);
      await s.page.locator(DIALOG + ' .cg-foot button').nth(1).click();
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
    const s = await openUiPage(h.open, h.server, { config: UI_CONFIG, lang: 'ja' });
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

describe('right-to-left', () => {
  it('config language "ar" with an Arabic translation sets lang="ar" dir="rtl" and shows the Arabic texts', async () => {
    const s = await openUiPage(h.open, h.server, { config: ARABIC_CONFIG, lang: 'en' });
    expect(await rootLangDir(s.page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await bannerLabels(s.page)).toEqual([ARABIC.banner.acceptAll, ARABIC.banner.rejectAll, ARABIC.banner.manage]);
    expect(await s.page.locator(BANNER + ' h2').textContent()).toBe(ARABIC.banner.title);
    expect(await s.page.locator(BANNER).evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await s.page.locator(BANNER + ' button').nth(2).click();
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
    const [accept, reject] = await Promise.all([0, 1].map((i) => rtl.page.locator(BANNER + ' button').nth(i).boundingBox()));
    expect(Math.abs(accept!.y - reject!.y)).toBeLessThan(1);
    expect(accept!.x).toBeGreaterThan(reject!.x);
    // switches: the knob of an off switch sits at the inline start, the right edge in Arabic
    const knobLeft = async (page: Page) => {
      await page.locator(BANNER + ' button').nth(2).click();
      return page.locator('#cg-c-performance').evaluate((el) => parseFloat(getComputedStyle(el, '::before').left));
    };
    const [ltrKnob, rtlKnob] = [await knobLeft(ltr.page), await knobLeft(rtl.page)];
    expect(ltrKnob).toBeLessThan(8);
    expect(rtlKnob).toBeGreaterThan(ltrKnob + 10);
  });
});
