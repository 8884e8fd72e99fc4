/**
 * A first visit: no stored choice, the banner shows, the visitor clicks its accept-all button. Measures the time to
 * the banner's first visible frame and what happened until then, then what the library did until settled, then
 * Accept all → last blocked script. Returns the figures and the context's storage state after the choice (the
 * returning visit starts from it).
 */
import { BLOCKED_SCRIPT_COUNT, VARIANTS } from './pages.mjs';
import { bytesByLibrary, lcpOf, measurementScript, metric, newSession, sleep } from './session.mjs';

export async function firstVisit(browser, server, libraryOf, name, condition) {
  const variant = VARIANTS[name];
  const script = measurementScript({ selector: variant.visibleSelector, acceptLabel: variant.acceptLabel });
  const { context, page, cdp, network, errors, external } = await newSession(browser, server, condition, script);
  try {
    let atVisible;
    const visible = new Promise((resolve) => {
      cdp.on('Runtime.bindingCalled', (event) => {
        if (event.name !== '__benchVisible' || atVisible) return;
        atVisible = cdp.send('Performance.getMetrics').then(({ metrics }) => metrics);
        resolve();
      });
    });
    await cdp.send('Performance.enable');
    await page.goto(server.origin + '/bench/' + name + '.html', { waitUntil: 'load', timeout: 60_000 });
    let timer;
    await Promise.race([visible, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(name + ': never visible')), 30_000)))]);
    clearTimeout(timer);
    const visibleMetrics = await atVisible;
    // Settled: loaded, fully shown (any fade-in over), then 200 ms without a task of ours and without a request.
    await page.waitForFunction('window.__bench.opaque !== null', null, { polling: 50, timeout: 30_000 });
    await Promise.all([sleep(200), network.quiet(200)]);
    const settledMetrics = (await cdp.send('Performance.getMetrics')).metrics;
    const navigationStart = metric(settledMetrics, 'NavigationStart');
    const before = await page.evaluate('window.__bench');
    const lib = variant.library;
    const atVisibleBytes = bytesByLibrary(network, libraryOf, navigationStart, before.visible);
    const settledBytes = bytesByLibrary(network, libraryOf, navigationStart);

    let acceptMs = null;
    if (variant.acceptLabel) {
      const inline = await page.evaluate('(window.__benchRan || []).length');
      if (inline !== 0) throw new Error(name + ': a blocked script ran before consent');
      await page.locator(variant.visibleSelector).getByRole('button', { name: variant.acceptLabel, exact: true }).click();
      await page.waitForFunction(`(window.__benchRan || []).length >= ${BLOCKED_SCRIPT_COUNT}`, null, { polling: 20, timeout: 30_000 });
      acceptMs = await page.evaluate('Math.max(...window.__benchRan.map((r) => r[1])) - window.__bench.click');
      await sleep(100);
    }
    const b = await page.evaluate('window.__bench');
    const until = b.click ?? Infinity;
    const longtasks = b.longtasks.filter((t) => t.start < until);
    if (external.length) throw new Error(name + ': requests left 127.0.0.1: ' + external.join(', '));
    const lcp = lcpOf(before);
    const storageState = await context.storageState();
    return {
      storageState,
      result: {
        errors,
        fcp: b.fcp,
        lcp: lcp?.time ?? null,
        lcpElement: lcp?.element ?? null,
        visible: b.visible,
        opaque: b.opaque,
        styled: b.styled,
        styleDetail: b.styleDetail,
        height: b.height,
        script: metric(visibleMetrics, 'ScriptDuration') * 1000,
        task: metric(visibleMetrics, 'TaskDuration') * 1000,
        scriptSettled: metric(settledMetrics, 'ScriptDuration') * 1000,
        bytesVisible: lib ? (atVisibleBytes.bytes[lib] ?? 0) : 0,
        bytes: lib ? (settledBytes.bytes[lib] ?? 0) : 0,
        pageBytes: Object.values(settledBytes.bytes).reduce((a, x) => a + x, 0),
        urls: lib ? (settledBytes.urls[lib] ?? []) : [],
        urlsVisible: lib ? (atVisibleBytes.urls[lib] ?? []) : [],
        longtasks: longtasks.length,
        tbt: longtasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
        cls: b.cls,
        shifts: b.shifts.filter((s) => !s.input),
        accept: acceptMs,
      },
    };
  } finally {
    await context.close();
  }
}
