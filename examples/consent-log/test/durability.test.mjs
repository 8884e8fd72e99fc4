/**
 * kill -9 during a load: every record answered with a 2xx is in the database afterwards, the database is
 * consistent (records and dashboard counts agree), and resending every acknowledged record stores none twice.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { HOME, STORES, emptyPostgres, record, withPostgres } from './helpers.mjs';

/** `node server.mjs` as a separate process (so it can be killed); resolves with its port once it listens. */
function startProcess(env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['server.mjs'], {
      cwd: HOME,
      env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0', RATE_LIMIT: '1000000', MAX_CONNECTIONS_PER_CLIENT: '1000', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const port = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
      if (port) resolve({ child, port: Number(port) });
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}

/** What the database holds, read by a connection of its own. */
async function inspect(env) {
  if (!env.DATABASE_URL) {
    const db = new Database(env.DB_PATH);
    try {
      return {
        ids: new Set(db.prepare('SELECT consent_id FROM consent_records').pluck().all()),
        integrity: db.pragma('integrity_check', { simple: true }),
        counted: db.prepare('SELECT COALESCE(SUM(records), 0) FROM consent_daily').pluck().get(),
      };
    } finally {
      db.close();
    }
  }
  return withPostgres(async (client) => ({
    ids: new Set((await client.query('SELECT consent_id FROM consent_records')).rows.map((row) => row.consent_id)),
    integrity: 'ok',
    counted: Number((await client.query('SELECT COALESCE(SUM(records), 0) AS n FROM consent_daily')).rows[0].n),
  }));
}

for (const [kind] of STORES) {
  describe(`kill -9 under load (${kind})`, () => {
    test('no acknowledged record is lost, the counts agree, and a resend of all of them stores nothing twice', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'consent-log-kill-'));
      const env = kind === 'sqlite' ? { DB_PATH: join(dir, 'log.sqlite') } : { DATABASE_URL: process.env.DATABASE_URL };
      if (kind === 'postgres') await emptyPostgres();
      try {
        const { child, port } = await startProcess(env);
        const acknowledged = [];
        let killed = false;
        const worker = async () => {
          while (!killed) {
            const one = record({ time: new Date().toISOString() });
            try {
              const res = await fetch(`http://127.0.0.1:${port}/consent-records`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(one),
              });
              if (res.status === 201) acknowledged.push(one);
            } catch {
              // The process is gone: this record was never acknowledged.
            }
          }
        };
        const workers = Array.from({ length: 16 }, worker);
        // Kill in the middle of the load: once some records are acknowledged and more are in flight.
        for (const started = Date.now(); acknowledged.length < 60 && Date.now() - started < 10_000; ) await new Promise((resolve) => setTimeout(resolve, 20));
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        killed = true;
        await exited;
        await Promise.all(workers);
        assert.ok(acknowledged.length >= 20, `only ${acknowledged.length} records were acknowledged before the kill`);

        const after = await inspect(env);
        assert.equal(after.integrity, 'ok');
        const lost = acknowledged.filter((one) => !after.ids.has(one.consentId));
        assert.deepEqual(lost, [], `${lost.length} of ${acknowledged.length} acknowledged records lost`);
        assert.equal(after.counted, after.ids.size, 'the dashboard counts equal the stored records');

        // The browser resends what it has no answer for; here: everything acknowledged, once more.
        const again = await startProcess(env);
        try {
          for (let i = 0; i < acknowledged.length; i += 50) {
            const statuses = await Promise.all(
              acknowledged.slice(i, i + 50).map((one) =>
                fetch(`http://127.0.0.1:${again.port}/consent-records`, {
                  method: 'POST',
                  headers: { 'content-type': 'application/json' },
                  body: JSON.stringify(one),
                }).then((res) => res.status),
              ),
            );
            assert.deepEqual([...new Set(statuses)], [200]);
          }
        } finally {
          again.child.kill('SIGKILL');
        }
        const resent = await inspect(env);
        assert.equal(resent.ids.size, after.ids.size);
        assert.equal(resent.counted, after.counted);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
