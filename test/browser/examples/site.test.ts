/**
 * The examples site (examples/) as a visitor clicks through it: every page blocks everything optional before a
 * choice and shows it, switches each category on after consent, and never leaves 127.0.0.1. Served from the
 * repository root by the test server, as `npm start` serves it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { evaluate, settle, useBrowserHarness } from '../harness';
import { CSP_VIOLATION_RECORDER, cspConsoleMessages, cspViolations } from '../harness/csp-violations';
import { pollUntil, visibleBanners, waitForBanner } from '../harness/script-tag-pages';

const h = useBrowserHarness(['dist/cookiegate.js']);

/** Everything optional the examples load: all of it must wait for consent. */
const GATED_ASSET = /^\/examples\/assets\/(site-analytics\.js|site-ads\.js|site-preferences\.js|pixel\.gif|social-post\.html|video\.html|fake-gtag\.js)/;
const gatedRequests = (since = 0) =>
  h.server.requests
    .slice(since)
    .filter((r) => GATED_ASSET.test(r.path))
    .map((r) => r.path);

/** `{ analytics: 'not running', … }` from the status panel. */
function statuses(page: Page): Promise<Record<string, string>> {
  return evaluate(
    page,
    "Array.from(document.querySelectorAll('.status[data-status]')).reduce(function (o, el) { o[el.getAttribute('data-status')] = (el.classList.contains('on') ? 'on: ' : 'off: ') + el.textContent; return o; }, {})",
  );
}
const allOn = (s: Record<string, string>) => Object.values(s).every((v) => v.startsWith('on: '));
const allOff = (s: Record<string, string>) => Object.values(s).every((v) => v.startsWith('off: '));

const SITE_PAGES = ['/examples/site/', '/examples/site/news.html', '/examples/site/settings.html'];

describe('examples: the three-page site', () => {
  it.each(SITE_PAGES)('%s shows the banner, runs nothing and says so, with the shared config and no errors', async (path) => {
    const s = await h.open({ path });
    await waitForBanner(s.page);
    await settle(h.server, 300);
    expect(h.server.requestsTo('/examples/site/cookiegate.json')).toHaveLength(1);
    expect(await s.page.locator('.cg-banner').textContent()).toContain('Example Bakery Ltd');
    expect(gatedRequests()).toEqual([]);
    const shown = await statuses(s.page);
    expect(Object.keys(shown).length).toBeGreaterThanOrEqual(3);
    expect(allOff(shown)).toBe(true);
    expect(await s.cookieNames()).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    expect(s.pageErrors).toEqual([]);
    expect(s.httpErrors).toEqual([]);
  });

  it('Accept all switches every category on, on this page and the next ones, and records the choice', async () => {
    const s = await h.open({ path: '/examples/site/news.html' });
    await waitForBanner(s.page);
    await s.page.locator('.cg-banner').getByRole('button', { name: 'Accept all' }).click();
    await pollUntil(s.page, "document.querySelectorAll('.status.on').length === 6");
    expect(allOn(await statuses(s.page))).toBe(true);
    expect(await s.page.locator('.ad-slot.filled').count()).toBe(1);
    expect(await s.cookieNames()).toEqual(expect.arrayContaining(['cookiegate', '_demo_analytics']));
    await pollUntil(s.page, '/_demo_ads_uid/.test(document.cookie)');
    await settle(h.server, 300);
    const record = h.server.records.find((r) => r.path === '/consent-records');
    expect(record?.json).toMatchObject({ action: 'accept-all', source: 'banner', categories: { performance: true, social: true } });

    for (const path of ['/examples/site/', '/examples/site/settings.html', '/examples/site/news.html']) {
      const mark = h.server.requests.length;
      await s.goto(path);
      await pollUntil(s.page, "Array.from(document.querySelectorAll('.status')).every(function (el) { return el.classList.contains('on') })");
      expect(await visibleBanners(s.page).count()).toBe(0);
      expect(gatedRequests(mark)).toEqual(expect.arrayContaining(['/examples/assets/site-analytics.js', '/examples/assets/pixel.gif']));
    }
    expect(s.consoleErrors).toEqual([]);
  });

  it('Reject all: nothing runs on any page, only the choice cookie is set', async () => {
    const s = await h.open({ path: '/examples/site/' });
    await waitForBanner(s.page);
    await s.page.locator('.cg-banner').getByRole('button', { name: 'Reject all' }).click();
    for (const path of SITE_PAGES) {
      await s.goto(path);
      await s.page.locator('.cg-reopen').waitFor();
      await settle(h.server, 300);
      expect(allOff(await statuses(s.page))).toBe(true);
    }
    expect(gatedRequests()).toEqual([]);
    expect(await s.cookieNames()).toEqual(['cookiegate']);
  });

  it('the theme is remembered only with Functionality, and forgotten (cookie deleted) when it is withdrawn', async () => {
    const s = await h.open({ path: '/examples/site/settings.html' });
    await waitForBanner(s.page);
    await s.page.selectOption('select[data-theme-picker]', 'dark');
    expect(await s.page.getAttribute('html', 'data-theme')).toBe('dark');
    await s.goto('/examples/site/');
    await waitForBanner(s.page);
    expect(await s.page.getAttribute('html', 'data-theme')).toBeNull();

    // Grant only Functionality in the preferences.
    await s.goto('/examples/site/settings.html');
    await s.page.locator('.cg-banner').getByRole('button', { name: 'Manage preferences' }).click();
    const dialog = s.page.getByRole('dialog');
    await dialog.getByRole('switch', { name: /Functionality/ }).check();
    await dialog.getByRole('button', { name: 'Save preferences' }).click();
    await pollUntil(s.page, "document.querySelector('.status[data-status=preferences]').classList.contains('on')");
    expect((await statuses(s.page)).analytics).toMatch(/^off: /);
    await s.page.selectOption('select[data-theme-picker]', 'dark');
    expect(await s.cookieNames()).toContain('demo_theme');
    await s.goto('/examples/site/news.html');
    expect(await s.page.getAttribute('html', 'data-theme')).toBe('dark');

    // Withdraw: the page reloads (reloadOnWithdraw) and the functionality cookie is gone.
    await s.page.locator('.cg-reopen').click();
    await dialog.getByRole('switch', { name: /Functionality/ }).uncheck();
    await Promise.all([s.page.waitForEvent('load'), dialog.getByRole('button', { name: 'Save preferences' }).click()]);
    await s.page.locator('.cg-reopen').waitFor();
    expect(await s.cookieNames()).toEqual(['cookiegate']);
    expect(await s.page.getAttribute('html', 'data-theme')).toBeNull();
    expect(allOff(await statuses(s.page))).toBe(true);
  });

  it('news: allowing one embed service loads its embed only; the other keeps its placeholder', async () => {
    const s = await h.open({ path: '/examples/site/news.html' });
    await waitForBanner(s.page);
    await s.page.frameLocator('iframe[data-service="demo-video"]').getByRole('button', { name: 'Allow Demo Video' }).click();
    await pollUntil(s.page, "document.querySelector('.status[data-status=video]').classList.contains('on')");
    await settle(h.server, 300);
    expect(gatedRequests()).toEqual(['/examples/assets/video.html']);
    expect((await statuses(s.page)).social).toMatch(/^off: /);
    expect(await s.page.frameLocator('iframe[data-service="demo-social"]').getByRole('button', { name: 'Allow Demo Social' }).count()).toBe(1);
  });
});

describe('examples: strict CSP page', () => {
  it('runs everything after Accept all, the inline script included, with zero CSP violations', async () => {
    const s = await h.open({ path: '/examples/csp/', initScript: CSP_VIOLATION_RECORDER });
    await waitForBanner(s.page);
    expect(await s.page.locator('.cg-banner').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    await settle(h.server, 300);
    expect(gatedRequests()).toEqual([]);
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    await pollUntil(s.page, "document.querySelectorAll('.status.on').length === 5");
    expect((await statuses(s.page)).inline).toBe('on: ran (nonce added by cookiegate)');
    expect(await cspViolations(s.page)).toEqual([]);
    expect(cspConsoleMessages(s.consoleErrors)).toEqual([]);
    expect(await s.page.textContent('#csp-violations')).toBe('0');
  });
});

describe('examples: Arabic RTL page', () => {
  it('shows the banner and placeholder in Arabic, right to left, from the config translation', async () => {
    const s = await h.open({ path: '/examples/rtl/' });
    await waitForBanner(s.page);
    const root = s.page.locator('body > .cg-root:not(.cg-ph)');
    expect(await root.getAttribute('lang')).toBe('ar');
    expect(await root.getAttribute('dir')).toBe('rtl');
    expect(await s.page.locator('.cg-banner button').allTextContents()).toEqual(['قبول الكل', 'رفض الكل', 'إدارة التفضيلات']);
    expect(await s.page.frameLocator('iframe[data-category]').first().locator('.cg-ph').getAttribute('dir')).toBe('rtl');
    expect(await s.page.frameLocator('iframe[data-category]').first().locator('.cg-ph').locator('button').first().textContent()).toBe('السماح بـ Demo Social');
    await s.page.getByRole('button', { name: 'قبول الكل' }).click();
    await pollUntil(s.page, "document.querySelectorAll('.status.on').length === 4");
    expect(await s.page.locator('.status[data-status=analytics]').textContent()).toBe('يعمل');
    expect(s.consoleErrors).toEqual([]);
  });
});

describe('examples: Google Consent Mode page', () => {
  it('shows consent default first, then update and the stand-in tag after Accept all', async () => {
    const s = await h.open({ path: '/examples/consent-mode/' });
    await waitForBanner(s.page);
    await s.page.locator('#datalayer li').first().waitFor();
    const lines = () => s.page.locator('#datalayer li').allTextContents();
    expect(await lines()).toHaveLength(1);
    expect((await lines())[0]).toMatch(/^gtag\("consent", "default", \{"ad_storage":"denied", "ad_user_data":"denied"/);
    expect(gatedRequests()).toEqual([]);
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    await pollUntil(s.page, "document.querySelectorAll('#datalayer li').length === 5");
    const after = await lines();
    expect(after[1]).toMatch(/^gtag\("consent", "update", \{.*"analytics_storage":"granted", /);
    // The event for Google Tag Manager triggers, right after the update.
    expect(after[2]).toMatch(/^\{"event":"cookiegate_consent", "cookiegate":\{"categories":\["necessary", /);
    expect(after[3]).toBe('gtag("js", new Date())');
    expect(after[4]).toBe('gtag("config", "G-DEMO000")');
    expect(s.externalRequests).toEqual([]);
  });
});

describe('examples: landing page', () => {
  it('links every example, and every link resolves', async () => {
    const s = await h.open({ path: '/examples/' });
    const links = await s.page.locator('ul.examples a').evaluateAll((els) => els.map((a) => (a as HTMLAnchorElement).pathname));
    for (const example of ['/examples/site/', '/examples/csp/', '/examples/rtl/', '/examples/consent-mode/']) expect(links).toContain(example);
    for (const link of new Set(links)) expect((await fetch(h.server.origin + link)).status, link).toBe(200);
    // The framework apps need a build of their own; their READMEs are always there.
    const readmes = await s.page.locator('ul.frameworks a[href$="README.md"]').evaluateAll((els) => els.map((a) => (a as HTMLAnchorElement).pathname));
    expect(readmes).toHaveLength(4);
    for (const link of readmes) expect((await fetch(h.server.origin + link)).status, link).toBe(200);
  });
});
