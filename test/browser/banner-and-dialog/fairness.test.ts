/**
 * Equal weight and a page that stays put: Accept all and Reject all look alike (same element, class, size, weight and
 * fill) with text contrast ≥ 4.5:1 in both themes; every target is at least 24 × 24 px (WCAG 2.5.8); at 320 px
 * nothing scrolls sideways (WCAG 1.4.10); the banner overlays the page without moving it (CLS 0); a host stylesheet
 * with ordinary rules does not restyle our controls.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserHarness, type PageSession } from '../harness';
import { UI_CONFIG } from '../../shared/fixtures';
import { contrastRatio } from '../harness/color-contrast';
import { BANNER, DIALOG, LABELS, REOPEN, openUiPage } from '../harness/ui-page';

const h = useBrowserHarness(['dist/cookiegate.js', 'dist/cookiegate.css']);

interface ButtonLook {
  text: string;
  tag: string;
  className: string;
  width: number;
  height: number;
  fontWeight: string;
  fontSize: string;
  color: string;
  background: string;
  borderColor: string;
  /** Background of the surface the button sits on (the banner or dialog). */
  surface: string;
}

/** Computed look of the buttons labelled `labels` inside `container`, in that order. */
function looks(page: Page, container: string, labels: string[]): Promise<ButtonLook[]> {
  return page.evaluate(
    `(function (container, labels) {
      var root = document.querySelector(container);
      var buttons = Array.from(root.querySelectorAll('button'));
      var surface = getComputedStyle(root.closest('.cg-banner, .cg-modal') || root).backgroundColor;
      return labels.map(function (label) {
        var el = buttons.find(function (b) { return b.textContent.trim() === label; });
        if (!el) return null;
        var cs = getComputedStyle(el), r = el.getBoundingClientRect();
        return { text: label, tag: el.tagName, className: el.className, width: r.width, height: r.height,
          fontWeight: cs.fontWeight, fontSize: cs.fontSize, color: cs.color, background: cs.backgroundColor,
          borderColor: cs.borderTopColor, surface: surface };
      });
    })(${JSON.stringify(container)}, ${JSON.stringify(labels)})`,
  ) as Promise<ButtonLook[]>;
}

function expectSameWeight(accept: ButtonLook, reject: ButtonLook): void {
  expect(accept, 'Accept all found').toBeTruthy();
  expect(reject, 'Reject all found').toBeTruthy();
  expect(reject.tag).toBe(accept.tag);
  expect(reject.tag).toBe('BUTTON');
  expect(reject.className).toBe(accept.className);
  expect(Math.abs(reject.width - accept.width) / Math.max(reject.width, accept.width)).toBeLessThanOrEqual(0.1);
  expect(Math.abs(reject.height - accept.height) / Math.max(reject.height, accept.height)).toBeLessThanOrEqual(0.1);
  expect(reject.fontWeight).toBe(accept.fontWeight);
  expect(reject.fontSize).toBe(accept.fontSize);
  expect(reject.background).toBe(accept.background);
  expect(reject.color).toBe(accept.color);
  expect(reject.borderColor).toBe(accept.borderColor);
}

function expectContrast(look: ButtonLook): void {
  // The text over the button's own fill, the fill composited over the surface it sits on.
  const ratio = contrastRatio(look.color, look.background, look.surface);
  expect(ratio, `${look.text}: ${look.color} on ${look.background}`).toBeGreaterThanOrEqual(4.5);
}

const THEMES = [
  { name: 'light', config: UI_CONFIG, colorScheme: 'light' as const },
  { name: 'dark (ui.theme)', config: { ...UI_CONFIG, ui: { theme: 'dark' } }, colorScheme: 'light' as const },
  { name: 'dark (prefers-color-scheme)', config: UI_CONFIG, colorScheme: 'dark' as const },
];

async function openThemed(theme: (typeof THEMES)[number], width = 1280): Promise<PageSession> {
  const s = await openUiPage(h.open, h.server, { config: theme.config }, { viewport: { width, height: 720 } });
  await s.page.emulateMedia({ colorScheme: theme.colorScheme });
  return s;
}

describe('Accept all and Reject all carry equal weight', () => {
  for (const theme of THEMES) {
    for (const width of [1280, 360]) {
      it(`look alike and have text contrast ≥ 4.5:1 on the banner (${theme.name}, ${width} px)`, async () => {
        const s = await openThemed(theme, width);
        const [accept, reject, manage] = await looks(s.page, BANNER, [LABELS.acceptAll, LABELS.rejectAll, LABELS.manage]);
        expectSameWeight(accept!, reject!);
        expectContrast(accept!);
        expectContrast(reject!);
        expectContrast(manage!);
      });
    }

    it(`look alike and have text contrast ≥ 4.5:1 in the dialog (${theme.name})`, async () => {
      const s = await openThemed(theme);
      await s.page.locator(BANNER).getByRole('button', { name: LABELS.manage }).click();
      const [accept, reject, save] = await looks(s.page, DIALOG, [LABELS.acceptAll, LABELS.rejectAll, LABELS.save]);
      expectSameWeight(accept!, reject!);
      for (const look of [accept!, reject!, save!]) expectContrast(look);
    });
  }

  it('the dark theme really changes the colours (the contrast check sees both themes)', async () => {
    const [light] = await looks((await openThemed(THEMES[0]!)).page, BANNER, [LABELS.acceptAll]);
    const [dark] = await looks((await openThemed(THEMES[1]!)).page, BANNER, [LABELS.acceptAll]);
    const [system] = await looks((await openThemed(THEMES[2]!)).page, BANNER, [LABELS.acceptAll]);
    expect(dark!.surface).not.toBe(light!.surface);
    expect(dark!.background).not.toBe(light!.background);
    expect(system!.background).toBe(dark!.background);
  });

  it('the bar layout keeps them alike too', async () => {
    const s = await openUiPage(h.open, h.server, { config: { ...UI_CONFIG, ui: { layout: 'bar' } } });
    const [accept, reject] = await looks(s.page, BANNER, [LABELS.acceptAll, LABELS.rejectAll]);
    expectSameWeight(accept!, reject!);
  });

  it('the contrast check fails a pale button (so a pass means something)', () => {
    expect(contrastRatio('rgb(255, 255, 255)', 'rgb(200, 200, 200)')).toBeLessThan(4.5);
    expect(contrastRatio('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).toBeCloseTo(21, 5);
  });
});

/** Size of every control a pointer can hit in `container` that is not a link inside running text. */
function targets(page: Page, container: string): Promise<Array<{ what: string; width: number; height: number }>> {
  return page.evaluate(
    `Array.from(document.querySelectorAll(${JSON.stringify(container)} + ' :is(button, input, select, label, a[href])'))
      .filter(function (el) { return el.getClientRects().length && !(el.tagName == 'A' && el.closest('p, td')); })
      .map(function (el) { var r = el.getBoundingClientRect();
        return { what: el.tagName.toLowerCase() + ' ' + (el.getAttribute('aria-label') || el.textContent.trim() || el.id), width: r.width, height: r.height }; })`,
  ) as Promise<Array<{ what: string; width: number; height: number }>>;
}

function expectBigEnough(list: Array<{ what: string; width: number; height: number }>): void {
  expect(list.length).toBeGreaterThan(0);
  for (const t of list) {
    expect(t.width, t.what + ' width').toBeGreaterThanOrEqual(24);
    expect(t.height, t.what + ' height').toBeGreaterThanOrEqual(24);
  }
}

describe('touch targets are at least 24 × 24 px (WCAG 2.5.8)', () => {
  for (const width of [1280, 320]) {
    it(`on the banner, in the dialog with every panel open, and the re-open control (${width} px)`, async () => {
      const s = await openUiPage(h.open, h.server, { config: { ...UI_CONFIG, ui: { closeButton: true } } }, { viewport: { width, height: 720 } });
      expectBigEnough(await targets(s.page, BANNER));
      await s.page.locator(BANNER).getByRole('button', { name: LABELS.manage }).click();
      const closed = s.page.locator(DIALOG + ' [aria-expanded="false"]');
      for (let n = await closed.count(); n > 0; n--) await closed.first().click();
      expectBigEnough(await targets(s.page, DIALOG));
      await s.page.locator(DIALOG).getByRole('button', { name: LABELS.rejectAll }).click();
      await s.page.waitForSelector(REOPEN);
      const reopen = await targets(s.page, '.cg-root');
      expect(reopen.map((t) => t.what)).toEqual(['button ' + LABELS.reopen]);
      expectBigEnough(reopen);
    });
  }
});

describe('reflow at 320 px (WCAG 1.4.10)', () => {
  it('nothing scrolls sideways with the banner, the dialog or the re-open control, and every action is on screen', async () => {
    const s = await openUiPage(h.open, h.server, { config: UI_CONFIG }, { viewport: { width: 320, height: 640 } });
    const scrollWidth = () => s.page.evaluate('document.documentElement.scrollWidth') as Promise<number>;
    expect(await s.page.evaluate('window.__cgScrollWidthBefore')).toBeLessThanOrEqual(320);
    expect(await scrollWidth()).toBeLessThanOrEqual(320);
    for (const label of [LABELS.acceptAll, LABELS.rejectAll, LABELS.manage]) {
      const box = (await s.page.locator(BANNER).getByRole('button', { name: label, exact: true }).boundingBox())!;
      expect(box.x, label).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, label).toBeLessThanOrEqual(320);
      expect(box.y + box.height, label).toBeLessThanOrEqual(640);
    }
    await s.page.locator(BANNER).getByRole('button', { name: LABELS.manage }).click();
    const closed = s.page.locator(DIALOG + ' [aria-expanded="false"]');
    for (let n = await closed.count(); n > 0; n--) await closed.first().click();
    expect(await scrollWidth()).toBeLessThanOrEqual(320);
    // nothing in the dialog sticks out of it
    const overflow = await s.page.evaluate(
      `Array.from(document.querySelectorAll('.cg-modal *')).filter(function (el) { var r = el.getBoundingClientRect(); return r.width && (r.left < -0.5 || r.right > 320.5); }).map(function (el) { return el.tagName + '.' + el.className; })`,
    );
    expect(overflow).toEqual([]);
    for (const label of [LABELS.acceptAll, LABELS.rejectAll, LABELS.save]) {
      const box = (await s.page.locator(DIALOG).getByRole('button', { name: label, exact: true }).boundingBox())!;
      expect(box.x + box.width, label).toBeLessThanOrEqual(320);
      expect(box.y + box.height, label).toBeLessThanOrEqual(640);
    }
    await s.page.locator(DIALOG).getByRole('button', { name: LABELS.save }).click();
    await s.page.waitForSelector(REOPEN);
    expect(await scrollWidth()).toBeLessThanOrEqual(320);
  });
});

describe('no layout shift', () => {
  for (const width of [1280, 360]) {
    it(`the page's own content keeps its boxes when the banner appears and goes (CLS 0, ${width} px)`, async () => {
      const s = await openUiPage(h.open, h.server, { config: UI_CONFIG }, { viewport: { width, height: 720 } });
      await s.page.evaluate('new Promise(function (r) { requestAnimationFrame(function () { requestAnimationFrame(r); }); })');
      const before = await s.page.evaluate('window.__cgBoxesBefore');
      expect((before as unknown[]).length).toBeGreaterThan(10);
      expect(await s.page.evaluate('window.__cgBoxes()')).toEqual(before);
      await s.page.locator(BANNER).getByRole('button', { name: LABELS.rejectAll }).click();
      await s.page.waitForSelector(REOPEN);
      await s.page.evaluate('new Promise(function (r) { requestAnimationFrame(function () { requestAnimationFrame(r); }); })');
      expect(await s.page.evaluate('window.__cgBoxes()')).toEqual(before);
      const shifts = await s.page.evaluate(
        `new Promise(function (resolve) {
          var total = 0, entries = 0;
          new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) { total += e.value; entries++; }); })
            .observe({ type: 'layout-shift', buffered: true });
          setTimeout(function () { resolve({ total: total, entries: entries }); }, 300);
        })`,
      );
      expect(shifts).toEqual({ total: 0, entries: 0 });
    });
  }

  it('the layout-shift observer does see a shift when content moves (so 0 means something)', async () => {
    const s = await openUiPage(h.open, h.server, { config: UI_CONFIG });
    await s.page.evaluate("document.querySelector('#site-main').style.marginTop = '200px'");
    const total = await s.page.evaluate(
      `new Promise(function (resolve) { var total = 0;
        new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) { total += e.value; }); }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(function () { resolve(total); }, 300); })`,
    );
    expect(total).toBeGreaterThan(0);
  });
});

/** Ordinary host rules (element selectors, normal specificity) that would wreck an unprotected widget. */
const HOSTILE_CSS = `<style>
  button { background: red; color: yellow; font-size: 40px; padding: 30px; border: 8px dotted lime; width: 400px; text-transform: uppercase; }
  div { padding: 50px; margin: 20px; background: pink; }
  section { display: none; }
  a { display: none; }
  p { font-size: 30px; margin: 60px; }
  h2 { font-size: 48px; }
  ul, li { margin: 40px; padding: 40px; }
  input { display: none; }
  label { display: block; font-size: 30px; }
</style>`;

describe('host CSS does not leak in', () => {
  it('a hostile host stylesheet does not change our buttons, text or switches notably', async () => {
    const plain = await openUiPage(h.open, h.server, { config: UI_CONFIG });
    const hostile = await openUiPage(h.open, h.server, { config: UI_CONFIG, head: HOSTILE_CSS });
    // the hostile rules do apply to the host page's own button
    expect(await hostile.page.evaluate("getComputedStyle(document.querySelector('#subscribe')).fontSize")).toBe('40px');
    expect(await hostile.page.locator(BANNER).isVisible()).toBe(true);
    const labels = [LABELS.acceptAll, LABELS.rejectAll, LABELS.manage];
    const a = await looks(plain.page, BANNER, labels);
    const b = await looks(hostile.page, BANNER, labels);
    for (let i = 0; i < labels.length; i++) {
      expect(b[i]!.background, labels[i]).toBe(a[i]!.background);
      expect(b[i]!.color, labels[i]).toBe(a[i]!.color);
      expect(b[i]!.fontSize, labels[i]).toBe(a[i]!.fontSize);
      expect(Math.abs(b[i]!.width - a[i]!.width), labels[i]).toBeLessThanOrEqual(2);
      expect(Math.abs(b[i]!.height - a[i]!.height), labels[i]).toBeLessThanOrEqual(2);
    }
    const policy = (p: PageSession) => p.page.locator(BANNER + ' a').isVisible();
    expect(await policy(hostile)).toBe(await policy(plain));
    const bannerBox = async (p: PageSession) => (await p.page.locator(BANNER).boundingBox())!;
    const [pb, hb] = [await bannerBox(plain), await bannerBox(hostile)];
    expect(Math.abs(hb.height - pb.height)).toBeLessThanOrEqual(2);
    expect(Math.abs(hb.width - pb.width)).toBeLessThanOrEqual(2);

    for (const s of [plain, hostile]) await s.page.locator(BANNER).getByRole('button', { name: LABELS.manage }).click();
    const dialogLooks = [LABELS.acceptAll, LABELS.rejectAll, LABELS.save];
    const da = await looks(plain.page, DIALOG, dialogLooks);
    const db = await looks(hostile.page, DIALOG, dialogLooks);
    for (let i = 0; i < dialogLooks.length; i++) {
      expect(db[i]!.background).toBe(da[i]!.background);
      expect(Math.abs(db[i]!.width - da[i]!.width)).toBeLessThanOrEqual(2);
      expect(Math.abs(db[i]!.height - da[i]!.height)).toBeLessThanOrEqual(2);
    }
    // switches stay visible and the same size
    const sw = async (p: PageSession) => (await p.page.locator('#cg-c-performance').boundingBox())!;
    const [ps, hs] = [await sw(plain), await sw(hostile)];
    expect(hs).not.toBeNull();
    expect(Math.abs(hs.width - ps.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(hs.height - ps.height)).toBeLessThanOrEqual(2);
    const dialogBox = async (p: PageSession) => (await p.page.locator('.cg-modal').boundingBox())!;
    expect(Math.abs((await dialogBox(hostile)).height - (await dialogBox(plain)).height)).toBeLessThanOrEqual(4);
  });

  it('our stylesheet does not restyle the host page', async () => {
    const s = await openUiPage(h.open, h.server, { config: UI_CONFIG });
    const before = await s.page.evaluate('window.__cgBoxesBefore');
    expect(await s.page.evaluate('window.__cgBoxes()')).toEqual(before);
    const style = await s.page.evaluate(
      "(function () { var b = getComputedStyle(document.querySelector('#subscribe')); var l = getComputedStyle(document.querySelector('#nav-home')); return [b.fontFamily, b.backgroundColor, b.borderTopStyle, l.color, getComputedStyle(document.body).fontFamily]; })()",
    );
    expect((style as string[])[0]).not.toContain('system-ui');
    expect((style as string[])[4]).toContain('Georgia');
    expect((style as string[])[3]).toBe('rgb(255, 255, 255)');
  });
});
