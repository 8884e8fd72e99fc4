/**
 * A strict Content Security Policy set as a real response header by the test server. With the script tag's
 * `nonce`, everything cookiegate injects (its stylesheet, activated scripts, inline and external, classic and
 * module) carries the nonce: zero `securitypolicyviolation` events and zero CSP console messages, from the first
 * paint through the preferences dialog, a placeholder and Accept all.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, fixtureLog, settle, useBrowserHarness } from '../harness';
import { CSP_VIOLATION_RECORDER, cspConsoleMessages, cspViolations } from '../harness/csp-violations';
import { ANY_FIXTURE, htmlDocument, pollUntil, serveHtml, visibleBanners, waitForBanner } from '../harness/script-tag-pages';

const h = useBrowserHarness(['dist/cookiegate.js']);

const NONCE_CSP = "script-src 'nonce-abc'; style-src 'nonce-abc' 'self'; object-src 'none'; base-uri 'none'";

const CONFIG = {
  revision: 1,
  controller: { name: 'Strict Ltd', policyUrl: '/privacy' },
  categories: { social: { services: { video: { label: 'Example Video' } } } },
};

/** Gated elements of every kind; none carries a nonce of its own: cookiegate must add it. */
const GATED =
  '<script type="text/plain" data-category="performance" src="/fixtures/csp-perf.js"></script>' +
  '<script type="text/plain" data-category="performance">(window.__cgLog = window.__cgLog || []).push("csp-inline");</script>' +
  '<script type="text/plain" data-category="functionality" data-type="module" src="/fixtures/csp-module.js?module=1"></script>' +
  '<img id="pixel" data-category="targeting" data-src="/fixtures/csp-pixel.gif" alt="" width="1" height="1">' +
  '<iframe id="video" data-category="social" data-service="video" data-src="/fixtures/csp-video.html" title="Video" width="560" height="315"></iframe>';

function cspPage(scriptAttrs: string, extraHead = ''): string {
  const head =
    '<script type="application/json" id="cookiegate-config">' +
    JSON.stringify(CONFIG) +
    '</script>' +
    extraHead +
    '<script src="/dist/cookiegate.js" ' +
    scriptAttrs +
    '></script>' +
    // The page's own inline script, allowed by its nonce: proves the policy is in force but not in the way.
    '<script nonce="abc">window.__pageScript = true;</script>';
  return htmlDocument(head, '<h1>Strict CSP</h1><p>Text.</p>' + GATED);
}

async function openStrict(scriptAttrs: string, csp = NONCE_CSP, extraHead = '') {
  const path = serveHtml(h.server, '/st/csp.html', cspPage(scriptAttrs, extraHead), { 'Content-Security-Policy': csp });
  const s = await h.open({ path, initScript: CSP_VIOLATION_RECORDER });
  return s;
}

describe('Content Security Policy with a nonce (response header)', () => {
  it('shows a styled banner, a working dialog and placeholder, and runs activated scripts after Accept all, with zero violations', async () => {
    const s = await openStrict('nonce="abc"');
    const response = await s.page.goto(h.server.origin + '/st/csp.html');
    expect(response?.headers()['content-security-policy']).toBe(NONCE_CSP);
    await waitForBanner(s.page);
    expect(await evaluate(s.page, 'window.__pageScript')).toBe(true);

    // Styled: our stylesheet applied (fixed position, a painted background), not a bare unstyled section.
    const style = await s.page.locator('.cg-banner').evaluate((el) => {
      const cs = getComputedStyle(el);
      return { position: cs.position, background: cs.backgroundColor };
    });
    expect(style.position).toBe('fixed');
    expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(await s.page.locator('style[data-cg-style]').evaluateAll((els) => els.map((el) => (el as HTMLStyleElement).nonce))).toEqual(['abc', 'abc']);
    // The on-demand files ran under the nonce too (the config check first of all, before the engine started), and each
    // carried its integrity hash.
    expect(
      (
        await s.page
          .locator('script[src*="cookiegate-"]')
          .evaluateAll((els) =>
            els.map((el) => [
              (el as HTMLScriptElement).src.split('/').pop(),
              (el as HTMLScriptElement).nonce,
              /^sha384-/.test(el.getAttribute('integrity') || ''),
            ]),
          )
      ).sort(),
    ).toEqual([
      ['cookiegate-check.js', 'abc', true],
      ['cookiegate-embeds.js', 'abc', true],
      ['cookiegate-texts.js', 'abc', true],
      ['cookiegate-ui.js', 'abc', true],
    ]);
    // The placeholder is styled too and keeps the iframe's box.
    const box = await s.page.frameLocator('iframe[data-category]').first().locator('.cg-ph').boundingBox();
    expect(box).toMatchObject({ width: 560, height: 315 });

    // The dialog and its switches.
    await s.page.getByRole('button', { name: 'Manage preferences' }).click();
    const dialog = s.page.getByRole('dialog');
    await dialog.waitFor();
    expect(await s.page.locator('.cg-overlay').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    await dialog.locator('input[type="checkbox"]').nth(1).check();
    await dialog.getByRole('button', { name: 'Accept all' }).click();

    await pollUntil(s.page, '(window.__cgModules || []).length === 1 && (window.__cgLog || []).length === 3');
    await settle(h.server, 300);
    expect(await fixtureLog(s.page)).toEqual(['csp-perf', 'csp-inline', 'csp-module']);
    expect(h.server.requestsTo('/fixtures/csp-pixel.gif')).toHaveLength(1);
    expect(h.server.requestsTo('/fixtures/csp-video.html')).toHaveLength(1);
    expect(await s.page.frameLocator('#video').locator('#fixture').textContent()).toBe('csp-video');
    // The re-open control is styled as well.
    expect(await s.page.locator('.cg-reopen').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');

    expect(await cspViolations(s.page)).toEqual([]);
    expect(cspConsoleMessages(s.consoleErrors)).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });

  it.each(['defer', 'async'])('works the same when the tag is loaded with %s', async (how) => {
    const s = await openStrict('nonce="abc" ' + how);
    await waitForBanner(s.page);
    expect(await s.page.locator('.cg-banner').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    await pollUntil(s.page, '(window.__cgModules || []).length === 1 && (window.__cgLog || []).length === 3');
    expect(await fixtureLog(s.page)).toEqual(['csp-perf', 'csp-inline', 'csp-module']);
    expect(await cspViolations(s.page)).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it('works when a nonce-bearing loader injects the tag after load', async () => {
    const loader =
      '<script nonce="abc">window.addEventListener("load", function () { var s = document.createElement("script");' +
      ' s.src = "/dist/cookiegate.js"; s.nonce = "abc"; document.body.appendChild(s); });</script>';
    const path = serveHtml(
      h.server,
      '/st/csp-injected.html',
      htmlDocument('<script type="application/json" id="cookiegate-config">' + JSON.stringify(CONFIG) + '</script>' + loader, '<h1>Injected</h1>' + GATED),
      {
        'Content-Security-Policy': NONCE_CSP,
      },
    );
    const s = await h.open({ path, initScript: CSP_VIOLATION_RECORDER });
    await waitForBanner(s.page);
    expect(await s.page.locator('.cg-banner').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    await pollUntil(s.page, '(window.__cgModules || []).length === 1 && (window.__cgLog || []).length === 3');
    expect(await cspViolations(s.page)).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it('keeps gated scripts inert before a choice even though cookiegate holds the nonce', async () => {
    const s = await openStrict('nonce="abc"');
    await waitForBanner(s.page);
    await settle(h.server, 300);
    expect(h.server.requestsTo(ANY_FIXTURE)).toEqual([]);
    expect(await fixtureLog(s.page)).toEqual([]);
    await s.page.getByRole('button', { name: 'Reject all' }).click();
    await settle(h.server, 300);
    expect(h.server.requestsTo(ANY_FIXTURE)).toEqual([]);
    expect(await cspViolations(s.page)).toEqual([]);
  });

  it('also passes with Trusted Types required (policy named cookiegate)', async () => {
    const csp = NONCE_CSP + "; require-trusted-types-for 'script'; trusted-types cookiegate";
    const s = await openStrict('nonce="abc"', csp);
    await waitForBanner(s.page);
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    await pollUntil(s.page, '(window.__cgModules || []).length === 1 && (window.__cgLog || []).length === 3');
    expect(await fixtureLog(s.page)).toEqual(['csp-perf', 'csp-inline', 'csp-module']);
    expect(await cspViolations(s.page)).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });

  it('the recorder sees violations: without the nonce on its tag the bundle itself is refused', async () => {
    // Control for the tests above: a page whose cookiegate tag lacks the nonce is blocked and reported.
    const s = await openStrict('');
    await settle(h.server, 300);
    const violations = await cspViolations(s.page);
    expect(violations.map((v) => v.directive)).toContain('script-src-elem');
    expect(violations.some((v) => v.blockedURI.endsWith('/dist/cookiegate.js'))).toBe(true);
    expect(cspConsoleMessages(s.consoleErrors).length).toBeGreaterThan(0);
    expect(await visibleBanners(s.page).count()).toBe(0);
  });
});

describe('Content Security Policy without nonces', () => {
  it("works with script-src 'self' and style-src 'self' 'unsafe-inline' when every gated script is an external file", async () => {
    const csp = "script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'";
    const body =
      '<h1>No nonce</h1>' +
      '<script type="text/plain" data-category="performance" src="/fixtures/self-perf.js"></script>' +
      '<img id="pixel" data-category="targeting" data-src="/fixtures/self-pixel.gif" alt="" width="1" height="1">';
    const head = '<script type="application/json" id="cookiegate-config">' + JSON.stringify(CONFIG) + '</script><script src="/dist/cookiegate.js"></script>';
    const path = serveHtml(h.server, '/st/csp-self.html', htmlDocument(head, body), { 'Content-Security-Policy': csp });
    const s = await h.open({ path, initScript: CSP_VIOLATION_RECORDER });
    await waitForBanner(s.page);
    expect(await s.page.locator('.cg-banner').evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    await pollUntil(s.page, '(window.__cgLog || []).length === 1');
    expect(await fixtureLog(s.page)).toEqual(['self-perf']);
    expect(await cspViolations(s.page)).toEqual([]);
    expect(s.consoleErrors).toEqual([]);
  });
});
