/**
 * Blocking by host through the built dist/cookiegate.autoblock.js, with vendors' snippets pasted as they publish them
 * (Google Tag Manager's loader, Meta's base code), unmarked, served under the vendors' real host names (vendor-hosts.ts).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { evaluate, settle, useBrowserHarness, type PageSession } from '../harness';
import { htmlDocument } from '../harness/script-tag-pages';
import { metaPixelSnippet } from '../harness/vendor-snippets';
import { PIXEL, hits as vendorHits, openVendorPage, ran, script, type HostFile } from './vendor-hosts';

const h = useBrowserHarness(['dist/cookiegate.autoblock.js']);

const CONFIG = {
  revision: 1,
  autoBlock: true,
  controller: { name: 'Shop Ltd', policyUrl: '/privacy' },
  categories: {
    performance: { services: { 'google-analytics': {} } },
    targeting: { services: { 'meta-pixel': {} } },
  },
};

/** Google Tag Manager's container snippet, as published. */
const GTM_SNIPPET = `<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-TEST1');</script>`;

/** Meta Pixel base code, as published (without its `<noscript>`: JavaScript is on here). */
const META_SNIPPET = metaPixelSnippet('123456789', false);

/** A pixel, a beacon and a fetch to Meta's host, as a page's own code would send them; resolves with what each did. */
const PROBE = `<script>
window.__probe = function (tag) {
  var img = new Image(); img.src = 'https://www.facebook.com/tr?ev=image-' + tag; (window.__imgs = window.__imgs || []).push(img);
  var beacon = navigator.sendBeacon('https://www.facebook.com/tr?ev=beacon-' + tag, 'x');
  return fetch('https://www.facebook.com/tr?ev=fetch-' + tag).then(function () { return 'ok'; }, function (e) { return e.name; })
    .then(function (f) { return { beacon: beacon, fetch: f }; });
};
</script>`;

/** What the vendors' hosts answer. */
const HOSTS: Record<string, HostFile> = {
  // Like GTM's container: it injects the Google tag.
  'www.googletagmanager.com/gtm.js': script(
    'gtm',
    "var d=document,j=d.createElement('script'),f=d.getElementsByTagName('script')[0];j.async=true;j.src='https://www.googletagmanager.com/gtag/js?id=G-TEST1';f.parentNode.insertBefore(j,f);",
  ),
  'www.googletagmanager.com/gtag/js': script('ga', "navigator.sendBeacon('https://www.google-analytics.com/g/collect?v=2&tid=G-TEST1','');"),
  'www.google-analytics.com/g/collect': { type: 'text/plain', body: '' },
  'connect.facebook.net/en_US/fbevents.js': script('meta', "new Image().src='https://www.facebook.com/tr?id=123456789&ev=PageView';"),
  'www.facebook.com/tr': PIXEL,
  'cdn.unlisted-example.com/lib.js': script('unlisted'),
  'cdn.unlisted-example.com/data.json': { type: 'application/json', body: '{"ok":true}' },
};

/** Opens the page with the vendors' hosts routed to the test server. */
async function open(): Promise<PageSession> {
  const head =
    '<script type="application/json" id="cookiegate-config">' +
    JSON.stringify(CONFIG) +
    '</script>' +
    '<script src="/dist/cookiegate.autoblock.js"></script>' +
    GTM_SNIPPET +
    META_SNIPPET +
    '<script src="https://cdn.unlisted-example.com/lib.js"></script>' +
    PROBE;
  const s = await openVendorPage(h, '/auto-block.html', htmlDocument(head, '<h1>Shop</h1>'), HOSTS);
  await s.page.locator('.cg-banner').first().waitFor({ state: 'visible' });
  await settle(h.server, 300);
  return s;
}

const hits = (hostPath: string) => vendorHits(h, hostPath);
const click = (p: Page, name: string) => p.locator('.cg-banner').getByRole('button', { name, exact: true }).click();

describe('autoBlock with vendor snippets (dist/cookiegate.autoblock.js)', () => {
  it('holds the Google tag a tag manager injects and Meta Pixel until consent, then runs each once, also after a reload', async () => {
    const s = await open();
    // The loader itself is no declared service: left alone. What it injects is Google Analytics: held.
    expect(await ran(s.page)).toEqual({ gtm: 1, unlisted: 1 });
    for (const held of [
      'www.googletagmanager.com/gtag/js',
      'connect.facebook.net/en_US/fbevents.js',
      'www.facebook.com/tr',
      'www.google-analytics.com/g/collect',
    ]) {
      expect(hits(held), held + ' before consent').toEqual([]);
    }

    await click(s.page, 'Accept all');
    await expect.poll(() => ran(s.page)).toEqual({ gtm: 1, unlisted: 1, ga: 1, meta: 1 });
    await h.server.waitForRequest('/hosts/www.facebook.com/tr');
    await h.server.waitForRequest('/hosts/www.google-analytics.com/g/collect');
    await settle(h.server, 300);
    expect(hits('www.googletagmanager.com/gtag/js')).toHaveLength(1);
    expect(hits('connect.facebook.net/en_US/fbevents.js')).toHaveLength(1);
    expect(await ran(s.page)).toEqual({ gtm: 1, unlisted: 1, ga: 1, meta: 1 });
    expect(s.pageErrors).toEqual([]);
    expect(s.cookiegateErrors).toEqual([]);

    // A returning visit with the grant stored: each runs once, straight away.
    await s.reload();
    await expect.poll(() => ran(s.page)).toEqual({ gtm: 1, unlisted: 1, ga: 1, meta: 1 });
    await settle(h.server, 300);
    expect(await ran(s.page)).toEqual({ gtm: 1, unlisted: 1, ga: 1, meta: 1 });
  });

  it('runs neither after a refusal, nor after a reload with the refusal stored', async () => {
    const s = await open();
    await click(s.page, 'Reject all');
    await settle(h.server, 400);
    await s.reload();
    await settle(h.server, 400);
    expect(await ran(s.page)).toEqual({ gtm: 1, unlisted: 1 });
    for (const held of [
      'www.googletagmanager.com/gtag/js',
      'connect.facebook.net/en_US/fbevents.js',
      'www.facebook.com/tr',
      'www.google-analytics.com/g/collect',
    ]) {
      expect(hits(held), held).toEqual([]);
    }
    expect(s.pageErrors).toEqual([]);
  });

  it('blocks a new Image() pixel, a beacon and a fetch to an ad host before consent and lets them through after; an unlisted host is left alone', async () => {
    const s = await open();
    expect(await evaluate(s.page, "window.__probe('before')")).toEqual({ beacon: false, fetch: 'TypeError' });
    const unlisted = await evaluate(s.page, "fetch('https://cdn.unlisted-example.com/data.json').then(function (r) { return r.json(); })");
    expect(unlisted).toEqual({ ok: true });
    await settle(h.server, 300);
    expect(h.server.requests.filter((r) => r.url.startsWith('/hosts/www.facebook.com/'))).toEqual([]);
    expect(hits('cdn.unlisted-example.com/data.json')).toHaveLength(1);
    expect(hits('cdn.unlisted-example.com/lib.js')).toHaveLength(1);

    await click(s.page, 'Accept all');
    expect(await evaluate(s.page, "window.__probe('after')")).toEqual({ beacon: true, fetch: 'ok' });
    await settle(h.server, 400);
    const sent = h.server.requests
      .filter((r) => r.path === '/hosts/www.facebook.com/tr')
      .map((r) => new URL(r.url, 'http://x').searchParams.get('ev'))
      .sort();
    // The held pixel loads on the grant; the held beacon and fetch never go out later.
    expect(sent).toEqual(['PageView', 'beacon-after', 'fetch-after', 'image-after', 'image-before']);
  });
});
