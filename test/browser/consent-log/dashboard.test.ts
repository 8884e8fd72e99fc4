/**
 * The consent-log receiver's dashboard (examples/consent-log) in Chromium, on a database seeded with its demo
 * records: every chart draws, every table shows the database's own counts, axe finds nothing, and the page loads
 * nothing from another origin. `CG_SCREENSHOTS=1` also writes the screenshot README.md shows to
 * `examples/screenshots/`; without it the picture goes to a temporary folder.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../harness';
import { launchChromium } from '../harness/browser';
import { formatViolations, runAxe } from '../harness/axe';

const CONSENT_LOG = join(REPO_ROOT, 'examples/consent-log');
const TOKEN = 'dashboard-test-token-42';
const FROM = '2026-11-21';
const TO = '2026-11-30';
const OUT = process.env.CG_SCREENSHOTS ? join(REPO_ROOT, 'examples/screenshots') : join(tmpdir(), 'cookiegate-screenshots');

const tmp = mkdtempSync(join(tmpdir(), 'cg-dashboard-'));
const dbPath = join(tmp, 'records.sqlite');
let receiver: ChildProcess | undefined;
let base = '';
let browser: Browser;
let page: Page;
const foreignRequests: string[] = [];

/** Fills the database through the receiver's own store (migrations, summaries), as `npm run demo` does. */
function seed(): void {
  const script = `
    import { openSqlite } from './lib/stores/sqlite.mjs';
    import { demoRecords } from './lib/demo-records.mjs';
    const store = openSqlite(${JSON.stringify(dbPath)});
    store.insertMany([...demoRecords(1500, { lastDay: '2026-12-02', days: 14 })]);
    await store.close();`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: CONSENT_LOG, encoding: 'utf8' });
  if (run.status !== 0) throw new Error('seeding failed: ' + run.stderr);
}

/** The database's own counts for the range, by a read-only connection: what the tables must show. */
function databaseCounts(sql: string): Array<Record<string, string | number>> {
  const Database = createRequire(join(CONSENT_LOG, 'package.json'))('better-sqlite3');
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(FROM + 'T00:00:00.000Z', TO + 'T23:59:59.999Z');
  } finally {
    db.close();
  }
}

/** Rows of the table in a section, as text cells. */
function tableRows(id: string): Promise<string[][]> {
  return page.evaluate(`[...document.querySelectorAll('#${id} table tbody tr')].map((tr) => [...tr.cells].map((cell) => cell.textContent))`) as Promise<
    string[][]
  >;
}

beforeAll(async () => {
  seed();
  receiver = spawn(process.execPath, ['server.mjs'], {
    cwd: CONSENT_LOG,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DB_PATH: dbPath, DATABASE_URL: '', EXPORT_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  base = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error('consent-log did not start: ' + output)), 15_000);
    receiver!.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    receiver!.once('exit', (code) => reject(new Error('consent-log exited with ' + code + ': ' + output)));
  });
  browser = await launchChromium();
  // bypassCSP: lets axe-core be injected; the page's own CSP (no inline script, this origin only) is tested in the
  // receiver's suite.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    httpCredentials: { username: 'owner', password: TOKEN },
    bypassCSP: true,
  });
  page = await context.newPage();
  await page.route('**/*', (route) => {
    if (!route.request().url().startsWith(base)) {
      foreignRequests.push(route.request().url());
      return route.abort();
    }
    return route.continue();
  });
  await page.goto(`${base}/dashboard?from=${FROM}&to=${TO}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (receiver && receiver.exitCode === null) receiver.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});

describe('consent-log dashboard', () => {
  it('draws seven charts, each with data, from Chart.js served by the receiver itself', async () => {
    const charts = (await page.evaluate(`[...document.querySelectorAll('canvas')].map((canvas) => {
      const chart = Chart.getChart(canvas);
      const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
      return { section: canvas.closest('section').id, type: chart && chart.config.type, points: chart ? chart.data.datasets.reduce((n, d) => n + d.data.length, 0) : 0, painted };
    })`)) as Array<{ section: string; type: string; points: number; painted: number }>;
    expect(charts.map((c) => c.section)).toEqual(['per-day', 'actions', 'categories', 'sources', 'gpc', 'revisions', 'languages']);
    for (const chart of charts) {
      expect(chart.points, chart.section).toBeGreaterThan(0);
      expect(chart.painted, chart.section).toBeGreaterThan(1000);
    }
    expect(foreignRequests).toEqual([]);
  });

  it('shows in its tables the counts the database holds', async () => {
    const total = databaseCounts('SELECT count(*) AS n FROM consent_records WHERE time BETWEEN ? AND ?')[0]!.n;
    expect(await page.locator('#status').textContent()).toBe(`${total} records from ${FROM} to ${TO}.`);

    const byAction = databaseCounts('SELECT action, count(*) AS n FROM consent_records WHERE time BETWEEN ? AND ? GROUP BY action ORDER BY action');
    expect((await tableRows('actions')).map((row) => [row[0], Number(row[1])])).toEqual(byAction.map((r) => [r.action, r.n]));

    const bySource = databaseCounts('SELECT source, count(*) AS n FROM consent_records WHERE time BETWEEN ? AND ? GROUP BY source ORDER BY source');
    expect((await tableRows('sources')).map((row) => [row[0], Number(row[1])])).toEqual(bySource.map((r) => [r.source, r.n]));

    const byGpc = databaseCounts('SELECT gpc, count(*) AS n FROM consent_records WHERE time BETWEEN ? AND ? GROUP BY gpc ORDER BY gpc');
    expect((await tableRows('gpc')).map((row) => Number(row[1]))).toEqual(byGpc.map((r) => r.n));

    const byLanguage = databaseCounts(
      'SELECT language, count(*) AS n FROM consent_records WHERE time BETWEEN ? AND ? GROUP BY language ORDER BY n DESC, language',
    );
    expect((await tableRows('languages')).map((row) => [row[0], Number(row[1])])).toEqual(byLanguage.map((r) => [r.language, r.n]));

    const byDay = databaseCounts('SELECT substr(time, 1, 10) AS day, count(*) AS n FROM consent_records WHERE time BETWEEN ? AND ? GROUP BY day ORDER BY day');
    expect((await tableRows('per-day')).map((row) => [row[0], Number(row.at(-1))])).toEqual(byDay.map((r) => [r.day, r.n]));

    const byRevision = databaseCounts('SELECT revision, count(*) AS n FROM consent_records WHERE time BETWEEN ? AND ? GROUP BY revision ORDER BY revision');
    expect((await tableRows('revisions')).map((row) => [Number(row[0]), Number(row.at(-1))])).toEqual(byRevision.map((r) => [r.revision, r.n]));

    const performance = databaseCounts(
      "SELECT substr(time, 1, 10) AS day, sum(json_extract(categories, '$.performance')) AS granted, count(*) AS n FROM consent_records WHERE time BETWEEN ? AND ? GROUP BY day ORDER BY day",
    );
    const column = ((await page.evaluate(`[...document.querySelectorAll('#categories thead th')].map((th) => th.textContent)`)) as string[]).indexOf(
      'performance granted',
    );
    expect((await tableRows('categories')).map((row) => row[column]!.replace(/ \(.*\)$/, ''))).toEqual(performance.map((r) => `${r.granted} of ${r.n}`));

    // No consent id anywhere on the page.
    expect(await page.content()).not.toMatch(/demo-19-\d+/);
  });

  it('has no axe violations', async () => {
    const { violations } = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });

  it('filters by date range through its form', async () => {
    await page.fill('#from', '2026-11-29');
    await page.fill('#to', '2026-11-30');
    await Promise.all([page.waitForURL(/from=2026-11-29&to=2026-11-30/), page.click('button[type=submit]')]);
    await page.waitForSelector('body[data-ready="true"]');
    expect((await tableRows('per-day')).map((row) => row[0])).toEqual(['2026-11-29', '2026-11-30']);
  });

  it('takes the README screenshot', async () => {
    await page.goto(`${base}/dashboard?from=${FROM}&to=${TO}`);
    await page.waitForSelector('body[data-ready="true"]');
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'consent-dashboard-1280.png'), fullPage: false });
  });
});
