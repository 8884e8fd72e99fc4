/**
 * GET /export.csv against every store: streamed in pages, fixed columns whatever names visitors send, formulas
 * neutralised, filtered by UTC day; and /health, which must fail when the store cannot write.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { EXPORT_COLUMNS } from '../lib/export-csv.mjs';
import { STORES, bearer, post, record, startReceiver } from './helpers.mjs';

const csv = async (base, query) => {
  const res = await fetch(base + '/export.csv' + query, { headers: bearer });
  return { res, lines: (await res.text()).trim().split('\r\n') };
};

for (const [kind, storeOptions] of STORES) {
  describe(`export from ${kind}`, () => {
    let r;
    before(async () => (r = await startReceiver(storeOptions, { RATE_LIMIT: '100000' })));
    after(() => r.close());

    test('a record comes back in its columns, a formula in a name or value is neutralised', async () => {
      const one = record({ time: '2026-11-20T08:00:00Z', services: { '=HYPERLINK("http://x","y")': true, '+1': false, '@SUM(A1)': true } });
      assert.equal((await post(r.base, one)).status, 201);
      const { res, lines } = await csv(r.base, '?from=2026-11-20&to=2026-11-20');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type'), /^text\/csv/);
      assert.match(res.headers.get('content-disposition'), /consent-records-2026-11-20-2026-11-20\.csv/);
      assert.equal(lines[0], EXPORT_COLUMNS.join(','));
      assert.equal(lines.length, 2);
      assert.ok(lines[1].includes(`,2026-11-20T08:00:00.000Z,${one.consentId},,1,0.1.0,1x2y3z,en,custom,modal,false,`), lines[1]);
      // The services cell is JSON; it starts with "{", so no spreadsheet reads it as a formula.
      assert.ok(lines[1].endsWith(`"{""=HYPERLINK(\\""http://x\\"",\\""y\\"")"":true,""+1"":false,""@SUM(A1)"":true}"`), lines[1]);
    });

    test('a cell that starts like a formula gets a leading quote', async () => {
      // The schema lets no formula into a text field, so the test reaches the CSV writer through a version string
      // a spreadsheet would read as a number formula.
      const one = record({ time: '2026-11-21T08:00:00Z', version: '1+2' });
      assert.equal((await post(r.base, one)).status, 201);
      const { lines } = await csv(r.base, '?from=2026-11-21&to=2026-11-21');
      assert.ok(lines[1].includes(',1+2,'), 'a value in the middle is left alone');
      const { exportCsv } = await import('../lib/export-csv.mjs');
      const fake = {
        page: async (from, _last, afterTime) => (afterTime ? [] : [{ consent_id: '=1+1', version: '-2', language: '@x', source: '+y', id: 1, time: from }]),
      };
      let text = '';
      for await (const chunk of exportCsv(fake, '2026-01-01T00:00:00.000Z', '2026-01-01T23:59:59.999Z')) text += chunk;
      const row = text.trim().split('\r\n')[1].split(',');
      assert.equal(row[EXPORT_COLUMNS.indexOf('consent_id')], "'=1+1");
      assert.equal(row[EXPORT_COLUMNS.indexOf('version')], "'-2");
      assert.equal(row[EXPORT_COLUMNS.indexOf('language')], "'@x");
      assert.equal(row[EXPORT_COLUMNS.indexOf('source')], "'+y");
    });

    test('streams thousands of records page by page, oldest first, with the same columns whatever the names', async () => {
      const records = Array.from({ length: 2500 }, (_, i) =>
        record({ time: new Date(Date.UTC(2026, 10, 10, 0, 0, i)).toISOString(), services: { ['svc-' + i]: true, ['other-' + i]: false } }),
      );
      // Written straight into the store: the HTTP path is covered above, this is about the export.
      for (let i = 0; i < records.length; i += 500) await r.store.insertMany(records.slice(i, i + 500));
      const { res, lines } = await csv(r.base, '?from=2026-11-10&to=2026-11-10');
      assert.equal(res.headers.get('transfer-encoding'), 'chunked');
      assert.equal(res.headers.get('content-length'), null);
      assert.equal(lines[0].split(',').length, EXPORT_COLUMNS.length);
      assert.equal(lines.length, 2501);
      assert.deepEqual(
        lines.slice(1).map((line) => line.split(',')[2]),
        records.map((one) => one.consentId),
      );
    });

    test('the range is whole UTC days, both included; a bad range is a 400', async () => {
      const late = record({ time: '2026-11-30T23:59:59.999Z' });
      const next = record({ time: '2026-12-01T00:00:00.000Z' });
      for (const one of [late, next]) assert.equal((await post(r.base, one)).status, 201);
      const { lines } = await csv(r.base, '?from=2026-11-30&to=2026-11-30');
      assert.deepEqual(
        lines.slice(1).map((line) => line.split(',')[2]),
        [late.consentId],
      );
      for (const query of ['?from=2026-02-30&to=2026-03-01', '?from=2026-12-02&to=2026-12-01', '?from=yesterday']) {
        const res = await fetch(r.base + '/export.csv' + query, { headers: bearer });
        assert.equal(res.status, 400, query);
        assert.match((await res.json()).error, /YYYY-MM-DD/);
      }
    });

    test('/health is 200 while the store writes and 503 while it cannot (a lock held elsewhere)', async () => {
      assert.deepEqual(await (await fetch(r.base + '/health')).json(), { ok: true, store: kind });
      const release = await holdWriteLock(r.options);
      try {
        const res = await fetch(r.base + '/health');
        assert.equal(res.status, 503);
        assert.match((await res.json()).error, /the store cannot write/);
        // The same failure refuses records with a 503 (the browser keeps them and retries), never a 2xx.
        assert.equal((await post(r.base, record())).status, 503);
      } finally {
        await release();
      }
      assert.equal((await fetch(r.base + '/health')).status, 200);
      assert.equal(r.lines.filter((line) => line.includes('stack') || /\n\s+at /.test(line)).length, 0);
    });
  });
}

/** Another process's write lock on the store, as a backup job or a second writer would hold it. */
async function holdWriteLock(options) {
  if (options.dbPath) {
    const db = new Database(options.dbPath);
    db.exec('BEGIN IMMEDIATE');
    return async () => {
      db.exec('ROLLBACK');
      db.close();
    };
  }
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  await client.query('BEGIN');
  await client.query('LOCK TABLE consent_log_health, consent_records IN EXCLUSIVE MODE');
  return async () => {
    await client.query('ROLLBACK');
    await client.end();
  };
}
