/**
 * Google Tag Manager as site owners set it up: the container snippet exactly as Google publishes it, its gtm.js
 * served under its real host (www.googletagmanager.com, answered by the test with a GTM-shaped container,
 * pages/sites/gtm-container.js), and tags triggered by the `cookiegate_consent` event with GTM's built-in consent
 * checks. Asserted: in advanced mode the container loads at once but a tag fires only after the matching grant (and
 * again on a later page load with the stored choice); in basic mode the container itself loads only after the grant;
 * a refusal fires nothing; the event follows its choice's `consent update` in the dataLayer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, settle, useBrowserHarness, type PageSession } from '../harness';
import { commands, dataLayer } from '../harness/integration-pages';
import { htmlDocument, serveHtml } from '../harness/script-tag-pages';

const h = useBrowserHarness(['dist/cookiegate.js']);

const CONTAINER = readFileSync(join(REPO_ROOT, 'test/browser/pages/sites/gtm-container.js'), 'utf8');

/** The container snippet as Google Tag Manager's install screen gives it, for the head. */
const GTM_HEAD = `<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-TEST123');</script>
<!-- End Google Tag Manager -->`;

/** Basic mode: the same snippet, gated as the README says (type="text/plain" and a category). */
const GTM_HEAD_GATED = GTM_HEAD.replace('<script>', '<script type="text/plain" data-category="performance">');

const ANALYTICS = '/fixtures/gtm-analytics.js';
const ADS = '/fixtures/gtm-ads.gif';

let served = 0;
function gtmPage(mode: 'basic' | 'advanced'): string {
  const config = { revision: 1, controller: { name: 'Shop Ltd', policyUrl: '/privacy' }, googleConsentMode: { mode } };
  const head =
    '<script type="application/json" id="cookiegate-config">' +
    JSON.stringify(config) +
    '</script>' +
    '<script src="/dist/cookiegate.js"></script>' +
    (mode === 'basic' ? GTM_HEAD_GATED : GTM_HEAD);
  return serveHtml(h.server, '/gtm-' + mode + '-' + ++served + '.html', htmlDocument(head, '<h1>Shop</h1>'));
}

/** Opens `path` with www.googletagmanager.com answered by the test container; returns the session and its gtm.js requests. */
async function open(path: string): Promise<{ s: PageSession; containerLoads: string[] }> {
  const s = await h.open();
  const containerLoads: string[] = [];
  await s.page.route('https://www.googletagmanager.com/**', (route) => {
    containerLoads.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: CONTAINER });
  });
  await s.goto(path);
  return { s, containerLoads };
}

const fired = (s: PageSession) => s.page.evaluate('window.__gtmFired || []') as Promise<string[]>;

describe('Google Tag Manager', () => {
  it('advanced mode: the container loads at once, a tag fires only after the grant it checks, and again on the next page load', async () => {
    const path = gtmPage('advanced');
    const { s, containerLoads } = await open(path);
    await s.page.waitForFunction('window.google_tag_manager');
    expect(containerLoads).toEqual(['https://www.googletagmanager.com/gtm.js?id=GTM-TEST123']);
    await settle(h.server, 300);
    expect(await fired(s)).toEqual([]);
    expect(h.server.requestsTo(ANALYTICS)).toHaveLength(0);

    await s.page.evaluate("CookieGate.accept(['performance'])");
    await h.server.waitForRequest(ANALYTICS);
    await settle(h.server, 300);
    expect(await fired(s)).toEqual(['ga4 on cookiegate_consent']);
    expect(h.server.requestsTo(ADS)).toHaveLength(0);
    const entries = await dataLayer(s.page);
    expect(commands(entries)).toEqual(['consent default', 'event gtm.js', 'consent update', 'event cookiegate_consent']);
    expect(entries[3]!.items[0]).toEqual({ event: 'cookiegate_consent', cookiegate: { categories: ['necessary', 'performance'], services: [] } });

    // A later grant of targeting fires the ads tag; the once-per-page analytics tag stays at one.
    await s.page.evaluate("CookieGate.accept(['performance', 'targeting'])");
    await h.server.waitForRequest(ADS);
    expect(await fired(s)).toEqual(['ga4 on cookiegate_consent', 'ads on cookiegate_consent']);

    // Next page load: the stored choice fires both again, through one event pushed after the update.
    await s.reload();
    await s.page.waitForFunction('(window.__gtmFired || []).length == 2');
    expect(await fired(s)).toEqual(['ga4 on cookiegate_consent', 'ads on cookiegate_consent']);
    expect(commands(await dataLayer(s.page))).toEqual(['consent default', 'consent update', 'event cookiegate_consent', 'event gtm.js']);
  });

  it('advanced mode: Reject all fires no tag', async () => {
    const { s } = await open(gtmPage('advanced'));
    await s.page.waitForFunction('window.google_tag_manager');
    await s.page.locator('.cg-banner').getByRole('button', { name: 'Reject all', exact: true }).click();
    await settle(h.server, 400);
    expect(await fired(s)).toEqual([]);
    expect(h.server.requestsTo(ANALYTICS)).toHaveLength(0);
    expect(h.server.requestsTo(ADS)).toHaveLength(0);
    const events = (await dataLayer(s.page)).map((e) => e.items[0]).filter((e) => e?.event === 'cookiegate_consent');
    expect(events).toEqual([{ event: 'cookiegate_consent', cookiegate: { categories: ['necessary'], services: [] } }]);
  });

  it('basic mode: the gated container is not even requested before the grant, then its tag fires once', async () => {
    const { s, containerLoads } = await open(gtmPage('basic'));
    await s.page.locator('.cg-banner').waitFor();
    await settle(h.server, 300);
    expect(containerLoads).toEqual([]);
    await s.page.locator('.cg-banner').getByRole('button', { name: 'Accept all', exact: true }).click();
    await h.server.waitForRequest(ANALYTICS);
    await h.server.waitForRequest(ADS);
    expect(containerLoads).toHaveLength(1);
    expect(await fired(s)).toEqual(['ga4 on cookiegate_consent', 'ads on cookiegate_consent']);
  });
});
