/**
 * Invalid config never throws into the page: one `cookiegate:` console.error per problem, naming its path, and
 * nothing non-essential runs.
 */
import { describe, expect, it } from 'vitest';
import { ANY_FIXTURE, CORE_PAGE, cg, fixtureLog, settle, useBrowserHarness, waitForCore } from '../harness';
import { TEST_CONFIG } from '../../shared/fixtures';

const h = useBrowserHarness();

function withGaCookies(cookies: unknown[]) {
  const config = structuredClone(TEST_CONFIG) as any;
  config.categories.performance.services.ga.cookies = cookies;
  return config;
}

describe('invalid config', () => {
  it('logs the path of an invalid cookie pattern and runs nothing non-essential', async () => {
    const s = await h.open({ config: withGaCookies(['/[/', '_ga']), path: CORE_PAGE });
    await waitForCore(s.page);
    await settle(h.server, 600);

    expect(s.pageErrors).toEqual([]);
    expect(s.cookiegateErrors).toHaveLength(1);
    expect(s.cookiegateErrors[0]).toContain('categories.performance.services.ga.cookies[0]');
    expect(s.consoleErrors).toEqual(s.cookiegateErrors);
    expect(h.server.requestsTo(ANY_FIXTURE)).toHaveLength(0);
    expect(await fixtureLog(s.page)).toEqual([]);
    expect(await cg(s.page, 'getConsent()')).toBeNull();
    expect(await s.cookies()).toEqual([]);
  });

  it('reports every problem, not just the first', async () => {
    const config = withGaCookies(['/[/', 42]) as any;
    config.revison = 2; // a typo of "revision"
    const s = await h.open({ config, path: CORE_PAGE });
    await waitForCore(s.page);
    const errors = s.cookiegateErrors.join('\n');
    expect(s.cookiegateErrors.length).toBeGreaterThanOrEqual(3);
    expect(errors).toContain('categories.performance.services.ga.cookies[0]');
    expect(errors).toContain('categories.performance.services.ga.cookies[1]');
    expect(errors).toContain('revison');
    expect(s.pageErrors).toEqual([]);
  });

  it('keeps working with what is valid: acceptAll() still loads the page’s scripts', async () => {
    const s = await h.open({ config: withGaCookies(['/[/']), path: CORE_PAGE });
    await waitForCore(s.page);
    await cg(s.page, 'acceptAll()');
    await s.page.waitForFunction("window.__cgLog.indexOf('tracker') >= 0");
    expect(h.server.requestsTo('/fixtures/tracker.js')).toHaveLength(1);
  });

  it('logs, and does not throw, for a config that is not an object', async () => {
    for (const config of ['yes', 42, []]) {
      const s = await h.open({ config, path: CORE_PAGE });
      await waitForCore(s.page);
      await settle(h.server, 300);
      expect(s.pageErrors, JSON.stringify(config)).toEqual([]);
      expect(s.cookiegateErrors.length, JSON.stringify(config)).toBeGreaterThanOrEqual(1);
      expect(h.server.requestsTo(ANY_FIXTURE)).toHaveLength(0);
      await s.close();
    }
  });
});

describe('advice on a valid config', () => {
  it('warns (never errors) about a service without provider and cookies without duration, and runs as configured', async () => {
    const s = await h.open({
      config: TEST_CONFIG,
      path: CORE_PAGE,
      initScript:
        'window.__warns = []; var warn = console.warn; console.warn = function (m) { window.__warns.push(String(m)); return warn.apply(console, arguments); };',
    });
    await waitForCore(s.page);
    const warnings = (await s.page.evaluate('window.__warns')) as string[];
    // TEST_CONFIG names its controller and providers but gives no cookie durations
    expect(warnings.filter((w) => w.startsWith('cookiegate'))).toEqual([
      expect.stringMatching(/^cookiegate advice: categories\.performance\.services\.ga\.cookies: no duration for _ga, \/\^_ga_\/:/),
      expect.stringMatching(/^cookiegate advice: categories\.performance\.services\.hj\.cookies: no duration for \/\^_hjSession_\/:/),
    ]);
    expect(s.consoleErrors).toEqual([]);
    await cg(s.page, 'acceptAll()');
    await s.page.waitForFunction("window.__cgLog.indexOf('tracker') >= 0");
  });
});
