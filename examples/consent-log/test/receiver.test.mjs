/**
 * The receiver end to end over HTTP on 127.0.0.1: SQLite always; PostgreSQL too when DATABASE_URL is set
 * (CI starts Debian's PostgreSQL for it).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createReceiver, openStore, MAX_BODY_BYTES } from '../server.mjs';

function record(overrides = {}) {
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
    categories: { necessary: true, performance: true, functionality: false, targeting: false, social: false },
    services: { ga: true, hj: false },
    ...overrides,
  };
}

const stores = [['sqlite', (dir) => ({ dbPath: join(dir, 'log.sqlite') })]];
if (process.env.DATABASE_URL) stores.push(['postgres', () => ({ databaseUrl: process.env.DATABASE_URL })]);

for (const [kind, storeOptions] of stores) {
  describe(`consent-log receiver (${kind})`, () => {
    let dir, store, server, base;
    const post = (body, headers = { 'content-type': 'application/json' }) =>
      fetch(base + '/consent-records', { method: 'POST', headers, body: typeof body == 'string' ? body : JSON.stringify(body) });
    const csv = async (query, headers) => {
      const res = await fetch(base + '/export.csv' + query, { headers });
      return { status: res.status, text: await res.text(), res };
    };

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'consent-log-'));
      store = await openStore(storeOptions(dir));
      if (kind == 'postgres') {
        const pg = (await import('pg')).default;
        const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await client.connect();
        await client.query('TRUNCATE consent_records');
        await client.end();
      }
      server = createReceiver({ store, rateLimit: 25, rateWindowMs: 60_000 });
      await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${server.address().port}`;
    });

    after(async () => {
      await new Promise((resolve) => server.close(resolve));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('stores a valid record and exports it as CSV', async () => {
      const r = record();
      assert.equal((await post(r)).status, 201);
      const { status, text, res } = await csv('?from=2026-11-25&to=2026-11-25');
      assert.equal(status, 200);
      assert.match(res.headers.get('content-type'), /^text\/csv/);
      const [header, row] = text.trim().split('\r\n');
      assert.equal(
        header,
        'received_at,time,consent_id,previous_consent_id,revision,version,config_hash,language,action,source,gpc,' +
          'category:necessary,category:performance,category:functionality,category:targeting,category:social,service:ga,service:hj',
      );
      assert.ok(row.includes(`,2026-11-25T10:00:00.000Z,${r.consentId},,1,0.1.0,1x2y3z,en,custom,modal,false,true,true,false,false,false,true,false`));
    });

    test('stores a resent record once and still answers 2xx', async () => {
      const r = record({ time: '2026-11-20T08:00:00.000Z' });
      assert.equal((await post(r)).status, 201);
      assert.equal((await post(r)).status, 200);
      const { text } = await csv('?from=2026-11-20&to=2026-11-20');
      assert.equal(text.trim().split('\r\n').length, 2);
    });

    test('exports only the days asked for, in UTC', async () => {
      await post(record({ time: '2026-10-01T23:59:59.999Z', configHash: 'day1' }));
      await post(record({ time: '2026-10-02T01:30:00+02:00', configHash: 'day1b' })); // 2026-10-01T23:30Z
      await post(record({ time: '2026-10-02T00:00:00.000Z', configHash: 'day2' }));
      const { text } = await csv('?from=2026-10-01&to=2026-10-01');
      assert.match(text, /day1/);
      assert.match(text, /day1b/);
      assert.doesNotMatch(text, /day2/);
    });

    test('rejects a record that does not match the schema, naming the problem', async () => {
      const res = await post({ ...record(), action: 'maybe', extra: 1 });
      assert.equal(res.status, 400);
      const { errors } = await res.json();
      assert.ok(errors.some((e) => e.startsWith('/action')));
      assert.ok(errors.some((e) => e.startsWith('/extra')));
      const missing = record();
      delete missing.categories;
      assert.equal((await post(missing)).status, 400);
      assert.equal((await post('{not json')).status, 400);
    });

    test(`rejects a body over ${MAX_BODY_BYTES} bytes`, async () => {
      const services = {};
      for (let i = 0; i < 190; i++) services['service-with-a-long-name-' + i] = true;
      const res = await post(record({ services }));
      assert.equal(res.status, 413);
    });

    test('rejects other content types', async () => {
      assert.equal((await post(record(), { 'content-type': 'text/plain' })).status, 415);
    });

    test('neutralises spreadsheet formulas in the export', async () => {
      await post(record({ time: '2026-09-09T09:00:00.000Z', configHash: '=HYPERLINK("x")', language: '@SUM(1)' }));
      const { text } = await csv('?from=2026-09-09&to=2026-09-09');
      assert.match(text, /,"'=HYPERLINK\(""x""\)","'@SUM\(1\)",/);
    });

    test('rejects a malformed range', async () => {
      assert.equal((await csv('?from=2026-13-01&to=2026-12-01')).status, 400);
      assert.equal((await csv('?from=2026-12-02&to=2026-12-01')).status, 400);
      assert.equal((await csv('?from=yesterday')).status, 400);
    });

    test('limits how many requests one client makes per window', async () => {
      const statuses = [];
      for (let i = 0; i < 30; i++) statuses.push((await post(record())).status);
      assert.ok(statuses.includes(429));
      const res = await post(record());
      assert.equal(res.status, 429);
      assert.ok(Number(res.headers.get('retry-after')) > 0);
    });
  });
}

describe('export access', () => {
  test('needs the bearer token when one is configured', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'consent-log-'));
    const store = await openStore({ dbPath: join(dir, 'log.sqlite') });
    const server = createReceiver({ store, exportToken: 's3cret' });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${server.address().port}/export.csv`;
    try {
      assert.equal((await fetch(url)).status, 403);
      assert.equal((await fetch(url, { headers: { authorization: 'Bearer wrong!' } })).status, 403);
      assert.equal((await fetch(url, { headers: { authorization: 'Bearer s3cret' } })).status, 200);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('is refused to a non-loopback client behind a trusted proxy without a token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'consent-log-'));
    const store = await openStore({ dbPath: join(dir, 'log.sqlite') });
    const server = createReceiver({ store, trustProxy: true });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${server.address().port}/export.csv`;
    try {
      assert.equal((await fetch(url, { headers: { 'x-forwarded-for': '203.0.113.7' } })).status, 403);
      assert.equal((await fetch(url)).status, 200);
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
