#!/usr/bin/env node
/**
 * Load benchmark (`npm run bench`; not part of `npm test`): starts `node server.mjs` on a fresh database and posts
 * records at concurrency 1, 10 and 50 for a few seconds each, then checks that every acknowledged record is in
 * the export (zero lost). SQLite by default; PostgreSQL too when DATABASE_URL is set (its tables are emptied).
 *
 *   node bench/load.mjs [--seconds 5] [--dir path/to/another/receiver]
 *
 * `--dir` runs the same load against another receiver folder with the same settings (an older version, to compare).
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, dir: { type: 'string' } } });
const SECONDS = Number(values.seconds);
const DIR = resolve(values.dir ?? new URL('..', import.meta.url).pathname);
const TOKEN = 'bench-token-0123456789abcdef';

/** A port free right now (an older receiver prints the port it was given, not the one it got for 0). */
function freePort() {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function start(env) {
  const port = await freePort();
  return new Promise((resolveStart, reject) => {
    const child = spawn(process.execPath, ['server.mjs'], {
      cwd: DIR,
      env: {
        PATH: process.env.PATH,
        HOST: '127.0.0.1',
        PORT: String(port),
        RATE_LIMIT: '1000000',
        MAX_CONNECTIONS_PER_CLIENT: '1000',
        EXPORT_TOKEN: TOKEN,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (/listening on/.test(output)) resolveStart({ child, port });
    });
    child.once('exit', (code) => reject(new Error(`receiver exited with ${code}: ${output}`)));
  });
}

function send(agent, port, path, method, body, headers = {}) {
  return new Promise((done, fail) => {
    const req = request({ agent, host: '127.0.0.1', port, path, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => done({ status: res.statusCode, text }));
    });
    req.on('error', fail);
    req.end(body);
  });
}

const record = () =>
  JSON.stringify({
    consentId: randomUUID(),
    previousConsentId: null,
    time: new Date().toISOString(),
    revision: 4,
    version: '0.1.0',
    configHash: '2m0q7c',
    language: 'en',
    action: 'accept-all',
    source: 'banner',
    gpc: false,
    regime: 'opt-in',
    categories: { necessary: true, performance: true, functionality: true, targeting: true, social: true },
    services: { ga: true, youtube: true },
  });

async function run(port, concurrency) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies = [];
  let acknowledged = 0;
  let failed = 0;
  const end = Date.now() + SECONDS * 1000;
  const worker = async () => {
    while (Date.now() < end) {
      const started = process.hrtime.bigint();
      const { status } = await send(agent, port, '/consent-records', 'POST', record(), { 'content-type': 'application/json' });
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (status === 201) acknowledged++;
      else failed++;
    }
  };
  const began = Date.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (Date.now() - began) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { concurrency, perSecond: Math.round(acknowledged / elapsed), p50: at(0.5), p99: at(0.99), acknowledged, failed };
}

async function stored(port) {
  const { text } = await send(undefined, port, '/export.csv?from=1970-01-01&to=2100-01-01', 'GET', undefined, { authorization: 'Bearer ' + TOKEN });
  return text.trim().split('\r\n').length - 1;
}

async function bench(name, env) {
  const { child, port } = await start(env);
  let total = 0;
  try {
    console.log(`\n${name} (${DIR}), ${SECONDS} s per level`);
    console.log('concurrency  records/s   p50 ms   p99 ms  acknowledged  refused  lost');
    for (const concurrency of [1, 10, 50]) {
      const result = await run(port, concurrency);
      total += result.acknowledged;
      const lost = total - (await stored(port));
      console.log(
        `${String(concurrency).padStart(11)}  ${String(result.perSecond).padStart(9)}  ${result.p50.toFixed(1).padStart(7)}  ${result.p99.toFixed(1).padStart(7)}  ${String(result.acknowledged).padStart(12)}  ${String(result.failed).padStart(7)}  ${String(lost).padStart(4)}`,
      );
    }
  } finally {
    child.kill('SIGTERM');
  }
}

const dir = mkdtempSync(join(tmpdir(), 'consent-log-bench-'));
try {
  await bench('SQLite', { DB_PATH: join(dir, 'bench.sqlite') });
  if (process.env.DATABASE_URL) {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query('DROP TABLE IF EXISTS consent_records, consent_daily, consent_daily_category, consent_log_health, consent_log_migrations');
    await client.end();
    await bench('PostgreSQL', { DATABASE_URL: process.env.DATABASE_URL });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
