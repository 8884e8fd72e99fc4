/**
 * What blocking by host costs the page's own code (CPU 1×, no network emulation): a script inserts N elements, each
 * loading something, through the doors autoBlock watches (`createElement` then `src` or `setAttribute`, then `append`;
 * `insertAdjacentHTML`; `innerHTML`), on the same page with `dist/cookiegate.js` and with `dist/cookiegate.autoblock.js`
 * and `"autoBlock": true`. Measured: the renderer's main-thread time (thread time) from the first insertion until the
 * microtasks it queued (cookiegate's mutation observers included) have run, its script part, and the same span by the
 * wall clock. The difference, per 100 elements, is autoBlock's cost. Once before consent (60 % of the URLs are a
 * declared service's: held) and once after `acceptAll()` (every URL is checked and let through). The files are answered
 * only after the span, in both variants: what the page does with a loaded file is not the insertion's cost.
 *
 * Run alone: `npm run build && node test/bench/auto-block.mjs` (BENCH_AUTOBLOCK_RUNS runs, default 7; prints its
 * section of the report). `npm run bench` runs it too, after the activation at scale.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COOKIEGATE_CONFIG, LIBRARY_PREFIX } from './pages.mjs';
import { metric, newSession, sleep } from './session.mjs';
import { fmt, median, min, max } from './stats.mjs';

/** Elements inserted per measured call. */
export const AUTO_BLOCK_N = 1000;

/** URLs of the inserted elements: local files; one host rule of the config claims the `?ad` ones. */
const CLAIMED_IMG = '/bench/auto-block/pixel.gif?ad';
const FREE_IMG = '/bench/auto-block/pixel.gif?free';
const CLAIMED_SCRIPT = '/bench/auto-block/scale.js?ad';

/**
 * While a call is measured, the files are not answered (answers go out once it is over). Otherwise the page without
 * autoBlock also spends part of the measured span decoding, laying out and running what it loaded, work the page
 * with autoBlock holds, and that work (how much of it lands in the span is chance) would be subtracted from
 * autoBlock's cost.
 */
let answersHeld = null;
/** Responses not yet sent. */
let unanswered = 0;

/** The bench's config with five catalogue services besides its own, and an ad service that claims the `?ad` URLs. */
const config = (autoBlock) => ({
  ...COOKIEGATE_CONFIG,
  ...(autoBlock ? { autoBlock: true } : {}),
  categories: {
    performance: { services: { ...COOKIEGATE_CONFIG.categories.performance.services, 'google-analytics': {}, hotjar: {} } },
    targeting: {
      services: {
        ads: {
          ...COOKIEGATE_CONFIG.categories.targeting.services.ads,
          hosts: ['127.0.0.1' + CLAIMED_IMG, '127.0.0.1' + CLAIMED_SCRIPT],
        },
        'meta-pixel': {},
        'google-ads': {},
      },
    },
    social: { services: { youtube: {} } },
  },
});

function pageHtml(autoBlock) {
  const file = autoBlock ? 'cookiegate.autoblock.js' : 'cookiegate.js';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>autoBlock bench</title>
<script type="application/json" id="cookiegate-config">${JSON.stringify(config(autoBlock))}</script>
<script src="${LIBRARY_PREFIX.cookiegate}${file}"></script></head><body><h1>autoBlock bench</h1></body></html>`;
}

/**
 * In the page: inserts `n` elements in a repeating block of ten (four `img.src`, two `setAttribute('src')`, two
 * `insertAdjacentHTML`, one `innerHTML`, one script `src`; six of ten claimed) and resolves with the milliseconds until
 * the microtasks they queued have run.
 */
const INSERT = `window.__benchInsert = (n) => new Promise((resolve) => {
  const box = document.createElement('div'); document.body.append(box);
  const t0 = performance.now();
  for (let k = 0; k < n; k++) {
    const slot = k % 10;
    if (slot < 4) { const img = document.createElement('img'); img.src = slot < 2 ? ${JSON.stringify(CLAIMED_IMG)} : ${JSON.stringify(FREE_IMG)}; img.alt = ''; box.append(img); }
    else if (slot < 6) { const img = document.createElement('img'); img.setAttribute('src', slot == 4 ? ${JSON.stringify(CLAIMED_IMG)} : ${JSON.stringify(FREE_IMG)}); box.append(img); }
    else if (slot < 8) box.insertAdjacentHTML('beforeend', '<p>Offer ' + k + ' <img alt="" src="' + (slot == 6 ? ${JSON.stringify(CLAIMED_IMG)} : ${JSON.stringify(FREE_IMG)}) + '"></p>');
    else if (slot == 8) { const div = document.createElement('div'); div.innerHTML = '<img alt="" src="${CLAIMED_IMG}">'; box.append(div); }
    else { const s = document.createElement('script'); s.src = ${JSON.stringify(CLAIMED_SCRIPT)}; box.append(s); }
  }
  // Mutation observers (cookiegate's among them) run in the microtask the first insertion queued: this one runs after.
  queueMicrotask(() => resolve(performance.now() - t0));
});`;

let routed = false;

/** One run of one variant: the insertion before consent and after `acceptAll()`. */
export async function autoBlockRun(browser, server, settle, autoBlock) {
  if (!routed) {
    for (const flag of [false, true]) {
      const html = pageHtml(flag);
      server.route('/bench/auto-block-' + (flag ? 'on' : 'off') + '.html', (_req, res) => {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(html);
      });
    }
    for (const [name, type] of [
      ['pixel.gif', 'image/gif'],
      ['scale.js', 'text/javascript'],
    ]) {
      const body = readFileSync(new URL('./fixtures/' + name, import.meta.url));
      server.route('/bench/auto-block/' + name, (_req, res) => {
        unanswered++;
        void Promise.resolve(answersHeld?.promise).then(() => {
          res.setHeader('Content-Type', type);
          res.setHeader('Cache-Control', 'no-store');
          res.end(body);
          unanswered--;
        });
      });
    }
    routed = true;
  }
  /** Until every request was answered and the page has had time to handle the answers. */
  const quiet = async () => {
    await settle(server, 300, 20_000);
    while (unanswered) await sleep(50);
    await settle(server, 300, 20_000);
  };
  const { context, page, cdp, errors } = await newSession(browser, server, { rate: 1, network: null }, null);
  try {
    await page.goto(server.origin + '/bench/auto-block-' + (autoBlock ? 'on' : 'off') + '.html', { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction('window.CookieGate && document.querySelector(".cg-banner")', null, { timeout: 30_000 });
    await settle(server, 300, 20_000);
    await page.evaluate(INSERT);
    // Thread time, not wall time: on a machine busy with other work, the wall clock also counts the time the renderer
    // waited for a core.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const metrics = async () => {
      const all = (await cdp.send('Performance.getMetrics')).metrics;
      return { task: metric(all, 'TaskDuration') * 1000, script: metric(all, 'ScriptDuration') * 1000 };
    };
    const measure = async () => {
      let answer;
      answersHeld = { promise: new Promise((resolve) => (answer = resolve)) };
      const before = await metrics();
      const ms = await page.evaluate(`__benchInsert(${AUTO_BLOCK_N})`);
      const after = await metrics();
      answersHeld = null;
      answer();
      await quiet();
      return { ms, task: after.task - before.task, script: after.script - before.script };
    };
    const held = await measure();
    const heldNow = await page.evaluate(`document.querySelectorAll('[data-src^="${CLAIMED_IMG}"]').length`);
    if (autoBlock && heldNow !== AUTO_BLOCK_N * 0.5) throw new Error(`autoBlock bench: ${heldNow} images held, expected ${AUTO_BLOCK_N * 0.5}`);
    await page.evaluate('CookieGate.acceptAll()');
    await quiet();
    const granted = await measure();
    if (errors.length) throw new Error('autoBlock bench: ' + errors.join(' | '));
    return { autoBlock, held, granted };
  } finally {
    await context.close();
  }
}

/** The report's section: medians per variant and the difference per 100 elements. */
export function autoBlockTable(rows, runs) {
  const of = (flag, state, key) => rows.filter((r) => r.autoBlock === flag).map((r) => r[state][key]);
  const cell = (xs) => `${fmt(median(xs))} (${fmt(min(xs))}–${fmt(max(xs))})`;
  const per100 = (state, key) => fmt(((median(of(true, state, key)) - median(of(false, state, key))) * 100) / AUTO_BLOCK_N, 2);
  const lines = [
    `## autoBlock: cost of inserting elements (CPU 1×, no network emulation, ${runs} runs per variant, medians)`,
    '',
    `A script inserts ${AUTO_BLOCK_N} elements that load something (images by \`src\`, \`setAttribute\`, \`insertAdjacentHTML\` and ` +
      "`innerHTML`, one script in ten; six in ten to a declared service's host), on the page with `cookiegate.js` and with " +
      '`cookiegate.autoblock.js` and `"autoBlock": true` (five catalogue services and the bench\'s own in the config). ' +
      '"Main-thread time": Chromium\'s TaskDuration for the call, in thread time (what the renderer\'s main thread spent, ' +
      'not counting time it waited for a core), from the first insertion until the microtasks it queued have run ' +
      '(cookiegate\'s mutation observers included); "script" is the ScriptDuration part of it; "wall" the same span by ' +
      '`performance.now()`, which a busy machine inflates. The files are answered only once the span is over, so neither ' +
      'page spends it on what it loaded (the page without autoBlock loads what the other holds). Target (issue 16): autoBlock adds at most 2 ms of main-thread ' +
      'time per 100 inserted elements.',
    '',
    '| consent | main-thread time without / with autoBlock (ms) | **added per 100 elements (ms)** | script without / with (ms) | added script per 100 (ms) | wall without / with (ms) |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const [state, label] of [
    ['held', 'before consent (held)'],
    ['granted', 'after `acceptAll()`'],
  ]) {
    lines.push(
      `| ${label} | ${cell(of(false, state, 'task'))} / ${cell(of(true, state, 'task'))} | **${per100(state, 'task')}** | ` +
        `${fmt(median(of(false, state, 'script')))} / ${fmt(median(of(true, state, 'script')))} | ${per100(state, 'script')} | ` +
        `${fmt(median(of(false, state, 'ms')))} / ${fmt(median(of(true, state, 'ms')))} |`,
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * Each run's own figure (main-thread time with autoBlock minus without, per 100 elements, from the pair of sessions of
 * that run): how far apart runs are on this machine, beside the table's difference of medians.
 */
export function autoBlockPerRun(rows) {
  const lines = ['| run | added per 100 elements before consent (ms) | after `acceptAll()` (ms) |', '| --- | --- | --- |'];
  for (let i = 0; 2 * i + 1 < rows.length; i++) {
    const pair = rows.slice(2 * i, 2 * i + 2);
    const on = pair.find((r) => r.autoBlock);
    const off = pair.find((r) => !r.autoBlock);
    const per100 = (state) => fmt(((on[state].task - off[state].task) * 100) / AUTO_BLOCK_N, 2);
    lines.push(`| ${i + 1} | ${per100('held')} | ${per100('granted')} |`);
  }
  return lines.join('\n') + '\n';
}

/** Runs of both variants, interleaved. */
export async function autoBlockRuns(browser, server, settle, runs, progress = () => {}) {
  const rows = [];
  for (let i = 0; i < runs; i++) {
    for (const flag of i % 2 ? [true, false] : [false, true]) rows.push(await autoBlockRun(browser, server, settle, flag));
    progress(i + 1);
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { register } = await import('tsx/esm/api');
  register();
  const { startServer, REPO_ROOT } = await import('../browser/harness/server.ts');
  const { launchChromium, settle } = await import('../browser/harness/browser.ts');
  const { addBenchRoutes } = await import('./serve.mjs');
  const { ensureKlaro } = await import('./klaro.mjs');
  const runs = Math.max(1, Number(process.env.BENCH_AUTOBLOCK_RUNS || 7));
  const server = await startServer();
  addBenchRoutes(server, REPO_ROOT, ensureKlaro(REPO_ROOT).file);
  const browser = await launchChromium();
  try {
    const rows = await autoBlockRuns(browser, server, settle, runs, (i) => process.stdout.write(`\r  autoBlock: ${i}/${runs}`));
    process.stdout.write('\n\n' + autoBlockTable(rows, runs) + '\n' + autoBlockPerRun(rows));
  } finally {
    await browser.close();
    await server.close();
  }
}
