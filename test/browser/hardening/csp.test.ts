/**
 * cookiegate under a strict Content Security Policy, through the BUILT dist/cookiegate.js: with Trusted Types
 * required (policy `cookiegate`) and nonce-only scripts and styles, and with a strict CSP without Trusted Types.
 * The banner renders and, after Accept all, an inline and an external blocked script run, an image and an embed
 * load — with zero `securitypolicyviolation` events and no CSP console message. A Dutch page fetches its locale
 * file under `connect-src 'self'`, and falls back to English when `connect-src` refuses it. A control with the policy
 * name left out shows that the recorder sees violations when there are some.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, useBrowserHarness } from '../harness';
import { settle } from '../harness/browser';
import { bundleTag, htmlDocument, serveHtml, waitForBanner } from '../harness/script-tag-pages';
import { CSP_VIOLATION_RECORDER, cspConsoleMessages, cspViolations } from '../harness/csp-violations';
import { GATED_MARKUP, clickAcceptAll, expectAllActivatedOnce, expectFailedClosed, hardeningPage, inlineConfigText } from '../harness/hardening';

const h = useBrowserHarness(['dist/cookiegate.js']);

const NONCE = 'hd0n0nce5tr1ct';
const TRUSTED_TYPES_CSP =
  "require-trusted-types-for 'script'; trusted-types cookiegate; script-src 'self' 'nonce-" +
  NONCE +
  "'; style-src 'self' 'nonce-" +
  NONCE +
  "'; object-src 'none'; base-uri 'none'";
const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'nonce-" +
  NONCE +
  "'; style-src 'self' 'nonce-" +
  NONCE +
  "'; img-src 'self'; frame-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

const CONFIG = { revision: 1, controller: { name: 'CSP Ltd', policyUrl: '/privacy' }, categories: { performance: { services: { ga: {} } } } };
const PAGE_ALIVE_NONCED = '<script nonce="' + NONCE + '">window.__pageAlive = true;</script>';

function cspPage(path: string, csp: string, after = '') {
  return hardeningPage(h.server, path, {
    before: inlineConfigText(JSON.stringify(CONFIG)),
    attrs: 'nonce="' + NONCE + '"',
    body: GATED_MARKUP + PAGE_ALIVE_NONCED + after,
    headers: { 'Content-Security-Policy': csp },
  });
}

describe.each([
  ['Trusted Types required (policy cookiegate) and nonce-only scripts and styles', TRUSTED_TYPES_CSP],
  ['a strict CSP without unsafe-inline or unsafe-eval', STRICT_CSP],
])('under %s', (_, csp) => {
  it('renders the banner and preferences styled, with zero violations', async () => {
    const s = await h.open({ path: cspPage('/hd/csp-banner.html', csp), initScript: CSP_VIOLATION_RECORDER });
    await waitForBanner(s.page);
    await s.page.locator('.cg-banner').getByRole('button', { name: 'Manage preferences' }).click();
    await s.page.getByRole('dialog').waitFor();
    // The injected stylesheet applied (it carries the nonce): the dialog is laid out by our CSS, not unstyled.
    expect(await evaluate(s.page, 'document.querySelector("style[data-cg-style]") ? document.querySelector("style[data-cg-style]").nonce : "linked"')).toBe(
      NONCE,
    );
    expect(await evaluate(s.page, 'getComputedStyle(document.querySelector(".cg-banner, [role=dialog]")).position')).not.toBe('static');
    await expectFailedClosed(s, h.server);
    expect(await cspViolations(s.page)).toEqual([]);
    expect(cspConsoleMessages(s.consoleErrors)).toEqual([]);
  });

  it('after Accept all runs the inline and the external blocked script and loads the image and embed, with zero violations', async () => {
    const s = await h.open({ path: cspPage('/hd/csp-accept.html', csp), initScript: CSP_VIOLATION_RECORDER });
    await waitForBanner(s.page);
    await clickAcceptAll(s.page);
    await expectAllActivatedOnce(s, h.server);
    expect(await s.page.frameLocator('#hd-frame').locator('#fixture').textContent()).toBe('hd-embed');
    expect(await cspViolations(s.page)).toEqual([]);
    expect(cspConsoleMessages(s.consoleErrors)).toEqual([]);
    // On the next load the stored choice activates everything during parsing, still without a violation.
    h.server.reset();
    cspPage('/hd/csp-accept.html', csp);
    await s.reload();
    await expectAllActivatedOnce(s, h.server);
    expect(await cspViolations(s.page)).toEqual([]);
  });
});

describe('a Dutch page: the locale file is fetched (connect-src)', () => {
  const dutchPage = (path: string, csp: string) =>
    serveHtml(
      h.server,
      path,
      htmlDocument(inlineConfigText(JSON.stringify(CONFIG)) + bundleTag('nonce="' + NONCE + '"'), GATED_MARKUP + PAGE_ALIVE_NONCED, 'nl'),
      { 'Content-Security-Policy': csp },
    );

  it("under the strict CSP (connect-src 'self') shows Dutch, with zero violations", async () => {
    const s = await h.open({ path: dutchPage('/hd/csp-nl.html', STRICT_CSP), initScript: CSP_VIOLATION_RECORDER });
    await waitForBanner(s.page);
    expect(await s.page.locator('.cg-banner button').first().textContent()).toBe('Alles accepteren');
    expect(h.server.requestsTo('/dist/locales/nl.json')).toHaveLength(1);
    await expectFailedClosed(s, h.server);
    expect(await cspViolations(s.page)).toEqual([]);
    expect(s.cookiegateErrors).toEqual([]);
  });

  it("with connect-src 'none' the file is refused: English, one cookiegate error naming it, nothing optional runs", async () => {
    const csp = STRICT_CSP.replace("connect-src 'self'", "connect-src 'none'");
    const s = await h.open({ path: dutchPage('/hd/csp-nl-refused.html', csp), initScript: CSP_VIOLATION_RECORDER });
    await waitForBanner(s.page);
    expect(await s.page.locator('.cg-banner button').first().textContent()).toBe('Accept all');
    expect(await evaluate(s.page, 'document.querySelector(".cg-root").lang')).toBe('en');
    expect(s.cookiegateErrors).toEqual([
      expect.stringMatching(/^cookiegate: language: could not load the texts from http:\/\/127\.0\.0\.1:\d+\/dist\/locales\/nl\.json \(.+\); showing English$/),
    ]);
    await expectFailedClosed(s, h.server);
  });
});

describe('control: the recorder sees violations', () => {
  it('with the policy name left out of trusted-types: the banner cannot load and says why, violations are recorded, nothing runs, no page error', async () => {
    const csp = TRUSTED_TYPES_CSP.replace('trusted-types cookiegate', 'trusted-types other');
    const after = '<script type="text/plain" data-category="performance" src="/fixtures/hd-after.js"></script>';
    const s = await h.open({ path: cspPage('/hd/csp-control.html', csp, after), initScript: CSP_VIOLATION_RECORDER });
    // The banner is a file the gate loads as a script: without our policy the browser refuses its URL.
    await expect.poll(() => evaluate(s.page, '(window.__cspViolations || []).length'), { timeout: 5000 }).toBeGreaterThan(0);
    const violations = await cspViolations(s.page);
    expect(violations.map((v) => v.directive)).toContain('trusted-types');
    // Every file of this first visit is refused and named: the config check (the built-in default runs), the banner,
    // and the placeholders of its blocked iframe once each; their texts once per attempt (the placeholders, found while
    // the page parses, may try again after the banner's attempt failed).
    const line = (part: string) =>
      new RegExp(
        '^cookiegate: part "' + part + '": could not load it \\(http://127\\.0\\.0\\.1:\\d+/dist/cookiegate-' + part + '\\.js: .*trusted-types cookiegate\\)',
      );
    await expect.poll(() => s.cookiegateErrors.length, { timeout: 5000 }).toBeGreaterThanOrEqual(4);
    await settle(h.server, 300);
    for (const part of ['check', 'embeds', 'ui'])
      expect(
        s.cookiegateErrors.filter((e) => line(part).test(e)),
        part,
      ).toHaveLength(1);
    const texts = s.cookiegateErrors.filter((e) => line('texts').test(e)).length;
    expect(texts).toBeGreaterThanOrEqual(1);
    expect(texts).toBeLessThanOrEqual(2);
    expect(s.cookiegateErrors).toHaveLength(3 + texts);
    await settle(h.server, 300);
    expect(await s.page.locator('.cg-banner').count()).toBe(0);
    // Fails closed: nothing optional ran or was even requested.
    expect(await evaluate(s.page, 'window.__inlineRan')).toBeUndefined();
    expect(await evaluate(s.page, 'window.__cgLog')).toBeUndefined();
    expect(h.server.requestsTo(/\.js$/).filter((r) => r.path.startsWith('/fixtures/'))).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });

  it('activated scripts need the policy too: with the banner in the page (one file), each blocked script is refused and named, and the queue goes on', async () => {
    const csp = TRUSTED_TYPES_CSP.replace('trusted-types cookiegate', 'trusted-types other');
    // A blocked script after the refused inline one: the queue must go on past a script the browser refused.
    const after = '<script type="text/plain" data-category="performance" src="/fixtures/hd-after.js"></script>';
    const head = inlineConfigText(JSON.stringify(CONFIG)) + '<script nonce="' + NONCE + '" src="/dist/cookiegate.all.js"></script>';
    const html = htmlDocument(head, GATED_MARKUP + PAGE_ALIVE_NONCED + after);
    const s = await h.open({
      path: serveHtml(h.server, '/hd/csp-control-all.html', html, { 'Content-Security-Policy': csp }),
      initScript: CSP_VIOLATION_RECORDER,
    });
    await waitForBanner(s.page);
    await clickAcceptAll(s.page);
    await expect.poll(() => evaluate(s.page, '(window.__cspViolations || []).length'), { timeout: 5000 }).toBeGreaterThan(0);
    expect(await evaluate(s.page, 'window.__inlineRan')).toBeUndefined();
    // Each script is refused on its own, named, and the queue goes on to the next; nothing reaches the page.
    await expect.poll(() => s.cookiegateErrors.length, { timeout: 5000 }).toBe(3);
    expect(s.cookiegateErrors.map((e) => e.split(': the browser refused')[0])).toEqual([
      'cookiegate: <script data-category="performance" src="/fixtures/hd-perf.js">',
      'cookiegate: <script data-category="targeting">',
      'cookiegate: <script data-category="performance" src="/fixtures/hd-after.js">',
    ]);
    expect(s.cookiegateErrors[0]).toMatch(/trusted-types cookiegate$/);
    expect(await evaluate(s.page, 'window.__cgLog')).toBeUndefined();
    expect(h.server.requestsTo(/\.js$/).filter((r) => r.path.startsWith('/fixtures/'))).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
