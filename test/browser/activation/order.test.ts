/**
 * Blocked external scripts download together once granted but still run in document order: a slow script
 * first, fast ones after it, inline code and a module between them, as the parser would have run them.
 */
import { describe, expect, it } from 'vitest';
import { fixtureLog, settle, useBrowserHarness } from '../harness';
import { bundleTag, htmlDocument, serveHtml } from '../harness/script-tag-pages';

const h = useBrowserHarness();

const MARKUP = `
<script type="text/plain" data-category="performance" src="/slow/first.js?ms=600"></script>
<script type="text/plain" data-category="performance" src="/fixtures/second.js"></script>
<script type="text/plain" data-category="performance">window.__cgLog.push('inline')</script>
<script type="text/plain" data-category="performance" src="/slow/third.js?ms=300"></script>
<script type="text/plain" data-category="performance" data-type="module" src="/fixtures/module.js?module=1"></script>
<script type="text/plain" data-category="performance" src="/fixtures/fourth.js"></script>`;

describe('blocked scripts after consent', () => {
  it('run in document order while fetched in parallel', async () => {
    const path = serveHtml(h.server, '/order.html', htmlDocument('<script>window.__cgLog = []</script>' + bundleTag(), MARKUP));
    const s = await h.open({ path });
    await s.page.waitForFunction('window.CookieGate && document.querySelector(".cg-banner")');
    const granted = Date.now();
    await s.page.evaluate('CookieGate.acceptAll()');
    await s.page.waitForFunction('window.__cgLog.length === 6', undefined, { timeout: 10_000 });
    const elapsed = Date.now() - granted;
    await settle(h.server);
    expect(await fixtureLog(s.page)).toEqual(['first', 'second', 'inline', 'third', 'module', 'fourth']);
    // second.js was requested while first.js was still loading: the fetches overlap.
    const started = (p: string) => h.server.requests.find((r) => r.path === p)!.time;
    expect(started('/fixtures/second.js')).toBeLessThan(started('/slow/first.js') + 600);
    expect(elapsed).toBeGreaterThanOrEqual(600);
  });

  it('do not wait for an external script of a type the browser never runs', async () => {
    const markup = `
<script type="text/plain" data-category="performance" data-type="text/x-template" src="/fixtures/template.js"></script>
<script type="text/plain" data-category="performance">window.__cgLog.push('after-template')</script>`;
    const path = serveHtml(h.server, '/order-template.html', htmlDocument('<script>window.__cgLog = []</script>' + bundleTag(), markup));
    const s = await h.open({ path });
    await s.page.waitForFunction('window.CookieGate && document.querySelector(".cg-banner")');
    await s.page.evaluate('CookieGate.acceptAll()');
    await s.page.waitForFunction('window.__cgLog.length === 1', undefined, { timeout: 5000 });
    expect(await fixtureLog(s.page)).toEqual(['after-template']);
  });

  it('an async one runs when it has loaded, as without cookiegate: a slow one holds up nothing after it', async () => {
    const markup = `
<script type="text/plain" data-category="performance" async src="/slow/tag.js?ms=800"></script>
<script type="text/plain" data-category="performance" src="/fixtures/next.js"></script>
<script type="text/plain" data-category="performance">window.__cgLog.push('inline')</script>`;
    const path = serveHtml(h.server, '/order-async.html', htmlDocument('<script>window.__cgLog = []</script>' + bundleTag(), markup));
    const s = await h.open({ path });
    await s.page.waitForFunction('window.CookieGate && document.querySelector(".cg-banner")');
    await s.page.evaluate('CookieGate.acceptAll()');
    await s.page.waitForFunction('window.__cgLog.length === 3', undefined, { timeout: 10_000 });
    expect(await fixtureLog(s.page)).toEqual(['next', 'inline', 'tag']);
    expect(await s.page.evaluate('document.querySelector("script[src=\'/slow/tag.js?ms=800\']").async')).toBe(true);
  });
});
