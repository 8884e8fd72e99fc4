/**
 * Every shipped locale in Chromium, through the script tag: on a 320 px wide screen the banner and the preferences
 * dialog show every button whole, with no word overflowing or cut off (long German, Finnish and Greek words break or
 * hyphenate), and the three first-layer choices stay the same size; Arabic and Hebrew lay out right to left; a
 * regional or legacy page language finds its locale file. One page loops over the languages with
 * `CookieGate.setLanguage`, so the whole set takes seconds.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserHarness } from '../harness';
import { UI_CONFIG } from '../../shared/fixtures';
import { BANNER, DIALOG, openUiPage } from '../harness/ui-page';
import { LOCALE_CODES } from '../../../src/locales/reopen-labels';
import ar from '../../../src/locales/ar';
import he from '../../../src/locales/he';

const h = useBrowserHarness(['dist/cookiegate.js', 'dist/cookiegate.css']);

const NARROW = { width: 320, height: 640 };

/**
 * What is wrong with the layout of `selector` (the banner or the dialog box), as readable lines: a box wider than
 * the screen or scrolling sideways, a button or text box whose content overflows it, a line of text reaching past the
 * element that holds it (clipped or overflowing). Runs in the page.
 */
function layoutProblems(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const problems: string[] = [];
    const box = document.querySelector(selector)!;
    const outer = box.getBoundingClientRect();
    const name = (el: Element) => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '');
    if (outer.left < -0.5 || outer.right > innerWidth + 0.5) problems.push(`${name(box)} spans ${outer.left}..${outer.right} of ${innerWidth}px`);
    for (const el of [box, ...box.querySelectorAll('*')]) {
      if (!(el as HTMLElement).offsetParent && el !== box) continue;
      const { scrollWidth, clientWidth } = el;
      if (clientWidth > 0 && scrollWidth > clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
        problems.push(`${name(el)} scrolls sideways (${scrollWidth} > ${clientWidth}px)`);
    }
    for (const button of box.querySelectorAll('button')) {
      const r = button.getBoundingClientRect();
      if (!r.width) continue;
      // Its label must fit inside it too: the text lines below are checked against the element that holds them.
      if (r.left < outer.left - 0.5 || r.right > outer.right + 0.5) problems.push(`button "${button.textContent}" sticks out of ${name(box)}`);
    }
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const holder = node.parentElement!;
      if (!node.textContent!.trim() || !holder.offsetParent) continue;
      const inner = holder.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        if (line.left < inner.left - 1 || line.right > inner.right + 1 || line.left < outer.left - 1 || line.right > outer.right + 1)
          problems.push(`"${node.textContent!.slice(0, 40)}" reaches ${line.left}..${line.right}, past ${name(holder)} ${inner.left}..${inner.right}`);
      }
    }
    return problems;
  }, selector);
}

/** Width and height of each first-layer button. */
function buttonSizes(page: Page): Promise<Array<{ width: number; height: number }>> {
  return page.locator(BANNER + ' .cg-btns button').evaluateAll((buttons) =>
    buttons.map((b) => {
      const r = b.getBoundingClientRect();
      return { width: Math.round(r.width), height: Math.round(r.height) };
    }),
  );
}

const rootLangDir = (page: Page, selector: string) =>
  page.locator('.cg-root:has(' + selector.split(' ').pop() + ')').evaluate((r) => ({ lang: r.getAttribute('lang'), dir: r.getAttribute('dir') }));

describe('every shipped locale at 320 px', () => {
  it('banner and dialog: every button whole, no clipped or overflowing word, equal first-layer buttons, the right lang and dir', async () => {
    const s = await openUiPage(h.open, h.server, { config: UI_CONFIG, lang: 'en' }, { viewport: NARROW });
    const problems: Record<string, string[]> = {};
    for (const code of ['en', ...LOCALE_CODES]) {
      const found: string[] = [];
      expect(await s.page.evaluate((code) => (window as any).CookieGate.setLanguage(code), code)).toBe(true);
      await s.page.waitForFunction((code) => document.querySelector('.cg-root:has(.cg-banner)')?.getAttribute('lang') === code, code);
      const dir = code === 'ar' || code === 'he' ? 'rtl' : 'ltr';
      expect(await rootLangDir(s.page, BANNER)).toEqual({ lang: code, dir });
      expect(await s.page.locator(BANNER).evaluate((el) => getComputedStyle(el).direction)).toBe(dir);
      found.push(...(await layoutProblems(s.page, BANNER)));
      const sizes = await buttonSizes(s.page);
      expect(sizes).toHaveLength(3);
      if (sizes.some((size) => Math.abs(size.width - sizes[0]!.width) > 1 || Math.abs(size.height - sizes[0]!.height) > 1))
        found.push('first-layer buttons differ: ' + JSON.stringify(sizes));

      await s.page.evaluate(() => (window as any).CookieGate.showPreferences());
      await s.page.waitForSelector(DIALOG);
      expect(await rootLangDir(s.page, DIALOG)).toEqual({ lang: code, dir });
      // Open every service panel, so the cookie tables are laid out too: one at a time, each click re-renders.
      await s.page.evaluate(async () => {
        for (let b; (b = document.querySelector<HTMLElement>('.cg-modal .cg-exp[aria-expanded="false"]')); ) {
          b.click();
          await new Promise((resolve) => setTimeout(resolve));
        }
      });
      found.push(...(await layoutProblems(s.page, DIALOG)));
      expect(await s.page.locator(DIALOG + ' .cg-foot button').count()).toBe(3);
      await s.page.evaluate(() => (window as any).CookieGate.hidePreferences());
      await s.page.waitForSelector(DIALOG, { state: 'detached' });
      if (found.length) problems[code] = found;
    }
    expect(problems).toEqual({});
    expect(s.cookiegateErrors).toEqual([]);
    expect(h.server.requestsTo(/\/locales\//).length).toBe(LOCALE_CODES.length);
  }, 120_000);
});

describe('shipped right-to-left locales', () => {
  for (const [code, texts] of [
    ['ar', ar],
    ['he', he],
  ] as const) {
    it(`<html lang="${code}">: the shipped texts, dir="rtl", the banner at the right edge and the first choice rightmost`, async () => {
      const s = await openUiPage(h.open, h.server, { config: UI_CONFIG, lang: code });
      expect(await rootLangDir(s.page, BANNER)).toEqual({ lang: code, dir: 'rtl' });
      expect(await s.page.locator(BANNER + ' .cg-btns button').allTextContents()).toEqual([
        texts.banner.acceptAll,
        texts.banner.rejectAll,
        texts.banner.manage,
      ]);
      const banner = (await s.page.locator(BANNER).boundingBox())!;
      expect(banner.x + banner.width).toBeGreaterThan(1280 - 40);
      expect(banner.x).toBeGreaterThan(1280 / 2);
      const [accept, reject] = await Promise.all(
        [0, 1].map((i) =>
          s.page
            .locator(BANNER + ' .cg-btns button')
            .nth(i)
            .boundingBox(),
        ),
      );
      expect(Math.abs(accept!.y - reject!.y)).toBeLessThan(1);
      expect(accept!.x).toBeGreaterThan(reject!.x);
      expect(
        await s.page
          .locator(BANNER + ' p')
          .first()
          .evaluate((p) => getComputedStyle(p).direction),
      ).toBe('rtl');
    });
  }
});

describe('page languages matched to a shipped locale', () => {
  for (const [tag, code] of [
    ['zh-TW', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['no', 'nb'],
    ['pt-PT', 'pt'],
    ['pt-BR', 'pt-BR'],
  ] as const) {
    it(`<html lang="${tag}"> fetches locales/${code}.json and shows it`, async () => {
      const s = await openUiPage(h.open, h.server, { config: UI_CONFIG, lang: tag });
      expect((await rootLangDir(s.page, BANNER)).lang).toBe(code);
      expect(h.server.requestsTo(/\/locales\//).map((r) => r.path)).toEqual(['/dist/locales/' + code + '.json']);
      expect(s.cookiegateErrors).toEqual([]);
    });
  }
});
