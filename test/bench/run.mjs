/**
 * `npm run bench`: cookiegate against vanilla-cookieconsent 3, Klaro 0.7 and a page with no consent library, in
 * headless Chromium, from a local server on 127.0.0.1 (the browser tests' harness: its server and its Chromium launch).
 *
 * Environment: BENCH_RUNS (default 30 per variant and throttle), BENCH_RATES (default "1,4"),
 * BENCH_SCALE_RUNS (default 3; 0 skips the activation-at-scale part), BENCH_OUT (default test/bench/results.md).
 *
 * Definitions (identical for every variant; see results.md for the printed version):
 * - visible: the first animation frame in which the banner element (`.cg-banner`, `#cc-main .cm`,
 *   `.klaro .cookie-notice`; for the baseline the page's own <h1>) is connected, has a non-zero box that intersects
 *   the viewport, computed `visibility: visible`, and neither it nor an ancestor has `display: none` or `opacity: 0`.
 *   Every rendered frame is checked:
 *   a requestAnimationFrame loop (started by an init script before any page script) posts a message that runs right
 *   after the frame is painted, where the check reads clean style and layout (it never forces a layout into the
 *   page's script time). Time is that frame's `performance.now()` at requestAnimationFrame (from navigation start).
 * - fully shown: the same, with the product of the opacities of it and its ancestors equal to 1 (a fade-in ended).
 * - styled in first frame: in that first visible frame the banner is `position: fixed`, has a non-transparent
 *   background, and its accept-all button (the variant's `acceptLabel`: "Accept all"; Klaro's notice: "That's ok")
 *   does not have Chromium's default button background.
 * - script / task time until visible: CDP `Performance.getMetrics` ScriptDuration / TaskDuration, enabled just before
 *   navigation and read when the page signals "visible" through a CDP binding (so it can include the rest of the
 *   task that runs when the read arrives).
 * - long tasks, TBT: PerformanceObserver 'longtask' from navigation start until the Accept all click
 *   (TBT = sum of duration − 50 ms).
 * - CLS: sum of PerformanceObserver 'layout-shift' values without recent input, over the whole visit.
 * - Accept all → last script: from the click event (capture listener on window, before any library handler) to the
 *   `performance.now()` recorded by the last of the blocked fixture scripts.
 */
import { register } from 'node:module';
import os from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { brotliCompressSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ensureKlaro } from './klaro.mjs';
import { VARIANTS, BLOCKED_SCRIPT_COUNT, scalePage, blockedElements, scriptCount } from './pages.mjs';

register('./ts-loader.mjs', import.meta.url);
const { startServer, REPO_ROOT } = await import('../browser/harness/server.ts');
const { launchChromium, settle } = await import('../browser/harness/browser.ts');

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS || 30));
const RATES = (process.env.BENCH_RATES || '1,4').split(',').map(Number).filter((r) => r >= 1);
const SCALE_RUNS = Math.max(0, Number(process.env.BENCH_SCALE_RUNS ?? 3));
const SCALE_SIZES = [500, 1000, 2000];
const OUT = process.env.BENCH_OUT || fileURLToPath(new URL('./results.md', import.meta.url));
const NAMES = ['baseline', 'cookiegate', 'vanilla', 'klaro'];
/** The consent libraries compared (every name but the baseline). */
const LIBS = NAMES.slice(1);

const klaro = ensureKlaro(REPO_ROOT);
for (const file of ['dist/cookiegate.js', 'node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js']) {
  if (!existsSync(join(REPO_ROOT, file))) {
    console.error(file + ' missing: run `npm install` and `npm run build` (npm run bench does both)');
    process.exit(1);
  }
}

/** Measurement script, injected before any page script. */
function initScript(selector, acceptLabel) {
  return `(() => {
  const SEL = ${JSON.stringify(selector)};
  const ACCEPT = ${JSON.stringify(acceptLabel ?? null)};
  const B = (window.__bench = { fcp: null, visible: null, opaque: null, styled: null, styleDetail: null, cls: 0, shifts: [], longtasks: [], click: null, frames: 0 });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.hadRecentInput) B.cls += e.value;
        B.shifts.push({ value: e.value, time: e.startTime, input: e.hadRecentInput,
          sources: (e.sources || []).map((s) => s.node && s.node.nodeType === 1 ? s.node.tagName.toLowerCase() + (s.node.id ? '#' + s.node.id : '') + (s.node.className && typeof s.node.className == 'string' ? '.' + s.node.className.trim().split(/\\s+/).join('.') : '') : String(s.node && s.node.nodeName)) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') B.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch (e) {}
  addEventListener('click', () => { if (B.click === null) B.click = performance.now(); }, true);
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
    const el = document.querySelector(SEL);
    if (B.visible === null && shown(el, false)) {
      B.visible = frameTime;
      B.styled = SEL === '#bench-content' ? null : styled(el);
      if (typeof __benchVisible == 'function') __benchVisible('');
    }
    if (B.visible !== null && B.opaque === null && shown(el, true)) B.opaque = frameTime;
  };
  const frame = () => {
    B.frames++;
    channel.port2.postMessage(performance.now());
    if (B.opaque === null) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const metric = (metrics, name) => metrics.find((m) => m.name === name)?.value ?? NaN;

async function newSession(browser, server, rate, selector, acceptLabel) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US', serviceWorkers: 'block' });
  const external = [];
  context.on('request', (r) => {
    if (!r.url().startsWith(server.origin + '/') && !r.url().startsWith('data:') && !r.url().startsWith('about:')) external.push(r.url());
  });
  if (selector) await context.addInitScript(initScript(selector, acceptLabel));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Same-origin warm-up: the renderer process and the connection exist before the measured navigation, and
  // throttling set now applies to the measured page (a same-site navigation keeps the process).
  await page.goto(server.origin + '/bench/warm.html');
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: '__benchVisible' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp, external };
}

/** One visit of one variant: returns its figures. */
async function visit(browser, server, name, rate) {
  const variant = VARIANTS[name];
  const { context, page, cdp, external } = await newSession(browser, server, rate, variant.visibleSelector, variant.acceptLabel);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
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
    // Settled: loaded, fully shown (any fade-in over), then 200 ms of quiet for late tasks and shifts.
    await page.waitForFunction('window.__bench.opaque !== null', null, { polling: 50, timeout: 30_000 });
    await sleep(200);
    const settledMetrics = (await cdp.send('Performance.getMetrics')).metrics;
    let acceptMs = null;
    if (name !== 'baseline') {
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
    return {
      errors,
      fcp: b.fcp,
      visible: b.visible,
      opaque: b.opaque,
      styled: b.styled,
      styleDetail: b.styleDetail,
      script: metric(visibleMetrics, 'ScriptDuration') * 1000,
      task: metric(visibleMetrics, 'TaskDuration') * 1000,
      scriptSettled: metric(settledMetrics, 'ScriptDuration') * 1000,
      longtasks: longtasks.length,
      tbt: longtasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      cls: b.cls,
      shifts: b.shifts.filter((s) => !s.input),
      accept: acceptMs,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Statistics and tables

const median = (xs) => {
  const s = xs.filter((x) => x !== null && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const min = (xs) => Math.min(...xs.filter((x) => x !== null));
const max = (xs) => Math.max(...xs.filter((x) => x !== null));
const fmt = (x, digits = 1) => (x === null || Number.isNaN(x) || !Number.isFinite(x) ? '—' : x.toFixed(digits));
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? (a / b).toFixed(2) + '×' : '—');

const FIGURES = [
  { key: 'fcp', label: "page's first contentful paint (ms)", added: true },
  { key: 'visible', label: 'time to banner visible (ms) ¹', added: true },
  { key: 'opaque', label: 'time to banner fully shown, opacity 1 (ms)', added: true },
  { key: 'script', label: 'script time until visible (ms) ²', added: true },
  { key: 'task', label: 'main-thread task time until visible (ms) ²', added: true },
  { key: 'scriptSettled', label: 'script time until settled (ms) ³', added: true },
  { key: 'longtasks', label: 'long tasks until click (count)', added: true, digits: 0 },
  { key: 'tbt', label: 'total blocking time until click (ms)', added: true },
  { key: 'cls', label: 'cumulative layout shift', added: true, digits: 4 },
  { key: 'accept', label: '**Accept all** click → last blocked script ran (ms)', added: false },
];

function cell(values, digits = 1) {
  if (!values.length || values.every((v) => v === null)) return '—';
  return `${fmt(median(values), digits)} (${fmt(min(values), digits)}–${fmt(max(values), digits)})`;
}

/** Column names: each library's table heading and its short name in the ratio columns. */
const COLUMN = {
  cookiegate: { head: 'cookiegate', short: 'cg' },
  vanilla: { head: 'vanilla-cookieconsent', short: 'vcc' },
  klaro: { head: 'Klaro', short: 'klaro' },
};
/** The libraries cookiegate is divided by in the ratio columns. */
const OTHERS = LIBS.filter((name) => name !== 'cookiegate');

function table(results) {
  const ratioHeads = OTHERS.map((o) => `ratio cg / ${COLUMN[o].short}`);
  const addHeads = LIBS.map((name) => `${COLUMN[name].short} adds`);
  const addRatioHeads = OTHERS.map((o) => `ratio of adds cg / ${COLUMN[o].short}`);
  const heads = ['figure (median, min–max)', 'no library', ...LIBS.map((name) => COLUMN[name].head), ...ratioHeads, ...addHeads, ...addRatioHeads];
  const head = `| ${heads.join(' | ')} |\n|${' --- |'.repeat(heads.length)}\n`;
  const rows = FIGURES.map(({ key, label, added, digits = 1 }) => {
    const v = (name) => results[name].map((r) => r[key]);
    const med = (name) => median(v(name));
    const base = med('baseline');
    const add = (name) => (added ? med(name) - base : NaN);
    const cells = [
      label,
      key === 'accept' ? 'n/a' : cell(v('baseline'), digits),
      ...LIBS.map((name) => cell(v(name), digits)),
      ...OTHERS.map((o) => ratio(med('cookiegate'), med(o))),
      ...LIBS.map((name) => (added ? fmt(add(name), digits) : '—')),
      ...OTHERS.map((o) => (added ? ratio(add('cookiegate'), add(o)) : '—')),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  const styled = (name) => results[name].filter((r) => r.styled === true).length + ' / ' + results[name].length;
  const dashes = Array(OTHERS.length + LIBS.length + OTHERS.length).fill('—');
  rows.push(`| ${['banner fully styled in its first visible frame (runs)', 'n/a', ...LIBS.map(styled), ...dashes].join(' | ')} |`);
  return head + rows.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------------------------
// Activation at scale (cookiegate only)

async function scaleRun(browser, server, n) {
  const { context, page, cdp } = await newSession(browser, server, 1, null);
  try {
    await page.goto(server.origin + '/bench/scale.html?n=' + n, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction('window.CookieGate && document.querySelector(".cg-banner")', null, { timeout: 30_000 });
    const blocked = await page.evaluate('document.querySelectorAll("#bench-scale [data-cg-state=blocked]").length');
    if (blocked !== n) throw new Error(`scale ${n}: ${blocked} elements marked blocked at load`);
    await cdp.send('Performance.enable');
    // Counts elements of a container turning data-cg-state="active" (media: attribute; scripts: the live copy that
    // replaces the inert one), O(1) per mutation record; resolves when `count` are active.
    const helper = `window.__benchWatch = (container, count, act, afterObservers) => new Promise((resolve) => {
      const seen = new WeakSet(); let active = 0; let t1 = 0;
      const take = (el) => { if (el.nodeType === 1 && el.getAttribute('data-cg-state') === 'active' && !seen.has(el)) { seen.add(el); active++; } };
      const mo = new MutationObserver((records) => {
        for (const r of records) { if (r.type === 'attributes') take(r.target); else r.addedNodes.forEach(take); }
        if (active >= count) {
          const end = performance.now(); mo.disconnect();
          const left = container.querySelectorAll('[data-category]:not([data-cg-state=active])').length;
          resolve({ sync: t1 - t0, total: end - t0, left });
        }
      });
      mo.observe(container, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-cg-state'] });
      const t0 = performance.now(); act();
      // Mutation observers (cookiegate's first: it was created first) run in the microtask queued by the first
      // mutation, so a microtask queued now runs after their scan.
      if (afterObservers) queueMicrotask(() => { t1 = performance.now(); }); else t1 = performance.now();
    });`;
    await page.evaluate(helper);
    const metrics = async () => metric((await cdp.send('Performance.getMetrics')).metrics, 'ScriptDuration') * 1000;
    const s0 = await metrics();
    const activate = await page.evaluate(`__benchWatch(document.getElementById('bench-scale'), ${n}, () => CookieGate.acceptAll())`);
    const s1 = await metrics();
    if (activate.left) throw new Error(`scale ${n}: ${activate.left} elements not active`);
    await settle(server, 300, 20_000);
    // Elements added later (an SPA route): parsed off-document first, then appended in one go.
    const addLater = async (count, offset) => {
      const html = blockedElements(count, offset);
      const before = await metrics();
      const result = await page.evaluate(
        `(() => { const c = document.createElement('div'); document.body.append(c); const t = document.createElement('template');
          t.innerHTML = ${JSON.stringify(html)}; return __benchWatch(c, ${count}, () => c.append(t.content), true); })()`,
      );
      const after = await metrics();
      if (result.left) throw new Error(`scale: ${result.left} added elements not active`);
      await settle(server, 300, 20_000);
      return { ...result, script: after - before };
    };
    const laterN = await addLater(n, 200_000);
    const ran = await page.evaluate('window.__benchScaleRan');
    const expected = scriptCount(n, 0) + scriptCount(n, 200_000);
    if (ran !== expected) throw new Error(`scale ${n}: ${ran} of ${expected} blocked scripts ran`);
    return { n, activate: { ...activate, script: s1 - s0 }, laterN };
  } finally {
    await context.close();
  }
}

function scaleTable(rows) {
  const out = [
    '| blocked elements N | `acceptAll()`: until all N active (ms) | of which synchronous in `acceptAll()` (ms) | script time until all active (ms) | µs per element (synchronous / script) | N added later: until all active (ms) | of which synchronous (append + scan) (ms) | script time (ms) | µs per element (synchronous / script) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const us = (ms, n) => fmt((ms * 1000) / n, 0);
  for (const n of SCALE_SIZES) {
    const r = rows.filter((x) => x.n === n);
    if (!r.length) continue;
    const m = (pick) => median(r.map(pick));
    const range = (pick) => `${fmt(m(pick))} (${fmt(min(r.map(pick)))}–${fmt(max(r.map(pick)))})`;
    out.push(
      `| ${n} | ${range((x) => x.activate.total)} | ${fmt(m((x) => x.activate.sync))} | ${fmt(m((x) => x.activate.script))} | ${us(m((x) => x.activate.sync), n)} / ${us(m((x) => x.activate.script), n)} | ` +
        `${range((x) => x.laterN.total)} | ${fmt(m((x) => x.laterN.sync))} | ${fmt(m((x) => x.laterN.script))} | ${us(m((x) => x.laterN.sync), n)} / ${us(m((x) => x.laterN.script), n)} |`,
    );
  }
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------------------------

const server = await startServer();
server.route('/favicon.ico', (req, res) => {
  res.statusCode = 204;
  res.end();
});
const git = (...args) => {
  try {
    return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};
const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
const dirty = git('status', '--porcelain', '--', 'src', 'styles', 'rollup.config.mjs') ? ' (with uncommitted changes in src/)' : '';
// One build for the whole run: dist/ may be rebuilt meanwhile (watch mode, another terminal).
const cookiegateJs = readFileSync(join(REPO_ROOT, 'dist/cookiegate.js'));
server.route('/bench/cookiegate.js', (req, res) => {
  res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(cookiegateJs);
});
const klaroJs = readFileSync(join(REPO_ROOT, klaro.file));
server.route('/bench/klaro.js', (req, res) => {
  res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(klaroJs);
});
server.route('/bench/warm.html', (req, res) => {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end('<!doctype html><title>warm</title>');
});
for (const name of NAMES) {
  server.route('/bench/' + name + '.html', (req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(VARIANTS[name].html);
  });
}
server.route('/bench/scale.html', (req, res, url) => {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(scalePage(Number(url.searchParams.get('n') || 500)));
});

const browser = await launchChromium();
const started = Date.now();
const loadStart = os.loadavg()[0];
const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memory: Math.round(os.totalmem() / 2 ** 30) + ' GiB',
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  chromium: browser.version(),
};
console.log(`cookiegate bench: ${RUNS} runs × ${NAMES.length} pages × throttle ${RATES.join('×, ')}× — ${machine.cpu}, ${machine.cores} cores, Chromium ${machine.chromium}`);

const all = {};
const problems = [];
for (const rate of RATES) {
  const results = (all[rate] = Object.fromEntries(NAMES.map((name) => [name, []])));
  for (let i = 0; i < RUNS; i++) {
    // Interleaved, with the order rotated each round so no variant always goes first.
    const order = NAMES.map((_, k) => NAMES[(k + i) % NAMES.length]);
    for (const name of order) {
      const r = await visit(browser, server, name, rate);
      if (r.errors.length) problems.push(`${name} @${rate}×: ${r.errors.join(' | ')}`);
      results[name].push(r);
      server.requests.length = 0;
    }
    process.stdout.write(`\r  CPU ${rate}×: ${i + 1}/${RUNS}`);
  }
  process.stdout.write('\n');
}

const scaleRows = [];
if (SCALE_RUNS > 0) {
  for (let i = 0; i < SCALE_RUNS; i++) {
    for (const n of SCALE_SIZES) {
      scaleRows.push(await scaleRun(browser, server, n));
      server.requests.length = 0;
      process.stdout.write(`\r  activation at scale: ${i * SCALE_SIZES.length + SCALE_SIZES.indexOf(n) + 1}/${SCALE_RUNS * SCALE_SIZES.length}`);
    }
  }
  process.stdout.write('\n');
}
await browser.close();
await server.close();

// ---------------------------------------------------------------------------------------------------------------
// Report

const targets = (rate) => {
  const r = all[rate];
  const med = (name, key) => median(r[name].map((x) => x[key]));
  const add = (name, key) => med(name, key) - med('baseline', key);
  const ttv = add('cookiegate', 'visible') / add('vanilla', 'visible');
  const script = add('cookiegate', 'script') / add('vanilla', 'script');
  const styled = r.cookiegate.every((x) => x.styled === true);
  const clsMax = Math.max(...r.cookiegate.map((x) => x.cls));
  const yes = (ok) => (ok ? '**met**' : '**not met**');
  return [
    `- added time to visible ≤ 0.5 × vanilla-cookieconsent's: ${ttv.toFixed(2)}× — ${yes(ttv <= 0.5)}`,
    `- added script time until visible ≤ 0.5 × vanilla-cookieconsent's: ${script.toFixed(2)}× — ${yes(script <= 0.5)}`,
    `- banner fully styled in its first visible frame: ${r.cookiegate.filter((x) => x.styled).length} / ${r.cookiegate.length} runs — ${yes(styled)}`,
    `- CLS exactly 0: max over runs ${clsMax} — ${yes(clsMax === 0)}`,
  ].join('\n');
};

const shiftNotes = [];
for (const rate of RATES) {
  for (const name of LIBS) {
    const shifted = all[rate][name].filter((x) => x.cls > 0);
    if (shifted.length) {
      const sources = [...new Set(shifted.flatMap((x) => x.shifts.flatMap((s) => s.sources)))].slice(0, 6).join(', ');
      shiftNotes.push(`- ${VARIANTS[name].label} @${rate}×: layout shifts in ${shifted.length} / ${all[rate][name].length} runs (sources: ${sources || 'not reported'})`);
    }
  }
}

const minutes = ((Date.now() - started) / 60000).toFixed(1);
const load = `1-minute load average ${loadStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end` +
  (Math.max(loadStart, os.loadavg()[0]) > machine.cores ? ' (the machine was busy with other work: absolute times are inflated, ratios of interleaved runs less so)' : '');
const kB = (files) => {
  const bytes = Buffer.concat(files.map((f) => (f === 'dist/cookiegate.js' ? cookiegateJs : readFileSync(join(REPO_ROOT, f)))));
  return `${(bytes.length / 1000).toFixed(1)} kB, ${(brotliCompressSync(bytes).length / 1000).toFixed(1)} kB brotli`;
};
const version = (pkg) => JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const vccVersion = version('vanilla-cookieconsent');
const klaroVersion = klaro.version;
const sizes =
  `cookiegate \`dist/cookiegate.js\` (CSS inside): ${kB(['dist/cookiegate.js'])}; ` +
  `vanilla-cookieconsent ${vccVersion} \`cookieconsent.umd.js\` + \`cookieconsent.css\`: ${kB(['node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js', 'node_modules/vanilla-cookieconsent/dist/cookieconsent.css'])}; ` +
  `Klaro ${klaroVersion} \`klaro.js\` (CSS and all its translations inside): ${kB([klaro.file])}.`;
let md = `# cookiegate benchmark results

Generated by \`npm run bench\` (\`test/bench/run.mjs\`) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC in ${minutes} min.

**Build:** commit ${commit}${dirty}. What the pages load: ${sizes}

**Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.memory}; ${machine.os}; Node ${machine.node}; headless Chromium ${machine.chromium}; ${load}.

**Method:** the same minimal page (header, heading, three paragraphs, footer, 4 external + 1 inline blocked scripts) with the
same five categories (necessary, performance, functionality, targeting, social), served from 127.0.0.1:
cookiegate (\`dist/cookiegate.js\`, inline JSON config, in \`<head>\`), vanilla-cookieconsent ${vccVersion} (\`dist/cookieconsent.umd.js\` + \`dist/cookieconsent.css\`, \`CookieConsent.run()\` at the end of \`<body>\` as its docs place it; in \`<head>\` it throws),
Klaro ${klaroVersion} (an inline script setting the \`klaroConfig\` global, then \`dist/klaro.js\` with \`defer\`, both in \`<head>\` as its README shows;
\`klaro.js\` is its default build, with its CSS inside, injected when it renders; it renders its notice at DOMContentLoaded; gated scripts
name a Klaro service, one per category: ga, functionality, ads, social), and the page with no consent library.
${RUNS} runs each, interleaved (order rotated each round), fresh browser context per run, CPU throttle via CDP
\`Emulation.setCPUThrottlingRate\`. Medians with min–max; "adds" = median of the library minus median of the page without one;
ratio cg / vcc = cookiegate divided by vanilla-cookieconsent, cg / klaro = cookiegate divided by Klaro (below 1 is better for cookiegate).
The issue-7 targets are against vanilla-cookieconsent.

`;
for (const rate of RATES) {
  md += `## CPU ${rate}×\n\n` + table(all[rate]) + '\nTargets (issue 7):\n\n' + targets(rate) + '\n\n';
}
md += `¹ Visible: the first animation frame in which the banner element (\`.cg-banner\`; \`#cc-main .cm\`; \`.klaro .cookie-notice\`) is connected, has a non-zero box
intersecting the viewport, computed \`visibility: visible\`, no \`display: none\` and no \`opacity: 0\` on it or an ancestor.
Every rendered frame is checked: a \`requestAnimationFrame\` loop started before any page script posts a message that runs just
after that frame is painted, where the check reads clean style and layout (so it never forces a layout into anyone's script time);
the time is the painted frame's \`requestAnimationFrame\` time.
For the page without a library the same test is applied to its own \`<h1>\` (first frame with content). Time from navigation start.
"Fully shown" is the same with the product of opacities equal to 1 (vanilla-cookieconsent fades in).
"Fully styled in its first visible frame": in that frame the banner is \`position: fixed\`, has an opaque background, and its
**Accept all** button (Klaro's notice labels its accept-all button **That's ok**) does not have Chromium's default button background.

² CDP \`Performance.getMetrics\` (ScriptDuration, TaskDuration) read when the page signals "visible" (a CDP binding, just after the
frame is painted), counted from just before navigation; the read can include the rest of the task running when it arrives.
Script time includes style and layout that a script forces by reading geometry.

³ Until settled: loaded, banner fully shown, then 200 ms quiet (all work a library does before the visitor acts).

First contentful paint: the page's own, from PerformanceObserver \`paint\` (a parser-blocking script in \`<head>\` delays it).
Long tasks and TBT: PerformanceObserver \`longtask\` from navigation start until the **Accept all** click. CLS: PerformanceObserver
\`layout-shift\` without recent input, over the whole visit. **Accept all** → last blocked script (for Klaro the click is on its
notice's **That's ok**, which with \`acceptAll: true\` accepts every service): from the click event
(capture listener on \`window\`, before any library handler) to the \`performance.now()\` recorded by the last blocked fixture script.
`;
if (shiftNotes.length) md += '\nLayout shifts seen:\n\n' + shiftNotes.join('\n') + '\n';
if (scaleRows.length) {
  md += `
## Activation at scale (cookiegate, CPU 1×, ${SCALE_RUNS} runs, medians)

N blocked elements in a repeating block of twenty: ten images, eight inline scripts, one external script, one iframe
(iframes and images point at tiny local files; iframes are few because each is a browsing context: Chromium alone needs
about 2.3 s to give 500 iframes their src, which would measure Chromium rather than the gating).
"Until all active": from just before \`CookieGate.acceptAll()\` (or the append) until every element of the container has
\`data-cg-state="active"\` (a MutationObserver counting, O(1) per record). External scripts run one after another, in
document order, so that column includes their network round trips; the synchronous column is the scan itself.
"Added later": N more blocked elements (same pattern) parsed off-document in a \`<template>\`, then appended in one go to a
page that already has consent (one mutation, N added nodes, each scanned by cookiegate's MutationObserver).
"Synchronous" is the call itself (\`acceptAll()\`, or \`append()\` plus the observer's scan up to the first external
script); "script time" is CDP ScriptDuration over the whole wait. Linear growth shows as a flat µs-per-element column.

` + scaleTable(scaleRows);
}
if (problems.length) md += '\nConsole errors seen during runs:\n\n' + [...new Set(problems)].map((p) => '- ' + p).join('\n') + '\n';

writeFileSync(OUT, md);
console.log('\n' + md);
console.log('written to ' + OUT);
