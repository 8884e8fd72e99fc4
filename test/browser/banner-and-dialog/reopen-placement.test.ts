/**
 * The "Cookie preferences" control never paints over the banner or the dialog (it is not there while either is
 * open) and never covers the element that has focus (WCAG 2.4.11): on a page with a chat-style link fixed in the
 * bottom corner where the control sits, focusing that link moves the control to the other corner; a field across the
 * whole bottom edge makes it step aside until focus moves on. At 1280 px and 360 px.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserHarness } from '../harness';
import { UI_CONFIG } from '../../shared/fixtures';
import { BANNER, DIALOG, LABELS, REOPEN, focused, openUiPage } from '../harness/ui-page';

const h = useBrowserHarness(['dist/cookiegate.js', 'dist/cookiegate.css']);

/** The privacy link becomes a launcher fixed in the bottom-left corner, as chat widgets are. */
const CORNER_LINK = '<style>#privacy-link { position: fixed; left: 1rem; bottom: 1rem; padding: .5rem 1rem; background: #fff; }</style>';
/** The email field stretched across the bottom edge. */
const WIDE_FIELD = '<style>#email { position: fixed; left: 0; bottom: 0; width: 100%; height: 4rem; }</style>';

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 360, height: 740 },
];

async function chosen(head: string, viewport: { width: number; height: number }) {
  const s = await openUiPage(h.open, h.server, { config: UI_CONFIG, head }, { viewport });
  await s.page.locator(BANNER).getByRole('button', { name: LABELS.rejectAll, exact: true }).click();
  await s.page.waitForSelector(REOPEN);
  return s;
}

/** Whether the re-open control is painted and overlaps the box of the element with `id`. */
function overlaps(page: Page, id: string): Promise<{ shown: boolean; overlap: boolean }> {
  return page.evaluate((elId) => {
    const control = document.querySelector('.cg-reopen')!;
    const r = control.getBoundingClientRect();
    const b = document.getElementById(elId)!.getBoundingClientRect();
    const shown = r.width > 0 && getComputedStyle(control).visibility !== 'hidden';
    return { shown, overlap: shown && r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top };
  }, id);
}

describe('the re-open control', () => {
  for (const viewport of VIEWPORTS) {
    it(`is not shown while the banner or the dialog is open, and focus returns to it at ${viewport.width} px`, async () => {
      const s = await chosen('', viewport);
      const control = s.page.locator(REOPEN);
      expect(await control.isVisible()).toBe(true);
      await control.click();
      await s.page.waitForSelector(DIALOG);
      expect(await control.isVisible()).toBe(false);
      await s.page.keyboard.press('Escape');
      await s.page.waitForSelector(DIALOG, { state: 'detached' });
      await expect.poll(() => focused(s.page)).toBe('button ' + JSON.stringify(LABELS.reopen));
      expect(await control.isVisible()).toBe(true);
      // reset() asks again: the banner is back and the control is gone.
      await s.page.evaluate('window.CookieGate.reset()');
      await s.page.waitForSelector(BANNER);
      expect(await s.page.locator(REOPEN).count()).toBe(0);
    });

    it(`moves off a focused link in its corner, and comes back when focus moves on, at ${viewport.width} px`, async () => {
      const s = await chosen(CORNER_LINK, viewport);
      // Before focus it sits over the launcher (the case to handle).
      expect((await overlaps(s.page, 'privacy-link')).overlap).toBe(true);
      const before = (await s.page.locator(REOPEN).boundingBox())!;
      await s.page.focus('#privacy-link');
      expect(await overlaps(s.page, 'privacy-link')).toEqual({ shown: true, overlap: false });
      const aside = (await s.page.locator(REOPEN).boundingBox())!;
      expect(aside.x).toBeGreaterThan(before.x);
      await s.page.focus('#email');
      expect(await s.page.locator(REOPEN).boundingBox()).toEqual(before);
    });

    it(`steps aside from a field across the whole bottom edge while it has focus, at ${viewport.width} px`, async () => {
      const s = await chosen(WIDE_FIELD, viewport);
      await s.page.focus('#email');
      expect((await overlaps(s.page, 'email')).overlap).toBe(false);
      expect(await s.page.locator(REOPEN).isVisible()).toBe(false);
      await s.page.focus('#subscribe');
      expect(await s.page.locator(REOPEN).isVisible()).toBe(true);
    });
  }
});
