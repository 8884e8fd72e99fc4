/**
 * A returning visit: a visitor in a new session, with the cookies and local storage a first visit left after its
 * Accept all (Playwright `storageState`) and an empty memory and HTTP cache (a new context). Measures the page until
 * load and quiet (FCP, LCP, script time, bytes, CLS), then re-opens the preferences dialog and times the click →
 * first frame with the dialog visible.
 *
 * Re-open flavours: `hover` moves the pointer onto the button, waits 300 ms, then clicks (a control that preloads
 * on approach has had its chance); `direct` calls `element.click()` on it with no pointer event before.
 */
import { BLOCKED_SCRIPT_COUNT, VARIANTS } from './pages.mjs';
import { bytesByLibrary, lcpOf, measurementScript, metric, newSession, sleep } from './session.mjs';

export const REOPEN_FLAVOURS = ['hover', 'direct'];
/** Quiet after load: this long without a request in flight or started. */
export const QUIET_MS = 500;

export async function returningVisit(browser, server, libraryOf, name, condition, storageState, flavour) {
  const variant = VARIANTS[name];
  const script = measurementScript({ dialogSelector: variant.dialogSelector ?? null });
  const { context, page, cdp, network, errors, external } = await newSession(browser, server, condition, script, storageState);
  try {
    await cdp.send('Performance.enable');
    await page.goto(server.origin + '/bench/' + name + '.html', { waitUntil: 'load', timeout: 60_000 });
    await network.quiet(QUIET_MS);
    const quietMetrics = (await cdp.send('Performance.getMetrics')).metrics;
    const navigationStart = metric(quietMetrics, 'NavigationStart');
    const b = await page.evaluate('window.__bench');
    const lib = variant.library;
    const { bytes, urls } = bytesByLibrary(network, libraryOf, navigationStart);

    let reopen = null;
    if (lib) {
      // The stored choice was applied: no banner, and the blocked scripts ran.
      if (await page.locator(variant.visibleSelector).isVisible()) throw new Error(name + ': banner shown to a returning visitor');
      await page.waitForFunction(`(window.__benchRan || []).length >= ${BLOCKED_SCRIPT_COUNT}`, null, { polling: 20, timeout: 30_000 });
      const button = page.getByRole('button', { name: variant.reopen, exact: true });
      await button.waitFor({ state: 'visible', timeout: 30_000 });
      await page.evaluate('__benchArmReopen()');
      if (flavour === 'hover') {
        await button.hover();
        await sleep(300);
        await button.click();
      } else {
        await button.evaluate((el) => el.click());
      }
      await page.waitForFunction('window.__bench.dialog !== null', null, { polling: 20, timeout: 30_000 });
      const r = await page.evaluate('window.__bench');
      reopen = r.dialog - r.reopenClick;
    }
    if (external.length) throw new Error(name + ': requests left 127.0.0.1: ' + external.join(', '));
    const lcp = lcpOf(b);
    const until = b.reopenClick ?? Infinity;
    const longtasks = b.longtasks.filter((t) => t.start < until);
    return {
      errors,
      flavour,
      fcp: b.fcp,
      lcp: lcp?.time ?? null,
      lcpElement: lcp?.element ?? null,
      scriptQuiet: metric(quietMetrics, 'ScriptDuration') * 1000,
      taskQuiet: metric(quietMetrics, 'TaskDuration') * 1000,
      bytes: lib ? (bytes[lib] ?? 0) : 0,
      pageBytes: Object.values(bytes).reduce((a, x) => a + x, 0),
      urls: lib ? (urls[lib] ?? []) : [],
      longtasks: longtasks.length,
      tbt: longtasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      cls: b.cls,
      shifts: b.shifts.filter((s) => !s.input),
      reopenHover: flavour === 'hover' ? reopen : null,
      reopenDirect: flavour === 'direct' ? reopen : null,
    };
  } finally {
    await context.close();
  }
}
