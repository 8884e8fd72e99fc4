#!/usr/bin/env node
/**
 * Aggregate benchmark (`npm run bench:aggregates`; not part of `npm test`): fills a SQLite database with
 * 1,000,000 demo records over a year (once; `--db FILE` keeps it for the next run) and times each dashboard query
 * for the last 30 days and for the whole year, best of five.
 *
 *   node bench/aggregates.mjs [--records 1000000] [--db FILE]
 */
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openSqlite } from '../lib/stores/sqlite.mjs';
import { demoRecords } from '../lib/demo-records.mjs';
import { AGGREGATE_QUERIES } from '../lib/aggregates.mjs';

const { values } = parseArgs({ options: { records: { type: 'string', default: '1000000' }, db: { type: 'string' } } });
const COUNT = Number(values.records);
const file = values.db ?? join(mkdtempSync(join(tmpdir(), 'consent-log-aggregates-')), 'million.sqlite');
const LAST_DAY = '2026-11-30';

const fresh = !existsSync(file);
const store = openSqlite(file);
if (fresh) {
  const began = Date.now();
  let batch = [];
  for (const record of demoRecords(COUNT, { lastDay: LAST_DAY, days: 365 })) {
    batch.push(record);
    if (batch.length === 20_000) {
      store.insertMany(batch);
      batch = [];
    }
  }
  if (batch.length) store.insertMany(batch);
  console.log(`seeded ${COUNT} records in ${((Date.now() - began) / 1000).toFixed(1)} s into ${file}`);
}

const ranges = [
  ['last 30 days', '2026-11-01', LAST_DAY],
  ['whole year', '2025-12-01', LAST_DAY],
];
for (const [name, from, to] of ranges) {
  console.log(`\n${name} (${from} to ${to})`);
  const times = [];
  for (let i = 0; i < 5; i++) {
    const began = process.hrtime.bigint();
    const figures = await store.aggregates(from, to);
    times.push(Number(process.hrtime.bigint() - began) / 1e6);
    if (i === 0) console.log(`  ${figures.total} records counted`);
  }
  console.log(
    `  all ${Object.keys(AGGREGATE_QUERIES).length} queries together: best ${Math.min(...times).toFixed(1)} ms, worst ${Math.max(...times).toFixed(1)} ms`,
  );
}
await store.close();
