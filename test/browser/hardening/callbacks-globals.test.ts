/**
 * `callbacks` never reach the browser's own functions, through the BUILT dist/cookiegate.js. A config that names
 * `eval`, `Function`, `setTimeout`, `fetch`, `open`, `location`, `document`, or a dotted path to a DOM method or to
 * `location.assign`, runs no code, makes no markup, sends no request and moves no page: not on the choice, not on
 * the next load with the choice restored. Each is one `cookiegate:` error naming `callbacks[0].global` per page.
 * The queues the feature is for still work: Matomo's `_paq` (an array, then Matomo's own object with `push`),
 * HubSpot's `_hsq` (an array) and Hotjar's `hj` (a function the page defines).
 * A source-text scan (test/unit/hardening/no-dangerous-sinks.test.ts) cannot see these: the sink is named in data.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, settle, useBrowserHarness } from '../harness';
import { cookieGate, waitForBanner } from '../harness/script-tag-pages';
import { PAGE_ALIVE, clickAcceptAll, hardeningPage, inlineConfigText } from '../harness/hardening';

const h = useBrowserHarness(['dist/cookiegate.js']);

/** Every payload either sets `window.__xss` or requests a path under `/evil/`. */
const ATTACKS: Array<[string, unknown[]]> = [
  ['eval', ["window.__xss = 'eval'"]],
  ['Function', ["window.__xss = 'Function'"]],
  ['setTimeout', ["window.__xss = 'setTimeout'"]],
  ['fetch', ['/evil/fetch']],
  ['open', ['/evil/open']],
  ['location', ['/evil/location']],
  ['document', ['<img src="/evil/document" onerror="window.__xss = 1">']],
  ['document.body.insertAdjacentHTML', ['beforeend', '<img src="/evil/markup" onerror="window.__xss = \'markup\'">']],
  ['location.assign', ['/evil/assign']],
  ['document.write', ['<img src="/evil/write" onerror="window.__xss = \'write\'">']],
];

const EVIL = /^\/evil\//;

describe('callbacks naming a built-in', () => {
  it.each(ATTACKS)('"%s" runs nothing, on the choice or on the next load; one error naming callbacks[0].global per page', async (global, grant) => {
    const config = { controller: { name: 'Callbacks Ltd' }, callbacks: [{ category: 'necessary', global, grant, deny: grant }] };
    const path = hardeningPage(h.server, '/hd/callbacks.html', { before: inlineConfigText(JSON.stringify(config)), body: PAGE_ALIVE });
    const s = await h.open({ path });
    await waitForBanner(s.page);
    const popups: string[] = [];
    s.context.on('page', (page) => popups.push(page.url()));
    await clickAcceptAll(s.page);
    await settle(h.server, 400);
    const check = async () => {
      expect(await evaluate(s.page, 'window.__xss')).toBeUndefined();
      expect(s.page.url()).toBe(h.server.origin + path);
      expect(await evaluate(s.page, 'window.__pageAlive')).toBe(true);
      expect(h.server.requestsTo(EVIL).map((r) => r.url)).toEqual([]);
      expect(popups).toEqual([]);
      expect(s.pageErrors).toEqual([]);
    };
    await check();
    expect(s.cookiegateErrors).toEqual([expect.stringMatching(/^cookiegate: callbacks\[0\]\.global: /)]);

    // On the next load the stored choice is restored, and the callback would run again.
    await s.reload();
    await settle(h.server, 400);
    expect(await cookieGate(s.page, "hasConsent('performance')")).toBe(true);
    await check();
    expect(s.cookiegateErrors).toHaveLength(2);
    expect(s.cookiegateErrors[1]).toBe(s.cookiegateErrors[0]);
  });
});

describe('the queues callbacks are for', () => {
  const QUEUES =
    '<script>var _paq = window._paq = window._paq || []; _paq.push(["requireConsent"]);' +
    'window.hj = window.hj || function () { (hj.q = hj.q || []).push(arguments); };</script>';
  const CONFIG = {
    controller: { name: 'Queues Ltd' },
    callbacks: [
      { category: 'performance', global: '_paq', grant: ['setConsentGiven'], deny: ['forgetConsentGiven'] },
      { category: 'targeting', global: '_hsq', grant: ['doNotTrack', { track: true }], deny: ['doNotTrack'] },
      { category: 'performance', global: 'hj', grant: ['event', 'consent_given'], deny: ['event', 'consent_withdrawn'] },
    ],
  };

  it('Matomo _paq (array, then the object Matomo puts there), HubSpot _hsq (created as an array), Hotjar hj (page function)', async () => {
    const path = hardeningPage(h.server, '/hd/queues.html', { before: QUEUES + inlineConfigText(JSON.stringify(CONFIG)), body: PAGE_ALIVE });
    const s = await h.open({ path });
    await waitForBanner(s.page);
    expect(await evaluate(s.page, 'window._hsq')).toBeUndefined(); // nothing before a choice
    await clickAcceptAll(s.page);
    // Callbacks are a file of their own, loaded with the first choice: what they push follows it.
    await expect.poll(() => evaluate(s.page, 'window._paq')).toEqual([['requireConsent'], ['setConsentGiven']]);
    expect(await evaluate(s.page, 'window._hsq')).toEqual([['doNotTrack', { track: true }]]);
    expect(await evaluate(s.page, 'hj.q.map(function (args) { return Array.from(args); })')).toEqual([['event', 'consent_given']]);

    // Matomo, once loaded, replaces _paq with an object whose push runs each command at once.
    await evaluate(s.page, 'window._paq = { push: function (command) { (window.__matomo = window.__matomo || []).push(command); } }');
    await cookieGate(s.page, 'rejectAll()');
    await expect.poll(() => evaluate(s.page, 'window.__matomo')).toEqual([['forgetConsentGiven']]);
    expect(await evaluate(s.page, 'window._hsq')).toEqual([['doNotTrack', { track: true }], ['doNotTrack']]);
    expect(await evaluate(s.page, 'hj.q.length')).toBe(2);
    expect(s.cookiegateErrors).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });

  it('"_hsq.push" is refused with an error that says to write "_hsq"; the other callbacks run', async () => {
    const config = {
      callbacks: [
        { category: 'targeting', global: '_hsq.push', grant: ['doNotTrack', { track: true }] },
        { category: 'targeting', global: '_cgq', grant: ['on'] },
      ],
    };
    const path = hardeningPage(h.server, '/hd/hsq-push.html', { before: inlineConfigText(JSON.stringify(config)), body: PAGE_ALIVE });
    const s = await h.open({ path });
    await waitForBanner(s.page);
    await clickAcceptAll(s.page);
    await expect.poll(() => evaluate(s.page, 'window._cgq')).toEqual([['on']]);
    expect(s.cookiegateErrors).toEqual([expect.stringMatching(/^cookiegate: callbacks\[0\]\.global: .*write "_hsq"/)]);
    expect(await evaluate(s.page, 'window._hsq')).toBeUndefined();
    expect(await evaluate(s.page, 'window._cgq')).toEqual([['on']]);
  });

  it('a global that is inherited (addEventListener) or an element id is refused, not called or replaced', async () => {
    const config = {
      callbacks: [
        { category: 'necessary', global: 'addEventListener', grant: ['click', 'x'] },
        { category: 'necessary', global: 'clobbered', grant: ['x'] },
      ],
    };
    const body = '<div id="clobbered"></div>' + PAGE_ALIVE;
    const path = hardeningPage(h.server, '/hd/inherited.html', { before: inlineConfigText(JSON.stringify(config)), body });
    const s = await h.open({ path });
    await waitForBanner(s.page);
    await clickAcceptAll(s.page);
    await expect.poll(() => s.cookiegateErrors.map((e) => e.split(': ')[1])).toEqual(['callbacks[0].global', 'callbacks[1].global']);
    expect(await evaluate(s.page, 'window.clobbered instanceof HTMLDivElement')).toBe(true);
    expect(s.pageErrors).toEqual([]);
  });
});
