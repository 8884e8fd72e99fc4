/**
 * Starting the receiver: invalid settings stop the start with a message naming the variable; the start messages
 * say what is off; a copy of this folder elsewhere starts from its own package.json and schema copy; a database
 * of the first receiver is migrated in place.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SettingsError, readSettings } from '../lib/settings.mjs';
import { openSqlite } from '../lib/stores/sqlite.mjs';
import { SQLITE_MIGRATIONS } from '../lib/migrations.mjs';
import { HOME } from './helpers.mjs';

/** Runs `node server.mjs` in `dir` until it listens or exits; resolves with its output and exit code. */
function start(dir, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['server.mjs'], {
      cwd: dir,
      env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const onData = (chunk) => {
      output += chunk;
      if (/answering for the hosts/.test(output)) child.kill('SIGTERM');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('settings', () => {
  const invalid = [
    [{ RATE_LIMIT: 'abc' }, /^RATE_LIMIT="abc" is not valid: it takes records per client per minute/],
    [{ RATE_LIMIT: '30/min' }, /^RATE_LIMIT="30\/min" is not valid/],
    [{ RATE_LIMIT: '0' }, /^RATE_LIMIT="0" is not valid/],
    [{ PORT: '99999' }, /^PORT="99999" is not valid: it takes a TCP port/],
    [{ EXPORT_TOKEN: 'short' }, /^EXPORT_TOKEN is not valid: it takes at least 16 characters/],
    [{ TRUST_PROXY: '1' }, /^TRUST_PROXY="1" is not valid: it takes the addresses of the proxies/],
    [{ ALLOW_ORIGIN: 'https://shop.example/' }, /^ALLOW_ORIGIN="https:\/\/shop.example\/" is not valid/],
    [{ ALLOWED_HOSTS: 'https://consent.example.com' }, /^ALLOWED_HOSTS=.* is not valid/],
    [{ RECORDS_PATH: 'records' }, /^RECORDS_PATH="records" is not valid/],
    [{ HEADERS_TIMEOUT_MS: '5000', REQUEST_TIMEOUT_MS: '1000' }, /^REQUEST_TIMEOUT_MS \(1000\) is shorter than HEADERS_TIMEOUT_MS/],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL is not valid/],
  ];
  for (const [env, message] of invalid) {
    test(`refuses ${JSON.stringify(env)}`, () => {
      assert.throws(
        () => readSettings(env, HOME),
        (error) => error instanceof SettingsError && message.test(error.message),
      );
    });
  }

  test('an invalid setting stops the start with exit code 1 and one clear line; nothing listens', async () => {
    const { code, output } = await start(HOME, { RATE_LIMIT: '30/min', DB_PATH: join(mkdtempSync(join(tmpdir(), 'cl-')), 'x.sqlite') });
    assert.equal(code, 1);
    assert.equal(output.trim(), 'consent-log: RATE_LIMIT="30/min" is not valid: it takes records per client per minute (a whole number from 1 to 1000000)');
  });

  test('the defaults: loopback hosts only, 30 a minute, export off', () => {
    const settings = readSettings({}, HOME);
    assert.deepEqual(settings.allowedHosts, ['localhost', '127.0.0.1', '::1']);
    assert.equal(settings.rateLimit, 30);
    assert.equal(settings.exportToken, undefined);
    assert.equal(settings.trustProxy, false);
  });
});

describe('a copy of this folder', () => {
  test('ships a record schema equal to the one cookiegate builds from (src/record.schema.json)', () => {
    assert.deepEqual(
      JSON.parse(readFileSync(join(HOME, 'lib/record.schema.json'), 'utf8')),
      JSON.parse(readFileSync(join(HOME, '../../src/record.schema.json'), 'utf8')),
    );
  });

  test('starts outside the repository from its own files, and says that export and dashboard are off', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'consent-log-copy-'));
    try {
      cpSync(HOME, dir, { recursive: true, filter: (path) => !path.includes('node_modules') && !path.endsWith('.sqlite') });
      symlinkSync(join(HOME, 'node_modules'), join(dir, 'node_modules'));
      const { output } = await start(dir, { DB_PATH: join(dir, 'log.sqlite') });
      assert.match(output, /consent-log: sqlite store, listening on http:\/\/127\.0\.0\.1:\d+/);
      assert.match(output, /the CSV export and the dashboard are off; set EXPORT_TOKEN/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('migrations', () => {
  test("the first receiver's database is upgraded in place: its records stay and the dashboard counts them", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'consent-log-migrate-'));
    const file = join(dir, 'old.sqlite');
    try {
      const old = new Database(file);
      old.exec(SQLITE_MIGRATIONS[0].sql);
      const insert =
        old.prepare(`INSERT INTO consent_records (received_at, consent_id, previous_consent_id, time, revision, version, config_hash, language, action, source, gpc, categories, services)
        VALUES ('2026-11-25T10:00:01.000Z', ?, NULL, ?, 3, '0.1.0', 'abc', 'en', ?, 'banner', 0, ?, '{}')`);
      insert.run('a', '2026-11-25T10:00:00.000Z', 'accept-all', '{"necessary":true,"performance":true}');
      insert.run('b', '2026-11-25T11:00:00.000Z', 'reject-all', '{"necessary":true,"performance":false}');
      old.close();

      const store = openSqlite(file);
      const figures = await store.aggregates('2026-11-25', '2026-11-25');
      await store.close();
      assert.equal(figures.total, 2);
      assert.deepEqual(figures.categories, [
        { day: '2026-11-25', category: 'necessary', granted: 2, records: 2 },
        { day: '2026-11-25', category: 'performance', granted: 1, records: 2 },
      ]);
      const db = new Database(file, { readonly: true });
      assert.deepEqual(
        db.prepare('SELECT version FROM consent_log_migrations ORDER BY version').pluck().all(),
        SQLITE_MIGRATIONS.map((m) => m.version),
      );
      db.close();
      // Opening again applies nothing twice.
      await openSqlite(file).close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
