/**
 * Placeholders of blocked embeds, through the BUILT dist/cookiegate.js: drawn inside the iframe's own box, keyboard access,
 * "Allow {service}" granting exactly that service, "Load only this time" storing nothing, a grant loading every
 * embed of the service, and a withdrawal bringing the placeholder back.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { evaluate, settle, useBrowserHarness, windowEvents } from '../harness';
import { cookieGate, htmlDocument, serveHtml, visibleBanners, waitForBanner } from '../harness/script-tag-pages';

const h = useBrowserHarness(['dist/cookiegate.js']);

const CONFIG = {
  revision: 1,
  controller: { name: 'Embed Ltd', policyUrl: '/privacy' },
  categories: {
    social: {
      services: {
        video: { label: 'Example Video', provider: 'Video Inc.' },
        post: { label: 'Example Post', provider: 'Post Inc.' },
      },
    },
  },
};

const EMBEDS =
  '<p><a href="#top" id="before">A link before the embeds</a></p>' +
  '<iframe id="video-1" data-category="social" data-service="video" data-src="/fixtures/video-1.html" title="Video one" width="560" height="315"></iframe>' +
  '<p id="after-video">Text after the first video.</p>' +
  '<iframe id="post" data-category="social" data-service="post" data-src="/fixtures/post.html" title="A post" width="400" height="300"></iframe>' +
  // Sized by a stylesheet, not by attributes.
  '<iframe id="video-2" class="wide" data-category="social" data-service="video" data-src="/fixtures/video-2.html" title="Video two"></iframe>';

const STYLE = '<style>body { margin: 0; } iframe { display: block; border: 0; } .wide { width: 480px; height: 270px; }</style>';

function embedPage(body = EMBEDS): string {
  const head =
    STYLE + '<script type="application/json" id="cookiegate-config">' + JSON.stringify(CONFIG) + '</script><script src="/dist/cookiegate.js"></script>';
  return serveHtml(h.server, '/st/embeds.html', htmlDocument(head, body));
}

/** The placeholder standing in for the iframe with `id` (drawn inside the iframe's own document). */
const placeholderFor = (page: Page, id: string) => page.frameLocator('#' + id).locator('.cg-ph');

/** How many iframes of the page show a placeholder. */
const placeholderCount = (page: Page) =>
  evaluate<number>(
    page,
    "Array.from(document.querySelectorAll('iframe')).filter(function (f) { var d = f.contentDocument; return !!(d && d.querySelector('.cg-ph')); }).length",
  );

/** The focused element, looking into a same-origin iframe that has focus. */
const DEEP_ACTIVE =
  '(function () { var el = document.activeElement; while (el && el.contentDocument && el.contentDocument.activeElement) el = el.contentDocument.activeElement; return el; })()';

/** Waits until the iframe `id` shows its fixture page (same origin, so its document is readable). */
async function waitForEmbed(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (frameId) => {
      const frame = document.getElementById(frameId) as HTMLIFrameElement | null;
      return !!frame?.contentDocument?.getElementById('fixture');
    },
    id,
    // Interval polling: requestAnimationFrame (the default) stalls while focus sits inside a child frame.
    { timeout: 5000, polling: 100 },
  );
}

const EMBED_PATHS = ['/fixtures/video-1.html', '/fixtures/post.html', '/fixtures/video-2.html'];
/** Embeds requested since request number `since` of the server log. */
const loaded = (since = 0) => EMBED_PATHS.filter((p) => h.server.requestsTo(p).some((r) => r.seq >= since));

async function openEmbeds(): Promise<import('../harness').PageSession> {
  const s = await h.open({ path: embedPage() });
  await waitForBanner(s.page);
  await placeholderFor(s.page, 'video-2').waitFor();
  return s;
}

describe('placeholders of blocked embeds', () => {
  it("stand in each blocked iframe's own box, say what and whose it is, and load nothing", async () => {
    const s = await openEmbeds();
    expect(await placeholderCount(s.page)).toBe(3);
    expect(await placeholderFor(s.page, 'video-1').boundingBox()).toMatchObject({ width: 560, height: 315 });
    expect(await placeholderFor(s.page, 'post').boundingBox()).toMatchObject({ width: 400, height: 300 });
    expect(await placeholderFor(s.page, 'video-2').boundingBox()).toMatchObject({ width: 480, height: 270 });
    const video = placeholderFor(s.page, 'video-1');
    expect(await video.getAttribute('role')).toBe('group');
    expect(await video.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await video.textContent()).toContain('Example Video');
    expect(await video.getByRole('button').allTextContents()).toEqual(['Allow Example Video', 'Load only this time', 'Cookie preferences']);
    expect(await placeholderFor(s.page, 'post').getByRole('button').first().textContent()).toBe('Allow Example Post');
    // Accessible name of the group comes from its visible title.
    for (const id of ['video-1', 'video-2'])
      expect(
        await s.page
          .frameLocator('#' + id)
          .getByRole('group', { name: /Example Video/ })
          .count(),
      ).toBe(1);

    await settle(h.server, 300);
    expect(loaded()).toEqual([]);
    expect(await s.page.locator('iframe[src]').count()).toBe(0);
  });

  it('keep their box when the embed loads: nothing below moves', async () => {
    const s = await openEmbeds();
    const before = await s.page.locator('#after-video').boundingBox();
    await placeholderFor(s.page, 'video-1').getByRole('button', { name: 'Load only this time' }).click();
    await s.page.frameLocator('#video-1').locator('#fixture').waitFor();
    const after = await s.page.locator('#after-video').boundingBox();
    expect(after!.y).toBe(before!.y);
    expect(await s.page.locator('#video-1').boundingBox()).toMatchObject({ width: 560, height: 315 });
  });

  it('are reachable by keyboard, and Allow {service} grants only that service and loads all of its embeds', async () => {
    const s = await openEmbeds();
    // Tab from the start of the document, as a keyboard user would, until the first allow button has focus.
    let focused = '';
    for (let i = 0; i < 30 && focused !== 'Allow Example Video'; i++) {
      await s.page.keyboard.press('Tab');
      focused = await evaluate<string>(s.page, '(' + DEEP_ACTIVE + ".textContent || '').trim()");
    }
    expect(focused).toBe('Allow Example Video');
    expect(await evaluate(s.page, '!!' + DEEP_ACTIVE + ".closest('.cg-ph')")).toBe(true);
    await s.page.keyboard.press('Enter');

    await waitForEmbed(s.page, 'video-2');
    await settle(h.server, 300);
    expect(loaded()).toEqual(['/fixtures/video-1.html', '/fixtures/video-2.html']);
    const consent = await cookieGate<{ categories: string[]; services: string[] }>(s.page, 'getConsent()');
    expect(consent.categories).toEqual(['necessary']);
    expect(consent.services).toEqual(['video']);
    expect(await cookieGate(s.page, "hasConsent('social', 'video')")).toBe(true);
    expect(await cookieGate(s.page, "hasConsent('social', 'post')")).toBe(false);
    expect(await cookieGate(s.page, "hasConsent('social')")).toBe(false);
    // Stored like any choice, and announced as one.
    expect(await s.cookieNames()).toContain('cookiegate');
    const events = await windowEvents(s.page);
    expect(events.map((e) => [e.type, e.detail.source])).toEqual([['consent', 'placeholder']]);
    // Focus follows the content that replaced the button, not <body>.
    expect(await evaluate(s.page, 'document.activeElement.id')).toBe('video-1');
    // The other service keeps its placeholder.
    expect(await placeholderCount(s.page)).toBe(1);
    expect(await placeholderFor(s.page, 'post').isVisible()).toBe(true);
  });

  // Regression (0b89d3d): an iframe activated while the document parses (cookiegate in <head>, stored grant) got its
  // src in the parser's microtask checkpoint, and Chromium never navigated it.
  it('a stored service grant loads all of its embeds on the next page load, and only those', async () => {
    const s = await openEmbeds();
    await placeholderFor(s.page, 'video-1').getByRole('button', { name: 'Allow Example Video' }).click();
    await waitForEmbed(s.page, 'video-2');
    const mark = h.server.requests.length;
    await s.reload();
    await placeholderFor(s.page, 'post').waitFor();
    await settle(h.server, 300);
    expect(loaded(mark)).toEqual(['/fixtures/video-1.html', '/fixtures/video-2.html']);
    await waitForEmbed(s.page, 'video-1');
    await waitForEmbed(s.page, 'video-2');
    expect(await placeholderCount(s.page)).toBe(1);
    expect(await visibleBanners(s.page).count()).toBe(0);
  });

  it('"Load only this time" loads just that embed and stores nothing', async () => {
    const s = await openEmbeds();
    await placeholderFor(s.page, 'post').getByRole('button', { name: 'Load only this time' }).click();
    await s.page.frameLocator('#post').locator('#fixture').waitFor();
    await settle(h.server, 300);
    expect(loaded()).toEqual(['/fixtures/post.html']);
    expect(await cookieGate(s.page, 'getConsent()')).toBeNull();
    expect(await s.cookieNames()).toEqual([]);
    expect(await evaluate(s.page, 'localStorage.length + sessionStorage.length')).toBe(0);
    expect(await windowEvents(s.page)).toEqual([]);
    expect(await visibleBanners(s.page).count()).toBe(1);
    expect(await placeholderCount(s.page)).toBe(2);

    const mark = h.server.requests.length;
    await s.reload();
    await placeholderFor(s.page, 'post').waitFor();
    await settle(h.server, 300);
    expect(loaded(mark)).toEqual([]);
  });

  it('withdrawal in the preferences restores the placeholders and unloads the embeds', async () => {
    const s = await openEmbeds();
    await placeholderFor(s.page, 'video-1').getByRole('button', { name: 'Allow Example Video' }).click();
    await waitForEmbed(s.page, 'video-2');
    expect(await placeholderCount(s.page)).toBe(1);

    await s.page.locator('.cg-reopen').click();
    await s.page.getByRole('dialog').getByRole('button', { name: 'Reject all' }).click();
    await placeholderFor(s.page, 'video-1').waitFor();
    await placeholderFor(s.page, 'video-2').waitFor();
    expect(await placeholderCount(s.page)).toBe(3);
    expect(await s.page.locator('iframe[src]').count()).toBe(0);
    expect(await placeholderFor(s.page, 'video-1').boundingBox()).toMatchObject({ width: 560, height: 315 });
    expect(await cookieGate(s.page, "hasConsent('social', 'video')")).toBe(false);
    const events = await windowEvents(s.page);
    expect(events.map((e) => e.type)).toEqual(['consent', 'change']);
    expect(events[1]!.detail.changed.services).toEqual(['video']);
  });

  it('a placeholder links to the preferences dialog', async () => {
    const s = await openEmbeds();
    await placeholderFor(s.page, 'post').getByRole('button', { name: 'Cookie preferences' }).click();
    await s.page.getByRole('dialog').waitFor();
    expect(await cookieGate(s.page, 'getConsent()')).toBeNull();
  });

  // Regression (0b89d3d): a .cg-ph min-height of 12rem (192 px) used to beat a smaller embed's height.
  it('keeps the box of a small embed too (320×180, smaller than the placeholder text needs)', async () => {
    const body =
      '<iframe id="small" data-category="social" data-service="video" data-src="/fixtures/small.html" title="Small video" width="320" height="180"></iframe>' +
      '<p id="below">Below.</p>';
    const s = await h.open({ path: embedPage(body) });
    await placeholderFor(s.page, 'small').waitFor();
    expect(await placeholderFor(s.page, 'small').boundingBox()).toMatchObject({ width: 320, height: 180 });
  });
});
