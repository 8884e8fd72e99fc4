/**
 * The harness is what every browser test trusts, so it is tested too: the server logs what it serves, fixtures
 * have the side effects tests look for, and nothing leaves 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, settle, useBrowserHarness } from './index';

const h = useBrowserHarness([]);

describe('test harness', () => {
  it('logs every request a page makes, with method, path and time', async () => {
    const before = Date.now();
    const s = await h.open({ path: '/fixtures/page.html' });
    const [entry] = h.server.requestsTo('/fixtures/page.html');
    expect(entry?.method).toBe('GET');
    expect(entry?.time).toBeGreaterThanOrEqual(before);
    expect(await s.page.textContent('#fixture')).toBe('page');
  });

  it('runs fixture scripts that log, set globals and cookies, in order even when one is slow', async () => {
    h.server.route('/inline.html', (_req, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.end(
        '<!doctype html><script src="/slow/a.js?ms=300&global=aDone"></script>' +
          '<script src="/fixtures/b.js?cookie=_ga%3D1&cookie=_ga_X%3D2"></script>' +
          '<script type="module" src="/fixtures/m.js?module=1"></script>',
      );
    });
    const s = await h.open({ path: '/inline.html' });
    await s.page.waitForFunction('window.__cgModules && window.__cgModules.length === 1');
    expect(await evaluate(s.page, 'window.__cgLog')).toEqual(['a', 'b', 'm']);
    expect(await evaluate(s.page, 'window.aDone')).toBe('a');
    expect(await s.cookieNames()).toEqual(['_ga', '_ga_X']);
    const slow = h.server.requestsTo('/slow/a.js')[0]!;
    const next = h.server.requestsTo('/fixtures/b.js')[0]!;
    expect(slow.seq).toBeLessThan(next.seq);
  });

  it('answers with per-path headers and records POSTed bodies', async () => {
    h.server.setHeaders('/fixtures/csp.html', { 'Content-Security-Policy': "script-src 'none'" });
    const s = await h.open({ path: '/fixtures/csp.html' });
    const response = await s.page.goto(h.server.origin + '/fixtures/csp.html');
    expect(response?.headers()['content-security-policy']).toBe("script-src 'none'");
    const status = await evaluate<number>(
      s.page,
      "fetch('/consent-records', { method: 'POST', body: JSON.stringify({ a: 1 }), keepalive: true }).then(r => r.status)",
    );
    expect(status).toBe(204);
    expect(h.server.records.map((r) => r.json)).toEqual([{ a: 1 }]);
  });

  it('sends Sec-GPC and sets navigator.globalPrivacyControl when asked', async () => {
    const s = await h.open({ gpc: true, path: '/fixtures/gpc.html' });
    expect(h.server.requestsTo('/fixtures/gpc.html')[0]?.headers['sec-gpc']).toBe('1');
    expect(await evaluate(s.page, 'navigator.globalPrivacyControl')).toBe(true);
  });

  it('aborts and records requests that would leave 127.0.0.1', async () => {
    const s = await h.open({ path: '/fixtures/external.html' });
    await evaluate(s.page, "new Promise(r => { const i = new Image(); i.onerror = i.onload = r; i.src = 'http://example.invalid/x.gif'; })");
    await settle(h.server);
    expect(s.externalRequests).toEqual(['http://example.invalid/x.gif']);
    s.externalRequests.length = 0; // handled: the afterEach check would fail this test otherwise
  });

  it('collects console errors and page errors', async () => {
    const s = await h.open({ path: '/fixtures/errors.html' });
    await evaluate(s.page, "console.error('cookiegate: test message'); setTimeout(() => { throw new Error('boom') }); 0");
    await s.page.waitForTimeout(100);
    expect(s.cookiegateErrors).toEqual(['cookiegate: test message']);
    expect(s.pageErrors.join('\n')).toContain('boom');
  });
});
