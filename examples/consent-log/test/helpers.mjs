/**
 * Shared set-up of the receiver's tests: a record of the real shape, the stores to run against (SQLite always,
 * PostgreSQL when DATABASE_URL is set, as in CI) and a receiver listening on 127.0.0.1 on a random port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { readSettings } from '../lib/settings.mjs';
import { openStore } from '../lib/stores/open.mjs';
import { createReceiver } from '../lib/app.mjs';
import { createEventLog } from '../lib/event-log.mjs';

export const HOME = fileURLToPath(new URL('..', import.meta.url));
export const TOKEN = 'test-token-0123456789';

/** A record as cookiegate sends it for a custom choice in the preferences dialog. */
export function record(overrides = {}) {
  return {
    consentId: randomUUID(),
    previousConsentId: null,
    time: '2026-11-25T10:00:00.000Z',
    revision: 1,
    version: '0.1.0',
    configHash: '1x2y3z',
    language: 'en',
    action: 'custom',
    source: 'modal',
    gpc: false,
    regime: 'opt-in',
    categories: { necessary: true, performance: true, functionality: false, targeting: false, social: false },
    services: { ga: true, hj: false },
    ...overrides,
  };
}

/** `[name, storeOptions(dir)]` for every store this run covers. */
export const STORES = [['sqlite', (dir) => ({ dbPath: join(dir, 'log.sqlite'), busyTimeoutMs: 200 })]];
if (process.env.DATABASE_URL) STORES.push(['postgres', () => ({ databaseUrl: process.env.DATABASE_URL, lockTimeoutMs: 300 })]);

/** Runs SQL on the test PostgreSQL database with a connection of its own. */
export async function withPostgres(work) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Empties the PostgreSQL tables (creating them first when a benchmark dropped them). */
export async function emptyPostgres() {
  await (await openStore({ databaseUrl: process.env.DATABASE_URL })).close();
  await withPostgres((c) => c.query('TRUNCATE consent_records, consent_daily, consent_daily_category'));
}

/**
 * Starts a receiver with a fresh store (PostgreSQL's tables emptied). `env`: settings as environment variables.
 */
export async function startReceiver(storeOptions, env = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'consent-log-test-'));
  const options = storeOptions(dir);
  const store = await openStore(options);
  if (options.databaseUrl) await emptyPostgres();
  const lines = [];
  const settings = readSettings({ EXPORT_TOKEN: TOKEN, ...env }, dir);
  const app = await createReceiver(settings, { store, event: createEventLog({ write: (line) => lines.push(line) }) });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    base,
    port: app.server.address().port,
    store,
    lines,
    options,
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** POSTs a record (or any body) as the browser does. */
export function post(base, body, headers = { 'content-type': 'application/json' }) {
  return fetch(base + '/consent-records', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

export const bearer = { authorization: 'Bearer ' + TOKEN };

/** The export of every stored record, as rows of cells (a simple split: the tests' records hold no commas in ids). */
export async function exported(base) {
  const res = await fetch(base + '/export.csv?from=0001-01-01&to=9999-12-31', { headers: bearer });
  return (await res.text()).trim().split('\r\n').slice(1);
}

/** How many records the store holds. */
export async function storedCount(store) {
  return (await store.aggregates('0001-01-01', '9999-12-31')).total;
}
