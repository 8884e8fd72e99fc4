/**
 * A host page that gets in the way, through the BUILT dist/cookiegate.js: cookies disabled, localStorage and
 * BroadcastChannel throwing, no crypto.randomUUID, the script and init twice, polluted prototypes, replaced
 * JSON.parse and setAttribute, and globals named like ours. The page keeps working, nothing optional runs
 * before a choice, and a choice still activates each gated element exactly once.
 * (A second include of the script is also in test/browser/config-and-startup/auto-init.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { evaluate, settle, useBrowserHarness } from '../harness';
import { bundleTag, cookieGate, serveJson, waitForBanner } from '../harness/script-tag-pages';
import { GATED_MARKUP, PAGE_ALIVE, clickAcceptAll, expectAllActivatedOnce, expectFailedClosed, hardeningPage, inlineConfigText } from '../harness/hardening';

const h = useBrowserHarness(['dist/cookiegate.js']);

const CONFIG = { revision: 1, controller: { name: 'Host Ltd' }, categories: { performance: { services: { ga: {} } } } };
const BEFORE = inlineConfigText(JSON.stringify(CONFIG));

/** Opens `path` with `initScript`, expects the banner and nothing optional, clicks Accept all, expects each element once. */
async function grantsOnlyOnAccept(path: string, initScript?: string) {
  const s = await h.open({ path, initScript });
  await waitForBanner(s.page);
  await expectFailedClosed(s, h.server);
  await clickAcceptAll(s.page);
  await expectAllActivatedOnce(s, h.server);
  return s;
}

describe('browser features that throw or are missing', () => {
  it('cookies disabled (document.cookie throws): banner works, the choice holds for this page only, nothing after a reload', async () => {
    const init =
      "Object.defineProperty(Document.prototype, 'cookie', { configurable: true," +
      " get: function () { throw new DOMException('cookies are disabled', 'SecurityError'); }," +
      " set: function () { throw new DOMException('cookies are disabled', 'SecurityError'); } });";
    const path = hardeningPage(h.server, '/hd/no-cookies.html', { before: BEFORE });
    const s = await grantsOnlyOnAccept(path, init);
    expect(await s.cookieNames()).toEqual([]);
    await s.reload();
    h.server.reset();
    hardeningPage(h.server, '/hd/no-cookies.html', { before: BEFORE });
    await s.reload();
    await waitForBanner(s.page);
    expect(await cookieGate(s.page, 'getConsent()')).toBeNull();
    await expectFailedClosed(s, h.server);
  });

  it('localStorage and BroadcastChannel throw: the record is still sent once, one note about storage, no page error', async () => {
    const init =
      "Object.defineProperty(window, 'localStorage', { configurable: true, get: function () { throw new DOMException('denied', 'SecurityError'); } });" +
      "['getItem','setItem','removeItem'].forEach(function (m) { Storage.prototype[m] = function () { throw new DOMException('denied', 'SecurityError'); }; });" +
      "window.BroadcastChannel = function () { throw new DOMException('denied', 'SecurityError'); };";
    const config = { ...CONFIG, records: { endpoint: '/consent-records' } };
    const path = hardeningPage(h.server, '/hd/no-storage.html', { before: inlineConfigText(JSON.stringify(config)) });
    const s = await grantsOnlyOnAccept(path, init);
    await settle(h.server, 300);
    expect(h.server.records).toHaveLength(1);
    expect((h.server.records[0]!.json as { action: string }).action).toBe('accept-all');
    expect(s.cookiegateErrors.filter((e) => /localStorage/.test(e))).toHaveLength(1);
    expect(s.cookiegateErrors.filter((e) => !/records: cannot (read|write) the retry queue/.test(e))).toEqual([]);
  });

  it('crypto.randomUUID missing (an old browser): the consent id is still a random v4 UUID', async () => {
    const init = 'delete Crypto.prototype.randomUUID;';
    const path = hardeningPage(h.server, '/hd/no-uuid.html', { before: BEFORE });
    const s = await grantsOnlyOnAccept(path, init);
    expect(await evaluate(s.page, 'typeof crypto.randomUUID')).toBe('undefined');
    const id = (await cookieGate<{ consentId: string }>(s.page, 'getConsent()')).consentId;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect((await s.cookies()).find((c) => c.name === 'cookiegate')!.value).toContain('~' + id + '~');
  });
});

describe('included or started twice', () => {
  it('a second copy of the script with another data-config changes nothing: first config, one banner, each element once', async () => {
    serveJson(h.server, '/hd/other.json', { controller: { name: 'Other Ltd' }, categories: { performance: false } });
    const path = hardeningPage(h.server, '/hd/twice.html', { before: BEFORE, after: bundleTag('data-config="/hd/other.json"') });
    const s = await grantsOnlyOnAccept(path);
    // One UI root and one re-open control (the gate draws that one in a root of its own).
    expect(await s.page.locator('body > .cg-root:not(:has(.cg-reopen))').count()).toBe(1);
    expect(await s.page.locator('.cg-reopen').count()).toBe(1);
    expect(await evaluate(s.page, 'window.CookieGate.$config.get().controller.name')).toBe('Host Ltd');
    expect(s.cookiegateErrors).toEqual([]);
  });

  it('CookieGate.init called twice with different configs: the first stays, the second is reported once', async () => {
    const calls =
      "<script>CookieGate.init({ controller: { name: 'First Ltd' }, categories: { performance: { services: { ga: {} } } } });" +
      "CookieGate.init({ controller: { name: 'Second Ltd' }, categories: { performance: { readOnly: true } }, gpc: false });</script>";
    const path = hardeningPage(h.server, '/hd/init-twice.html', { after: calls });
    const s = await grantsOnlyOnAccept(path);
    expect(await s.page.locator('.cg-banner').count()).toBe(0);
    expect(await evaluate(s.page, 'window.CookieGate.$config.get().controller.name')).toBe('First Ltd');
    expect(s.cookiegateErrors).toEqual([expect.stringMatching(/^cookiegate: init: expected one call per page/)]);
  });
});

describe('a page that changed the platform', () => {
  it('enumerable additions to Object.prototype and Array.prototype (prototype pollution) grant nothing and redirect nothing', async () => {
    const init =
      'Object.prototype.readOnly = true; Object.prototype.saleOrShare = false; Object.prototype.gpc = false;' +
      "Object.prototype.records = { endpoint: '/hd/stolen' }; Object.prototype.polluted = '<img src=x onerror=\"window.__xss=1\">';" +
      "Object.prototype.reloadOnWithdraw = true; Object.prototype['data-category'] = 'necessary';" +
      'Array.prototype.extra = function () { window.__arrayExtra = (window.__arrayExtra || 0) + 1; };' +
      'Array.prototype.includesAll = function () { return true; };';
    const path = hardeningPage(h.server, '/hd/polluted.html', { before: BEFORE });
    const s = await grantsOnlyOnAccept(path, init);
    expect(h.server.requestsTo('/hd/stolen')).toEqual([]);
    expect(await evaluate(s.page, 'window.__xss')).toBeUndefined();
    expect(s.cookiegateErrors).toEqual([]);
  });

  it('JSON.parse wrapped by the page (delegating) still reads the inline config', async () => {
    const init = 'var parse = JSON.parse; JSON.parse = function (t, r) { window.__parsed = (window.__parsed || 0) + 1; return parse.call(JSON, t, r); };';
    const path = hardeningPage(h.server, '/hd/json-wrapped.html', { before: BEFORE });
    const s = await grantsOnlyOnAccept(path, init);
    expect(await evaluate(s.page, 'window.CookieGate.$config.get().controller.name')).toBe('Host Ltd');
  });

  it('JSON.parse replaced by a broken one: one error naming the config, defaults run, nothing optional before a choice', async () => {
    const init = "JSON.parse = function () { throw new Error('JSON.parse is disabled on this page'); };";
    const path = hardeningPage(h.server, '/hd/json-broken.html', { before: BEFORE });
    const s = await grantsOnlyOnAccept(path, init);
    expect(s.cookiegateErrors).toEqual([expect.stringMatching(/^cookiegate: config <script id="cookiegate-config">: not valid JSON \(JSON.parse is disabled/)]);
  });

  it('Element.prototype.setAttribute wrapped by the page: each element activates once, through the wrapper', async () => {
    const init =
      'var set = Element.prototype.setAttribute; Element.prototype.setAttribute = function (n, v) {' +
      " if (n === 'src') window.__srcSets = (window.__srcSets || 0) + 1; return set.call(this, n, v); };";
    const path = hardeningPage(h.server, '/hd/set-attribute.html', { before: BEFORE });
    const s = await grantsOnlyOnAccept(path, init);
    expect(await evaluate(s.page, 'window.__srcSets')).toBe(2); // the pixel and the embed
  });

  it('globals named CookieGate and cookiegate defined before us: ours replaces CookieGate, leaves cookiegate alone', async () => {
    const before = "<script>window.CookieGate = { init: function () { window.__fakeInit = 1; } }; window.cookiegate = 'the page’s own';</script>" + BEFORE;
    const path = hardeningPage(h.server, '/hd/globals.html', { before });
    const s = await grantsOnlyOnAccept(path);
    expect(await evaluate(s.page, 'window.__fakeInit')).toBeUndefined();
    expect(await evaluate(s.page, 'window.cookiegate')).toBe('the page’s own');
    expect(await evaluate(s.page, 'typeof window.CookieGate.acceptAll')).toBe('function');
  });

  it('an element with id="CookieGate" and a non-script #cookiegate-config: works, the element is not read as config', async () => {
    const body = '<div id="CookieGate">A heading that shares our name</div><div id="cookiegate-config">Not JSON</div>' + GATED_MARKUP + PAGE_ALIVE;
    // The bundle sits at the end of the body so both elements exist when it starts.
    const path = hardeningPage(h.server, '/hd/named.html', { body: body + bundleTag() });
    const s = await h.open({ path });
    await waitForBanner(s.page);
    await expectFailedClosed(s, h.server);
    // Only a <script type="application/json"> is a config (test/browser/hardening/dom-clobbering.test.ts): the defaults run.
    expect(s.cookiegateErrors).toEqual([]);
    expect(await s.page.locator('#CookieGate').textContent()).toBe('A heading that shares our name');
    await clickAcceptAll(s.page);
    await expectAllActivatedOnce(s, h.server);
  });

  it('a non-writable window.CookieGate: the page keeps its object, the banner still works and grants only on Accept all', async () => {
    const before =
      "<script>Object.defineProperty(window, 'CookieGate', { value: Object.freeze({ mine: true }), writable: false, configurable: false });</script>" + BEFORE;
    const path = hardeningPage(h.server, '/hd/frozen.html', { before });
    const s = await grantsOnlyOnAccept(path);
    expect(await evaluate(s.page, 'window.CookieGate.mine === true && window.CookieGate.acceptAll === undefined')).toBe(true);
  });
});
