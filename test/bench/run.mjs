/**
 * `npm run bench`: cookiegate (its script tag synchronous in <head>, and with `defer`) against vanilla-cookieconsent 3,
 * Klaro 0.7 and a page with no consent library, in headless Chromium, from a local server on 127.0.0.1 (the browser
 * tests' harness: its server and its Chromium launch), serving brotli-compressed files as a CDN would.
 *
 * Scenarios × conditions: {first visit, returning visit} × {no emulation, slow 4G + CPU 4×} by default. Each run of a
 * variant is a first visit (measure-first-visit.mjs) followed by a returning visit in a new session with the choice it
 * stored (measure-returning.mjs); variants interleaved, order rotated each round. Then activation at scale (scale.mjs).
 * The report (report.mjs) is written to results.md; the definitions of every figure are printed there.
 *
 * Environment:
 * - BENCH_RUNS: runs per variant and condition (default 15).
 * - BENCH_CONDITIONS: comma-separated `cpuN` (CPU throttle N×) and `slow4g-cpuN` (slow 4G network + CPU N×);
 *   default `cpu1,slow4g-cpu4`. Without it, BENCH_RATES (e.g. `1,4`) gives CPU-only conditions, as before.
 * - BENCH_SCENARIOS: `first`, `returning` or both (default `first,returning`). The first visit always runs (the
 *   returning visit starts from the choice it stored); it is only reported when asked for.
 * - BENCH_VARIANTS: subset of `baseline,cookiegate,cookiegate-defer,vanilla,klaro` (default all; keep `baseline` for
 *   the "adds" columns).
 * - BENCH_SCALE_RUNS: runs of the activation-at-scale part (default 3; 0 skips it).
 * - BENCH_AUTOBLOCK_RUNS: runs per variant of the autoBlock insertion cost (auto-block.mjs; default 5; 0 skips it).
 * - BENCH_OUT: where to write the report (default test/bench/results.md).
 */
import { register } from 'tsx/esm/api';
import os from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ensureKlaro } from './klaro.mjs';
import { VARIANTS } from './pages.mjs';
import { addBenchRoutes } from './serve.mjs';
import { parseConditions } from './session.mjs';
import { firstVisit } from './measure-first-visit.mjs';
import { returningVisit, REOPEN_FLAVOURS } from './measure-returning.mjs';
import { scaleRun, SCALE_SIZES } from './scale.mjs';
import { autoBlockPerRun, autoBlockRuns, autoBlockTable } from './auto-block.mjs';
import { report } from './report.mjs';

// The browser-test harness is TypeScript: tsx loads it (types stripped, extensionless imports resolved).
register();
const { startServer, REPO_ROOT } = await import('../browser/harness/server.ts');
const { launchChromium, settle } = await import('../browser/harness/browser.ts');

const list = (value) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS || 15));
const CONDITIONS = parseConditions(
  process.env.BENCH_CONDITIONS ||
    (process.env.BENCH_RATES
      ? list(process.env.BENCH_RATES)
          .map((r) => 'cpu' + r)
          .join(',')
      : 'cpu1,slow4g-cpu4'),
);
const SCENARIOS = list(process.env.BENCH_SCENARIOS || 'first,returning');
for (const s of SCENARIOS) if (s !== 'first' && s !== 'returning') throw new Error(`BENCH_SCENARIOS: unknown scenario "${s}"`);
const NAMES = list(process.env.BENCH_VARIANTS || Object.keys(VARIANTS).join(','));
for (const n of NAMES) if (!VARIANTS[n]) throw new Error(`BENCH_VARIANTS: unknown variant "${n}" (known: ${Object.keys(VARIANTS).join(', ')})`);
const SCALE_RUNS = Math.max(0, Number(process.env.BENCH_SCALE_RUNS ?? 3));
const AUTOBLOCK_RUNS = Math.max(0, Number(process.env.BENCH_AUTOBLOCK_RUNS ?? 5));
const OUT = process.env.BENCH_OUT || fileURLToPath(new URL('./results.md', import.meta.url));

const klaro = ensureKlaro(REPO_ROOT);
for (const file of ['dist/cookiegate.js', 'node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js']) {
  if (!existsSync(join(REPO_ROOT, file))) {
    console.error(file + ' missing: run `npm install` and `npm run build` (npm run bench does both)');
    process.exit(1);
  }
}

const git = (...args) => {
  try {
    return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};
const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
const dirty = git('status', '--porcelain', '--', 'src', 'styles', 'rollup.config.mjs') ? ' (with uncommitted changes in src/)' : '';

const server = await startServer();
// One copy of dist/ for the whole run: it may be rebuilt meanwhile (watch mode, another terminal).
const { files, libraryOf } = addBenchRoutes(server, REPO_ROOT, klaro.file);

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
console.log(
  `cookiegate bench: ${RUNS} runs × ${NAMES.length} variants × ${CONDITIONS.map((c) => c.id).join(', ')} × ${SCENARIOS.join(' + ')} — ` +
    `${machine.cpu}, ${machine.cores} cores, Chromium ${machine.chromium}`,
);

/** all[scenario][condition id][variant] = results */
const all = Object.fromEntries(SCENARIOS.map((s) => [s, {}]));
const problems = [];
const note = (r, name, scenario, condition) => {
  if (r.errors.length) problems.push(`${name}, ${scenario}, ${condition.id}: ${r.errors.join(' | ')}`);
};
for (const condition of CONDITIONS) {
  for (const s of SCENARIOS) all[s][condition.id] = Object.fromEntries(NAMES.map((name) => [name, []]));
  for (let i = 0; i < RUNS; i++) {
    // Interleaved, with the order rotated each round so no variant always goes first.
    const order = NAMES.map((_, k) => NAMES[(k + i) % NAMES.length]);
    const flavour = REOPEN_FLAVOURS[i % REOPEN_FLAVOURS.length];
    for (const name of order) {
      const first = await firstVisit(browser, server, libraryOf, name, condition);
      note(first.result, name, 'first visit', condition);
      if (all.first) all.first[condition.id][name].push(first.result);
      if (all.returning) {
        const r = await returningVisit(browser, server, libraryOf, name, condition, first.storageState, flavour);
        note(r, name, 'returning visit', condition);
        all.returning[condition.id][name].push(r);
      }
      server.requests.length = 0;
    }
    process.stdout.write(`\r  ${condition.id}: ${i + 1}/${RUNS}`);
  }
  process.stdout.write('\n');
}

const scaleRows = [];
for (let i = 0; i < SCALE_RUNS; i++) {
  for (const n of SCALE_SIZES) {
    scaleRows.push(await scaleRun(browser, server, settle, n));
    server.requests.length = 0;
    process.stdout.write(`\r  activation at scale: ${i * SCALE_SIZES.length + SCALE_SIZES.indexOf(n) + 1}/${SCALE_RUNS * SCALE_SIZES.length}`);
  }
}
if (SCALE_RUNS) process.stdout.write('\n');
const autoBlockRows = await autoBlockRuns(browser, server, settle, AUTOBLOCK_RUNS, (i) => process.stdout.write(`\r  autoBlock: ${i}/${AUTOBLOCK_RUNS}`));
if (AUTOBLOCK_RUNS) process.stdout.write('\n');
await browser.close();
await server.close();

const minutes = ((Date.now() - started) / 60000).toFixed(1);
const load =
  `1-minute load average ${loadStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end` +
  (Math.max(loadStart, os.loadavg()[0]) > machine.cores
    ? ' (the machine was busy with other work: absolute times are inflated, ratios of interleaved runs less so)'
    : '');
const size = (entries) => {
  const sum = (k) => entries.reduce((a, f) => a + f[k], 0);
  return `${(sum('bytes') / 1000).toFixed(1)} kB, ${(sum('brotli') / 1000).toFixed(1)} kB brotli`;
};
const pick = (lib, names) => files[lib].filter((f) => names.some((n) => f.path.endsWith('/' + n)));
const vccVersion = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', 'vanilla-cookieconsent', 'package.json'), 'utf8')).version;
const sizes =
  `Sizes on disk: cookiegate \`dist/cookiegate.js\` (the script tag): ${size(pick('cookiegate', ['cookiegate.js']))}; ` +
  `vanilla-cookieconsent ${vccVersion} \`cookieconsent.umd.js\` + \`cookieconsent.css\`: ${size(files.vanilla)}; ` +
  `Klaro ${klaro.version} \`klaro.js\` (CSS and all its translations inside): ${size(files.klaro)}. ` +
  'What each page actually downloaded is in the tables (bytes transferred).';

const md =
  report({
    all,
    conditions: CONDITIONS,
    variants: NAMES,
    runs: RUNS,
    scaleRuns: SCALE_RUNS,
    scaleRows,
    problems,
    meta: {
      date: new Date().toISOString().slice(0, 16).replace('T', ' '),
      minutes,
      commit,
      dirty,
      sizes,
      machine: `${machine.cpu}, ${machine.cores} cores, ${machine.memory}; ${machine.os}; Node ${machine.node}; headless Chromium ${machine.chromium}`,
      load,
      vccVersion,
      klaroVersion: klaro.version,
    },
  }) + (autoBlockRows.length ? '\n' + autoBlockTable(autoBlockRows, AUTOBLOCK_RUNS) + '\n' + autoBlockPerRun(autoBlockRows) : '');
// The "History" part of the report (earlier runs, moved there by hand from README.md) outlives the run it follows.
const HISTORY = '\n## History\n';
const previous = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
const history = previous.includes(HISTORY) ? previous.slice(previous.indexOf(HISTORY)) : '';
writeFileSync(OUT, history ? md.trimEnd() + '\n' + history : md);
console.log('\n' + md);
console.log('written to ' + OUT);
