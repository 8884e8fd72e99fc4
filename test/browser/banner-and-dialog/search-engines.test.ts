/**
 * Search engines: the banner, the dialog, the re-open control and an embed's placeholder sit under an element with
 * `data-nosnippet` of a kind Google honours it on (`div`, `span`, `section`), so their words never become a page's
 * snippet in results. And cookiegate never hides itself from crawlers or from Lighthouse: with Googlebot's,
 * Lighthouse's or Chromium's own user agent (automation's `navigator.webdriver` is true in all three) the banner shows
 * and nothing runs before consent, so a page is measured and seen as visitors see it.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserHarness } from '../harness';
import { UI_CONFIG } from '../../shared/fixtures';
import { htmlDocument, serveHtml } from '../harness/script-tag-pages';
import { BANNER, DIALOG, LABELS, REOPEN } from '../harness/ui-page';

const h = useBrowserHarness(['dist/cookiegate.js', 'dist/cookiegate.css']);

const AGENTS = {
  googlebot:
    'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.126 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  lighthouse:
    'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse',
  chromium: undefined,
};

function page(): string {
  const head = '<script type="application/json" id="cookiegate-config">' + JSON.stringify(UI_CONFIG) + '</script><script src="/dist/cookiegate.js"></script>';
  const body =
    '<h1>Article</h1><p>The text a search engine should quote.</p>' +
    '<iframe id="video" data-category="social" data-service="yt" data-src="/fixtures/video.html" title="Video" width="560" height="315"></iframe>' +
    '<script type="text/plain" data-category="performance" src="/fixtures/ui-analytics.js"></script>';
  return serveHtml(h.server, '/nosnippet-' + Math.random().toString(36).slice(2) + '.html', htmlDocument(head, body));
}

/** Tag name of the closest element with `data-nosnippet` around what `selector` finds in `target` (or `null`). */
function nosnippetHolder(target: Page | Frame, selector: string): Promise<string | null> {
  return target.evaluate((sel) => document.querySelector(sel)?.closest('[data-nosnippet]')?.tagName ?? null, selector);
}

describe('search engines and auditing tools', () => {
  for (const [name, userAgent] of Object.entries(AGENTS)) {
    it(`with ${name}'s user agent the banner shows, nothing runs first, and our texts carry data-nosnippet`, async () => {
      const s = await h.open({ path: page(), userAgent });
      await s.page.waitForSelector(BANNER);
      expect(await s.page.evaluate('navigator.webdriver')).toBe(true);
      expect(await s.page.locator(BANNER).isVisible()).toBe(true);
      expect(await nosnippetHolder(s.page, BANNER)).toBe('DIV');
      expect(h.server.requestsTo('/fixtures/ui-analytics.js')).toHaveLength(0);
      expect(h.server.requestsTo('/fixtures/video.html')).toHaveLength(0);

      const placeholder = await placeholderRoot(s.page);
      expect(await placeholder.isVisible()).toBe(true);
      expect(await placeholder.evaluate((el) => el.closest('[data-nosnippet]')?.tagName ?? null)).toBe('DIV');

      await s.page.locator(BANNER).getByRole('button', { name: LABELS.manage }).click();
      await s.page.waitForSelector(DIALOG);
      expect(await nosnippetHolder(s.page, DIALOG)).toBe('DIV');
      await s.page.locator(DIALOG).getByRole('button', { name: LABELS.save }).click();
      await s.page.waitForSelector(REOPEN);
      expect(await nosnippetHolder(s.page, REOPEN)).toBe('DIV');
      // The page's own text is left for search engines to quote.
      expect(await nosnippetHolder(s.page, 'h1')).toBeNull();
    });
  }
});

/** The placeholder standing in for the blocked iframe `#video` (drawn inside it). */
async function placeholderRoot(page: Page) {
  const ph = page.frameLocator('#video').locator('.cg-ph');
  await ph.waitFor();
  return ph;
}
