#!/usr/bin/env node
/**
 * consent-log: a receiver for cookiegate's proof-of-consent records (GDPR Art. 7(1)).
 *
 *   POST /consent-records   one JSON record, checked against record.schema.json, stored durably
 *   GET  /export.csv        the records of a day range as CSV (export token)
 *   GET  /dashboard         consent rates as charts and tables (export token)
 *   GET  /health            200 when the store can write
 *
 * Settings come from the environment (see README.md); a wrong one stops the start with a message.
 * `--demo` fills an empty database with made-up records and prints the dashboard's address.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SettingsError, readSettings } from './lib/settings.mjs';
import { openStore } from './lib/stores/open.mjs';
import { createReceiver } from './lib/app.mjs';
import { demoRecords } from './lib/demo-records.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const demo = process.argv.includes('--demo');

async function main() {
  const env = { ...process.env };
  if (demo) {
    env.DB_PATH ||= join(mkdtempSync(join(tmpdir(), 'consent-log-demo-')), 'demo.sqlite');
    env.EXPORT_TOKEN ||= randomBytes(12).toString('hex');
  }
  const settings = readSettings(env, HERE);
  const store = await openStore(settings);
  if (demo && (await store.aggregates('0001-01-01', '9999-12-31')).total === 0) {
    const records = [...demoRecords(20_000)];
    for (let i = 0; i < records.length; i += 2000) await store.insertMany(records.slice(i, i + 2000));
  }
  const app = await createReceiver(settings, { store });
  const address = await app.listen({ port: settings.port, host: settings.host });
  const url = address.replace('0.0.0.0', 'localhost');
  console.log(`consent-log: ${store.kind} store, listening on ${url}`);
  if (!settings.exportToken) console.log('consent-log: the CSV export and the dashboard are off; set EXPORT_TOKEN (16 or more characters) to turn them on');
  if (demo) console.log(`consent-log: demo dashboard at ${url}/dashboard (any user name, password ${settings.exportToken})`);
  console.log(`consent-log: answering for the hosts ${settings.allowedHosts.join(', ')} (ALLOWED_HOSTS)`);
  const stop = () =>
    app
      .close()
      .then(() => store.close())
      .then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`consent-log: ${error instanceof SettingsError ? error.message : 'could not start: ' + error.message}`);
  process.exit(1);
});
