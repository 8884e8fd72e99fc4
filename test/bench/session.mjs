/**
 * One measured browser session: a fresh context (optionally with the cookies and storage of an earlier visit), the
 * measurement script injected before any page script, a CDP session with CPU throttling and network emulation, and a
 * log of every request with its bytes as transferred.
 */

/** Chromium DevTools' "Slow 4G" (as Lighthouse's mobile preset): 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
export const SLOW_4G = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

/**
 * Test conditions from a list like `cpu1,cpu4,slow4g-cpu4`: `cpuN` throttles the CPU N× (CDP
 * `Emulation.setCPUThrottlingRate`), `slow4g-cpuN` adds {@link SLOW_4G} (CDP `Network.emulateNetworkConditions`).
 */
export function parseConditions(list) {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((id) => {
      const m = /^(slow4g-)?cpu(\d+(?:\.\d+)?)$/.exec(id);
      if (!m || Number(m[2]) < 1) throw new Error(`unknown condition "${id}" (expected cpuN or slow4g-cpuN, N ≥ 1)`);
      const rate = Number(m[2]);
      const network = m[1] ? SLOW_4G : null;
      const label = network
        ? `slow 4G (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up) + CPU ${rate}×`
        : rate === 1
          ? 'no emulation (CPU 1×)'
          : `CPU ${rate}×, no network emulation`;
      return { id, rate, network, label, rtt: network ? network.latency : 0 };
    });
}

/**
 * Measurement script, injected before any page script. `selector`: the element whose first visible frame is timed
 * (a banner, or the page's heading; null: none). `acceptLabel`: the banner's accept-all button (styled check).
 * `dialogSelector`: the preferences dialog, timed from a click once `__benchArmReopen()` was called.
 */
export function measurementScript({ selector = null, acceptLabel = null, dialogSelector = null } = {}) {
  return `(() => {
  const SEL = ${JSON.stringify(selector)};
  const ACCEPT = ${JSON.stringify(acceptLabel)};
  const DIALOG = ${JSON.stringify(dialogSelector)};
  const B = (window.__bench = { fcp: null, lcp: [], firstInput: null, visible: null, opaque: null, styled: null, styleDetail: null,
    cls: 0, shifts: [], longtasks: [], click: null, frames: 0, armed: false, reopenClick: null, dialog: null, height: null });
  const describe = (node) => {
    if (!node || node.nodeType !== 1) return node ? String(node.nodeName) : '(removed)';
    const cls = typeof node.className == 'string' && node.className.trim() ? '.' + node.className.trim().split(/\\s+/).join('.') : '';
    return node.tagName.toLowerCase() + (node.id ? '#' + node.id : '') + cls;
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.hadRecentInput) B.cls += e.value;
        B.shifts.push({ value: e.value, time: e.startTime, input: e.hadRecentInput, sources: (e.sources || []).map((s) => describe(s.node)) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') B.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.lcp.push({ time: e.startTime, size: e.size, element: describe(e.element) + (e.url ? ' ' + e.url : '') });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch (e) {}
  // First input as largest-contentful-paint understands it (a click, a key, a tap): later entries do not count.
  const input = (e) => { if (B.firstInput === null) B.firstInput = e.timeStamp; };
  for (const type of ['pointerdown', 'mousedown', 'keydown']) addEventListener(type, input, true);
  addEventListener('click', (e) => {
    input(e);
    if (B.click === null) B.click = performance.now();
    if (B.armed && B.reopenClick === null) { B.reopenClick = e.timeStamp; requestAnimationFrame(frame); }
  }, true);
  window.__benchArmReopen = () => { B.armed = true; };
  const shown = (el, full) => {
    if (!el || !el.isConnected) return false;
    const r = el.getBoundingClientRect();
    if (!(r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth)) return false;
    if (getComputedStyle(el).visibility !== 'visible') return false;
    let opacity = 1;
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.display === 'none') return false;
      opacity *= parseFloat(s.opacity);
      if (opacity === 0) return false;
    }
    return full ? opacity === 1 : true;
  };
  const styled = (el) => {
    const s = getComputedStyle(el);
    const button = Array.from(el.querySelectorAll('button')).find((b) => b.textContent.trim() === ACCEPT);
    const bbg = button ? getComputedStyle(button).backgroundColor : 'none';
    B.styleDetail = { position: s.position, background: s.backgroundColor, button: bbg };
    return s.position === 'fixed' && !/^(transparent|rgba\\(0, 0, 0, 0\\))$/.test(s.backgroundColor) &&
      !!button && bbg !== 'rgb(239, 239, 239)' && bbg !== 'rgba(0, 0, 0, 0)';
  };
  // Each frame's state is read just after that frame is painted (a message posted from its requestAnimationFrame
  // callback runs as the next task), when style and layout are clean: the poll reads, it never forces a style or
  // layout pass into the page's script time. The time recorded is the painted frame's requestAnimationFrame time.
  const channel = new MessageChannel();
  channel.port1.onmessage = (event) => {
    const frameTime = event.data;
    if (SEL !== null) {
      const el = document.querySelector(SEL);
      if (B.visible === null && shown(el, false)) {
        B.visible = frameTime;
        B.styled = SEL === '#bench-content' ? null : styled(el);
        B.height = document.documentElement.scrollHeight;
        if (typeof __benchVisible == 'function') __benchVisible('');
      }
      if (B.visible !== null && B.opaque === null && shown(el, true)) B.opaque = frameTime;
    }
    if (B.reopenClick !== null && B.dialog === null && DIALOG !== null && shown(document.querySelector(DIALOG), false)) B.dialog = frameTime;
  };
  const frame = () => {
    B.frames++;
    channel.port2.postMessage(performance.now());
    if ((SEL !== null && B.opaque === null) || (B.reopenClick !== null && B.dialog === null)) requestAnimationFrame(frame);
  };
  if (SEL !== null) requestAnimationFrame(frame);
})();`;
}

/**
 * Every request of a page, from CDP Network events: URL, bytes as transferred (`encodedDataLength` of
 * `Network.loadingFinished`: compressed body plus response headers) and when it finished (CDP monotonic seconds,
 * the clock of the `NavigationStart` metric of `Performance.getMetrics`).
 */
function trackNetwork(cdp) {
  const requests = new Map();
  let inflight = 0;
  let lastActivity = Date.now();
  cdp.on('Network.requestWillBeSent', (e) => {
    lastActivity = Date.now();
    if (requests.has(e.requestId)) return; // a redirect keeps its id
    requests.set(e.requestId, { url: e.request.url, start: e.timestamp, end: null, bytes: 0, failed: false });
    inflight++;
  });
  cdp.on('Network.loadingFinished', (e) => {
    lastActivity = Date.now();
    const r = requests.get(e.requestId);
    if (!r || r.end !== null) return;
    r.end = e.timestamp;
    r.bytes = e.encodedDataLength;
    inflight--;
  });
  cdp.on('Network.loadingFailed', (e) => {
    lastActivity = Date.now();
    const r = requests.get(e.requestId);
    if (!r || r.end !== null) return;
    r.end = e.timestamp;
    r.failed = true;
    inflight--;
  });
  return {
    requests,
    reset() {
      requests.clear();
      inflight = 0;
      lastActivity = Date.now();
    },
    /** Resolves once no request has been in flight or started for `quietMs` (at most `maxMs`). */
    async quiet(quietMs, maxMs = 30_000) {
      const start = Date.now();
      while (!(inflight <= 0 && Date.now() - lastActivity >= quietMs) && Date.now() - start < maxMs) await sleep(25);
    },
  };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const metric = (metrics, name) => metrics.find((m) => m.name === name)?.value ?? NaN;

/**
 * A fresh context and page, warmed up on the same origin (the renderer process exists before the measured
 * navigation), then throttled as `condition` says. `storageState`: cookies and local storage of an earlier visit
 * (Playwright's `context.storageState()`), for a returning visitor in a new session: same stored choice, empty
 * memory and HTTP cache.
 */
export async function newSession(browser, server, condition, script, storageState) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    locale: 'en-US',
    serviceWorkers: 'block',
    ...(storageState ? { storageState } : {}),
  });
  const external = [];
  context.on('request', (r) => {
    if (!r.url().startsWith(server.origin + '/') && !r.url().startsWith('data:') && !r.url().startsWith('about:')) external.push(r.url());
  });
  if (script) await context.addInitScript(script);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const cdp = await context.newCDPSession(page);
  const network = trackNetwork(cdp);
  await cdp.send('Network.enable');
  // Same-origin warm-up: a same-site navigation keeps the renderer process, and what is set below applies to the
  // measured page.
  await page.goto(server.origin + '/bench/warm.html');
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: '__benchVisible' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.rate });
  if (condition.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...condition.network });
  network.reset();
  return { context, page, cdp, network, errors, external };
}

/**
 * Bytes transferred per library (`libraryOf(url)`), for requests that finished at or before `untilMs` after
 * navigation start (`navigationStart` in CDP seconds), or all of them. Also the URLs counted (path only).
 */
export function bytesByLibrary(network, libraryOf, navigationStart, untilMs = Infinity) {
  const out = { page: 0 };
  const urls = {};
  for (const r of network.requests.values()) {
    if (r.end === null || r.failed) continue;
    if ((r.end - navigationStart) * 1000 > untilMs) continue;
    const lib = libraryOf(r.url) ?? 'page';
    out[lib] = (out[lib] ?? 0) + r.bytes;
    (urls[lib] ??= []).push(new URL(r.url).pathname);
  }
  return { bytes: out, urls };
}

/** The last largest-contentful-paint entry before the first input (the browser's own LCP). */
export function lcpOf(bench) {
  const entries = bench.lcp.filter((e) => bench.firstInput === null || e.time < bench.firstInput);
  return entries.length ? entries[entries.length - 1] : null;
}
