/**
 * What the banner and the dialog do with a visitor's choice: the dialog shows the stored choice (nothing pre-ticked
 * before one), switches never save, Save with nothing on is a refusal, saving is announced politely, nothing but an
 * explicit choice grants (not Escape, not clicking outside, not scrolling, not time), the re-open control and page
 * links open the dialog, and withdrawing takes two clicks.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserHarness, type PageSession } from '../harness';
import { UI_CONFIG } from '../../shared/fixtures';
import { BANNER, DIALOG, LABELS, REOPEN, consentCookie, focused, getConsent, openUiPage, serveUiPage } from '../harness/ui-page';

const h = useBrowserHarness(['dist/cookiegate.js', 'dist/cookiegate.css']);

const OPTIONAL = ['performance', 'functionality', 'targeting', 'social'];

function open(config: object = UI_CONFIG): Promise<PageSession> {
  return openUiPage(h.open, h.server, { config });
}

/** Checked state of every category switch and whether it is disabled, by category id. */
function switches(page: Page): Promise<Record<string, { checked: boolean; disabled: boolean }>> {
  return page.evaluate(
    `Object.fromEntries(Array.from(document.querySelectorAll(${JSON.stringify(DIALOG)} + ' input[id^="cg-c-"]')).map(function (el) {
      return [el.id.slice(5), { checked: el.checked, disabled: el.disabled }]; }))`,
  ) as Promise<Record<string, { checked: boolean; disabled: boolean }>>;
}

function bannerButton(s: PageSession, label: string) {
  return s.page.locator(BANNER).getByRole('button', { name: label, exact: true });
}
function dialogButton(s: PageSession, label: string) {
  return s.page.locator(DIALOG).getByRole('button', { name: label, exact: true });
}

/** Everything that would show a grant: the cookie, the API, the events. */
async function expectNothingGranted(s: PageSession): Promise<void> {
  const consent = await getConsent(s.page);
  expect(consent?.categories ?? ['necessary']).toEqual(['necessary']);
  expect(await s.page.evaluate("window.CookieGate.hasConsent('performance') || window.CookieGate.hasConsent('targeting')")).toBe(false);
  expect(h.server.requestsTo('/fixtures/ui-analytics.js')).toHaveLength(0);
}

describe('preferences dialog state', () => {
  it('starts with every optional category and service off on first open; necessary is on and cannot be switched off', async () => {
    const s = await open();
    await bannerButton(s, LABELS.manage).click();
    const state = await switches(s.page);
    expect(Object.keys(state)).toEqual(['necessary', ...OPTIONAL]);
    expect(state.necessary).toEqual({ checked: true, disabled: true });
    for (const id of OPTIONAL) expect(state[id], id).toEqual({ checked: false, disabled: false });
    // services too
    const services = await s.page.evaluate(
      `Array.from(document.querySelectorAll('${DIALOG} input[id^="cg-s-"]')).map(function (el) { return el.id + ':' + el.checked; })`,
    );
    expect(services).toEqual(['cg-s-ga:false', 'cg-s-yt:false']);
    // each switch is a named native checkbox
    expect(await s.page.locator(DIALOG).getByRole('switch', { name: 'Performance' }).count()).toBe(1);
  });

  it('opens showing the stored choice: after accept(["performance"]) only performance is on', async () => {
    const s = await open();
    await s.page.evaluate("window.CookieGate.accept(['performance'])");
    await s.page.waitForSelector(REOPEN);
    await s.page.locator(REOPEN).click();
    await s.page.waitForSelector(DIALOG);
    const state = await switches(s.page);
    expect(OPTIONAL.filter((id) => state[id]!.checked)).toEqual(['performance']);
    expect(state.necessary!.checked).toBe(true);
    // and still after a reload, from the cookie
    await s.reload();
    await s.page.waitForSelector(REOPEN);
    expect(await s.page.locator(BANNER).count()).toBe(0);
    await s.page.locator(REOPEN).click();
    // The dialog comes from a file of its own, loaded on this first use after the reload.
    await s.page.waitForSelector(DIALOG);
    const again = await switches(s.page);
    expect(OPTIONAL.filter((id) => again[id]!.checked)).toEqual(['performance']);
  });

  it('flipping switches never saves and never closes', async () => {
    const s = await open();
    await bannerButton(s, LABELS.manage).click();
    for (const id of OPTIONAL) {
      await s.page.locator('#cg-c-' + id).click();
      expect(await s.page.locator('#cg-c-' + id).isChecked(), id).toBe(true);
    }
    await s.page.locator('#cg-c-targeting').click();
    await s.page.waitForTimeout(300);
    expect(await s.page.locator(DIALOG).isVisible()).toBe(true);
    expect(await consentCookie(s)).toBeNull();
    expect(await getConsent(s.page)).toBeNull();
    expect(await s.page.evaluate('window.__cgEvents.length')).toBe(0);
    expect(await s.page.locator('.cg-root [role="status"]').textContent()).toBe('');
  });

  it('Save preferences with nothing switched on stores a refusal', async () => {
    const s = await open();
    await bannerButton(s, LABELS.manage).click();
    await dialogButton(s, LABELS.save).click();
    await s.page.waitForSelector(DIALOG, { state: 'detached' });
    expect(await consentCookie(s)).not.toBeNull();
    expect((await getConsent(s.page))!.categories).toEqual(['necessary']);
    expect(await s.page.locator(BANNER).count()).toBe(0);
  });

  it('Save preferences stores exactly the switches that are on', async () => {
    const s = await open();
    await bannerButton(s, LABELS.manage).click();
    await s.page.locator('#cg-c-targeting').click();
    await dialogButton(s, LABELS.save).click();
    await s.page.waitForSelector(DIALOG, { state: 'detached' });
    expect((await getConsent(s.page))!.categories).toEqual(['necessary', 'targeting']);
  });

  it('announces a saved choice in a role="status" region and does not drop focus on <body>', async () => {
    const s = await open();
    const status = s.page.locator('.cg-root [role="status"]');
    expect(await status.count()).toBe(1);
    expect(await status.textContent()).toBe('');
    await bannerButton(s, LABELS.manage).click();
    await s.page.locator('#cg-c-performance').click();
    await dialogButton(s, LABELS.save).click();
    await expect.poll(() => status.textContent()).toBe('Your cookie preferences are saved.');
    // the region is in the accessibility tree (not display:none), only visually hidden
    expect(await status.evaluate((el) => getComputedStyle(el).display)).not.toBe('none');
    expect(await focused(s.page)).not.toBe('body');
    expect(await focused(s.page)).toBe('button ' + JSON.stringify(LABELS.reopen));
  });
});

describe('nothing but a choice grants', () => {
  it('Escape, the close control, clicking outside the dialog, clicking and scrolling the page and waiting 3 s grant nothing', async () => {
    const s = await open();
    // the page behind the (non-modal) banner
    await s.page.locator('#site-title').click();
    await s.page.mouse.wheel(0, 600);
    await s.page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    await s.page.keyboard.press('Escape');
    await s.page.waitForTimeout(3000);
    expect(await s.page.locator(BANNER).isVisible()).toBe(true);
    expect(await consentCookie(s)).toBeNull();
    await expectNothingGranted(s);

    await bannerButton(s, LABELS.manage).click();
    await s.page.locator('#cg-c-performance').click();
    // click the backdrop, outside the dialog box
    await s.page.mouse.click(3, 3);
    await s.page.keyboard.press('Escape');
    await s.page.waitForSelector(DIALOG, { state: 'detached' });
    expect(await consentCookie(s)).toBeNull();
    await bannerButton(s, LABELS.manage).click();
    await s.page.locator(DIALOG).getByRole('button', { name: 'Close without saving' }).click();
    await s.page.waitForSelector(DIALOG, { state: 'detached' });
    expect(await consentCookie(s)).toBeNull();
    await expectNothingGranted(s);
    expect(await s.page.locator(BANNER).isVisible()).toBe(true);
    expect(await s.page.evaluate('window.__cgEvents.length')).toBe(0);
  });

  it('no timer dismisses or accepts: after 10 minutes of page time the banner is still up and nothing is stored (WCAG 2.2.1)', async () => {
    const s = await h.open();
    await s.page.clock.install();
    await s.goto(serveUiPage(h.server, { config: UI_CONFIG }));
    await s.page.waitForSelector(BANNER);
    await s.page.clock.fastForward(60_000);
    await s.page.clock.runFor(9 * 60_000);
    expect(await s.page.locator(BANNER).isVisible()).toBe(true);
    expect(await consentCookie(s)).toBeNull();
    await expectNothingGranted(s);
  });

  it("the banner's close control, when configured, records a refusal", async () => {
    const s = await open({ ...UI_CONFIG, ui: { closeButton: true } });
    await s.page.locator(BANNER).getByRole('button', { name: 'Close and reject optional cookies' }).click();
    await s.page.waitForSelector(REOPEN);
    expect((await getConsent(s.page))!.categories).toEqual(['necessary']);
  });
});

describe('getting back to the choice', () => {
  it('shows a "Cookie preferences" control only after a choice, and it opens the dialog', async () => {
    const s = await open();
    expect(await s.page.locator(REOPEN).count()).toBe(0);
    await bannerButton(s, LABELS.acceptAll).click();
    const reopen = s.page.getByRole('button', { name: LABELS.reopen, exact: true });
    await reopen.waitFor();
    expect(await reopen.isVisible()).toBe(true);
    // the grant is real: the gated analytics script of the page loads
    await h.server.waitForRequest('/fixtures/ui-analytics.js');
    await reopen.click();
    await s.page.waitForSelector(DIALOG);
    const state = await switches(s.page);
    for (const id of OPTIONAL) expect(state[id]!.checked, id).toBe(true);
  });

  it('a [data-cookiegate="preferences"] link in the page opens the dialog, before and after a choice', async () => {
    const s = await open();
    await s.page.locator('#page-prefs').click();
    await s.page.waitForSelector(DIALOG);
    expect(s.page.url()).not.toContain('#cookies');
    await s.page.keyboard.press('Escape');
    await bannerButton(s, LABELS.rejectAll).click();
    await s.page.waitForSelector(REOPEN);
    await s.page.locator('#page-prefs').click();
    await s.page.waitForSelector(DIALOG);
  });

  it('withdrawing everything takes two clicks from a page with a stored grant: Cookie preferences, then Reject all', async () => {
    const first = await open();
    await bannerButton(first, LABELS.acceptAll).click();
    await first.page.waitForSelector(REOPEN);
    const cookie = (await first.cookies()).find((c) => c.name === 'cookiegate')!;
    expect(cookie).toBeTruthy();

    // a later visit, with the grant stored
    const s = await openUiPage(h.open, h.server, { config: UI_CONFIG }, { cookies: [{ name: cookie.name, value: cookie.value }], waitFor: REOPEN });
    expect((await getConsent(s.page))!.categories).toEqual(['necessary', ...OPTIONAL]);
    let clicks = 0;
    await s.page.locator(REOPEN).click();
    clicks++;
    await dialogButton(s, LABELS.rejectAll).click();
    clicks++;
    await s.page.waitForSelector(DIALOG, { state: 'detached' });
    expect(clicks).toBeLessThanOrEqual(2);
    expect((await getConsent(s.page))!.categories).toEqual(['necessary']);
    const events = (await s.page.evaluate('window.__cgEvents')) as Array<{ type: string }>;
    expect(events.map((e) => e.type)).toEqual(['change']);
  });

  it('the re-open control can be turned off, and then a page link still works', async () => {
    const s = await open({ ...UI_CONFIG, ui: { reopen: false } });
    await bannerButton(s, LABELS.rejectAll).click();
    await s.page.waitForSelector(BANNER, { state: 'detached' });
    await s.page.waitForTimeout(200);
    expect(await s.page.locator(REOPEN).count()).toBe(0);
    await s.page.locator('#page-prefs').click();
    await s.page.waitForSelector(DIALOG);
  });
});
