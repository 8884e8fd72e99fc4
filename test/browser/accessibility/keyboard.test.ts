/**
 * Keyboard only, with real key presses: the first layer comes early in the tab order and never traps focus; the
 * preferences dialog follows the WAI-ARIA APG modal dialog pattern (focus in, Tab wraps, Escape closes without
 * storing anything, focus back to the opener, page behind inert).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserHarness, type PageSession } from '../harness';
import { UI_CONFIG } from '../../shared/fixtures';
import { BANNER, DIALOG, LABELS, REOPEN, consentCookie, focusIsIn, focused, openUiPage } from '../harness/ui-page';

const h = useBrowserHarness(['dist/cookiegate.js', 'dist/cookiegate.css']);

const button = (label: string) => 'button ' + JSON.stringify(label);

function open(): Promise<PageSession> {
  return openUiPage(h.open, h.server, { config: UI_CONFIG });
}

/** Presses Tab (or Shift+Tab) `times` times and returns what had focus after each press. */
async function tabs(page: Page, times: number, key = 'Tab'): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    seen.push(await focused(page));
  }
  return seen;
}

/** Tabs from the top of the page to the banner's Manage preferences button and presses Enter on it. */
async function openDialogByKeyboard(page: Page): Promise<void> {
  for (let i = 0; i < 10 && (await focused(page)) !== button(LABELS.manage); i++) await page.keyboard.press('Tab');
  expect(await focused(page)).toBe(button(LABELS.manage));
  await page.keyboard.press('Enter');
  await page.waitForSelector(DIALOG);
}

/** Reachable controls of the open dialog, as {@link focused} describes them, in DOM order. */
function dialogControls(page: Page): Promise<string[]> {
  return page.evaluate(
    `Array.from(document.querySelectorAll(${JSON.stringify(DIALOG)} + ' :is(a[href], button, input, select, textarea, [tabindex])'))` +
      `.filter(function (el) { return !el.disabled && !el.closest('[hidden]') && el.tabIndex >= 0 && el.getClientRects().length; })` +
      `.map(function (el) { var tag = el.tagName.toLowerCase(); var name = el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].textContent) || el.textContent || el.id; return tag + ' ' + JSON.stringify(String(name).trim()); })`,
  ) as Promise<string[]>;
}

describe('first layer by keyboard', () => {
  it('reaches Accept all, Reject all and Manage preferences within the first Tab presses, in that order', async () => {
    const s = await open();
    const seen = await tabs(s.page, 5);
    const at = [LABELS.acceptAll, LABELS.rejectAll, LABELS.manage].map((label) => seen.indexOf(button(label)));
    expect(
      at.every((i) => i >= 0),
      seen.join(' | '),
    ).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    // before anything of the page itself
    expect(seen.indexOf('a "Home"') === -1 || seen.indexOf('a "Home"') > at[2]!).toBe(true);
  });

  it('does not trap focus: Tab goes on from the banner into the page, and Shift+Tab back', async () => {
    const s = await open();
    const seen = await tabs(s.page, 10);
    const manage = seen.indexOf(button(LABELS.manage));
    expect(manage).toBeGreaterThanOrEqual(0);
    expect(seen.slice(manage + 1)).toContain('a "Home"');
    expect(await focusIsIn(s.page, BANNER)).toBe(false);
    // and back into the banner
    const back = await tabs(s.page, 10, 'Shift+Tab');
    expect(back).toContain(button(LABELS.manage));
  });

  it('Reject all by keyboard stores a refusal and leaves focus on the re-open control, not <body>', async () => {
    const s = await open();
    for (let i = 0; i < 10 && (await focused(s.page)) !== button(LABELS.rejectAll); i++) await s.page.keyboard.press('Tab');
    await s.page.keyboard.press('Enter');
    await s.page.waitForSelector(REOPEN);
    expect(await consentCookie(s)).not.toBeNull();
    await expect.poll(() => focused(s.page)).toBe(button(LABELS.reopen));
  });
});

describe('preferences dialog by keyboard', () => {
  it('opens from Manage preferences as a modal dialog labelled by its visible title, with focus inside', async () => {
    const s = await open();
    await openDialogByKeyboard(s.page);
    const dialog = s.page.locator(DIALOG);
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    const titleId = await dialog.getAttribute('aria-labelledby');
    expect(titleId).toBeTruthy();
    const title = s.page.locator('#' + titleId);
    expect(await title.isVisible()).toBe(true);
    expect((await title.textContent())?.trim()).toBe(LABELS.reopen);
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    // aria-describedby points at visible text too
    const describedBy = await dialog.getAttribute('aria-describedby');
    if (describedBy) expect(await s.page.locator('#' + describedBy).isVisible()).toBe(true);
  });

  it('keeps Tab and Shift+Tab inside: both directions wrap around', async () => {
    const s = await open();
    await openDialogByKeyboard(s.page);
    const controls = await dialogControls(s.page);
    expect(controls.length).toBeGreaterThan(3);
    const start = await focused(s.page);
    const forward = await tabs(s.page, controls.length * 2 + 1);
    for (let i = 0; i < forward.length; i++) expect(await focusIsIn(s.page, DIALOG)).toBe(true);
    // every control visited, and after one full round we are back where we started
    expect(new Set(forward)).toEqual(new Set(controls));
    expect(forward[controls.length - 1]).toBe(start);
    const backward = await tabs(s.page, controls.length + 1, 'Shift+Tab');
    expect(new Set(backward)).toEqual(new Set(controls));
    expect(await focusIsIn(s.page, DIALOG)).toBe(true);
    // Shift+Tab from the first control goes to the last one
    await s.page.locator(DIALOG).evaluate((dialog) => {
      const first = dialog.querySelector<HTMLElement>('button, input:not([disabled]), a[href]');
      first?.focus();
    });
    await s.page.keyboard.press('Shift+Tab');
    expect(await focused(s.page)).toBe(controls[controls.length - 1]);
    // and Tab from the last to the first
    await s.page.keyboard.press('Tab');
    expect(await focused(s.page)).toBe(controls[0]);
  });

  it('closes on Escape without storing anything, drops unsaved switches and returns focus to the opener', async () => {
    const s = await open();
    await openDialogByKeyboard(s.page);
    // switch performance on with the keyboard, then leave with Escape
    await s.page.locator('#cg-c-performance').focus();
    await s.page.keyboard.press('Space');
    expect(await s.page.locator('#cg-c-performance').isChecked()).toBe(true);
    await s.page.keyboard.press('Escape');
    await s.page.waitForSelector(DIALOG, { state: 'detached' });
    expect(await consentCookie(s)).toBeNull();
    expect(await s.page.evaluate('window.CookieGate.getConsent()')).toBeNull();
    expect(await s.page.locator(BANNER).isVisible()).toBe(true);
    await expect.poll(() => focused(s.page)).toBe(button(LABELS.manage));
    // reopened, the switch is off again: nothing was kept
    await s.page.keyboard.press('Enter');
    await s.page.waitForSelector(DIALOG);
    expect(await s.page.locator('#cg-c-performance').isChecked()).toBe(false);
  });

  it('makes the page behind inert while open: page controls cannot take focus or clicks', async () => {
    const s = await open();
    await openDialogByKeyboard(s.page);
    expect(await s.page.evaluate("!!document.querySelector('#site-main').closest('[inert]')")).toBe(true);
    expect(await s.page.evaluate("!!document.querySelector('#site-header').closest('[inert]')")).toBe(true);
    // the banner under the dialog too
    expect(await s.page.evaluate("!!document.querySelector('.cg-banner').closest('[inert]')")).toBe(true);
    await s.page.evaluate("document.querySelector('#subscribe').focus()");
    expect(await focusIsIn(s.page, DIALOG)).toBe(true);
    await s.page.evaluate("window.__clicked = 0; document.querySelector('#subscribe').addEventListener('click', function () { window.__clicked++; })");
    const box = (await s.page.locator('#subscribe').boundingBox())!;
    await s.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    expect(await s.page.evaluate('window.__clicked')).toBe(0);
    // closed again, the page is usable again
    await s.page.keyboard.press('Escape');
    await s.page.waitForSelector(DIALOG, { state: 'detached' });
    expect(await s.page.evaluate("!!document.querySelector('#site-main').closest('[inert]')")).toBe(false);
  });

  it('returns focus to the re-open control it was opened from after Escape', async () => {
    const s = await openUiPage(h.open, h.server, { config: UI_CONFIG });
    await s.page.locator(BANNER).getByRole('button', { name: LABELS.rejectAll, exact: true }).click();
    await s.page.waitForSelector(REOPEN);
    await s.page.locator(REOPEN).focus();
    await s.page.keyboard.press('Enter');
    await s.page.waitForSelector(DIALOG);
    expect(await focusIsIn(s.page, DIALOG)).toBe(true);
    await s.page.keyboard.press('Escape');
    await s.page.waitForSelector(DIALOG, { state: 'detached' });
    await expect.poll(() => focused(s.page)).toBe(button(LABELS.reopen));
  });

  it('returns focus to the page link [data-cookiegate="preferences"] it was opened from', async () => {
    const s = await open();
    await s.page.locator('#page-prefs').focus();
    await s.page.keyboard.press('Enter');
    await s.page.waitForSelector(DIALOG);
    await s.page.keyboard.press('Escape');
    await s.page.waitForSelector(DIALOG, { state: 'detached' });
    await expect.poll(() => s.page.evaluate('document.activeElement && document.activeElement.id')).toBe('page-prefs');
  });

  it('Save preferences by keyboard stores the choice and leaves focus on a control, not <body>', async () => {
    const s = await open();
    await openDialogByKeyboard(s.page);
    await s.page.locator('#cg-c-functionality').focus();
    await s.page.keyboard.press('Space');
    // a switch never saves or closes
    expect(await s.page.locator(DIALOG).count()).toBe(1);
    expect(await consentCookie(s)).toBeNull();
    const save = s.page.locator(DIALOG).getByRole('button', { name: LABELS.save, exact: true });
    await save.focus();
    await s.page.keyboard.press('Enter');
    await s.page.waitForSelector(DIALOG, { state: 'detached' });
    expect(await consentCookie(s)).not.toBeNull();
    expect(await s.page.evaluate('window.CookieGate.getConsent().categories')).toEqual(['necessary', 'functionality']);
    await expect.poll(() => focused(s.page)).not.toBe('body');
    expect(await focused(s.page)).toBe(button(LABELS.reopen));
  });
});
