#!/usr/bin/env node
/**
 * cookiegate consent-log: a small receiver for cookiegate's proof-of-consent records.
 *
 *   POST /consent-records           one JSON record (≤ 4 kB), checked against record.schema.json
 *   GET  /export.csv?from=YYYY-MM-DD&to=YYYY-MM-DD   records whose choice time falls in those UTC days
 *   GET  /health                    200 when the database answers
 *
 * Stores in SQLite (`DB_PATH`, default ./consent-log.sqlite) or, with `DATABASE_URL`, in PostgreSQL.
 * No IP address, user agent or cookie is stored: the record is the proof, and it holds no personal data beyond
 * a random consent id. Client IPs live in memory only, for rate limiting.
 */
import { createServer } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { compile } from './validate.mjs';
import { toCsv } from './csv.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
/** A record of the default config is about 500 bytes; 4 kB leaves room for many services and nothing more. */
export const MAX_BODY_BYTES = 4096;
const DAY_MS = 86_400_000;

/** The schema this repository ships, else the one in an installed `cookiegate` package. */
function findSchema() {
  const local = join(HERE, '../../src/record.schema.json');
  if (existsSync(local)) return local;
  return createRequire(import.meta.url).resolve('cookiegate/record.schema.json');
}

/** Fixed-window counter per client: `max` requests per `windowMs`. Kept in memory, never written anywhere. */
function rateLimiter(max, windowMs) {
  const hits = new Map();
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [ip, hit] of hits) if (hit.reset <= now) hits.delete(ip);
  }, windowMs);
  sweep.unref();
  return {
    /** @returns seconds to wait, or 0 when the request may go on */
    take(ip) {
      const now = Date.now();
      let hit = hits.get(ip);
      if (!hit || hit.reset <= now) hits.set(ip, (hit = { count: 0, reset: now + windowMs }));
      hit.count++;
      return hit.count > max ? Math.ceil((hit.reset - now) / 1000) : 0;
    },
    stop() {
      clearInterval(sweep);
    },
  };
}

const isLoopback = (ip) => ip === '::1' || /^(::ffff:)?127\./.test(ip);

/** `YYYY-MM-DD` of a real day, as a UTC timestamp in ms, or NaN. */
function parseDay(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return NaN;
  const ms = Date.parse(text + 'T00:00:00.000Z');
  return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(text) ? ms : NaN;
}

function send(res, status, body, headers = {}) {
  const text = body == null ? '' : typeof body == 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'cache-control': 'no-store',
    ...(typeof body == 'object' && body != null ? { 'content-type': 'application/json' } : {}),
    ...headers,
  });
  res.end(text);
}

/** Reads at most `max` bytes; `null` when the body is larger. */
function readBody(req, max) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > max) {
        resolve(null);
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Opens the store the environment asks for: PostgreSQL with `databaseUrl`, else SQLite at `dbPath`. */
export async function openStore({ databaseUrl, dbPath }) {
  if (databaseUrl) return (await import('./store-postgres.mjs')).openPostgres(databaseUrl);
  return (await import('./store-sqlite.mjs')).openSqlite(dbPath);
}

/**
 * Creates the receiver (not yet listening).
 * @param {object} options
 * @param {{insert: Function, range: Function, close: Function}} options.store from `openStore`
 * @param {string} [options.recordsPath] path that accepts records (default `/consent-records`)
 * @param {number} [options.rateLimit] requests per client per `rateWindowMs` (default 30)
 * @param {number} [options.rateWindowMs] default 60 000
 * @param {boolean} [options.trustProxy] take the client IP from the last `X-Forwarded-For` entry (behind one proxy)
 * @param {string} [options.allowOrigin] answer CORS for this origin (when the site posts from another origin)
 * @param {string} [options.exportToken] `Authorization: Bearer <token>` for the CSV export; without it, loopback only
 */
export function createReceiver(options) {
  const {
    store,
    recordsPath = '/consent-records',
    rateLimit = 30,
    rateWindowMs = 60_000,
    trustProxy = false,
    allowOrigin,
    exportToken,
  } = options;
  const validate = compile(JSON.parse(readFileSync(options.schemaPath || findSchema(), 'utf8')));
  const limiter = rateLimiter(rateLimit, rateWindowMs);
  const cors = allowOrigin ? { 'access-control-allow-origin': allowOrigin, vary: 'origin' } : {};

  const clientIp = (req) => {
    const forwarded = trustProxy && String(req.headers['x-forwarded-for'] || '').split(',').pop().trim();
    return forwarded || req.socket.remoteAddress || 'unknown';
  };

  const isExportAllowed = (req) => {
    if (!exportToken) return isLoopback(clientIp(req));
    const given = Buffer.from(String(req.headers.authorization || ''));
    const wanted = Buffer.from('Bearer ' + exportToken);
    return given.length === wanted.length && timingSafeEqual(given, wanted);
  };

  async function receive(req, res) {
    const type = String(req.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') return send(res, 415, { error: 'expected content-type application/json' }, cors);
    if (Number(req.headers['content-length']) > MAX_BODY_BYTES) {
      return send(res, 413, { error: `a record is at most ${MAX_BODY_BYTES} bytes` }, { ...cors, connection: 'close' });
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body == null) return send(res, 413, { error: `a record is at most ${MAX_BODY_BYTES} bytes` }, { ...cors, connection: 'close' });
    let record;
    try {
      record = JSON.parse(body);
    } catch {
      return send(res, 400, { errors: ['/: not JSON'] }, cors);
    }
    const errors = validate(record);
    if (errors.length) return send(res, 400, { errors }, cors);
    // One instant, one spelling: lets the export filter by day and a resent record match its first copy.
    record.time = new Date(record.time).toISOString();
    const isNew = await store.insert(record, new Date().toISOString());
    return send(res, isNew ? 201 : 200, null, cors);
  }

  async function exportCsv(req, res, url) {
    if (!isExportAllowed(req)) return send(res, 403, { error: 'export needs the export token (or a loopback client without one)' });
    const today = new Date().toISOString().slice(0, 10);
    const fromText = url.searchParams.get('from') || '1970-01-01';
    const toText = url.searchParams.get('to') || today;
    const from = parseDay(fromText);
    const to = parseDay(toText);
    if (Number.isNaN(from) || Number.isNaN(to) || from > to) {
      return send(res, 400, { error: 'from and to are days as YYYY-MM-DD, from not after to' });
    }
    const rows = await store.range(new Date(from).toISOString(), new Date(to + DAY_MS).toISOString());
    return send(res, 200, toCsv(rows), {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="consent-records-${fromText}-${toText}.csv"`,
    });
  }

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url || '/', 'http://receiver');
      if (url.pathname === recordsPath) {
        if (req.method === 'OPTIONS' && allowOrigin) {
          return send(res, 204, null, {
            ...cors,
            'access-control-allow-methods': 'POST',
            'access-control-allow-headers': 'content-type',
            'access-control-max-age': '86400',
          });
        }
        if (req.method !== 'POST') return send(res, 405, { error: 'POST a record' }, { allow: 'POST' });
        const wait = limiter.take(clientIp(req));
        if (wait) return send(res, 429, { error: 'too many records from this client' }, { ...cors, 'retry-after': String(wait) });
        return await receive(req, res);
      }
      if (url.pathname === '/export.csv' && req.method === 'GET') {
        const wait = limiter.take(clientIp(req));
        if (wait) return send(res, 429, { error: 'too many requests' }, { 'retry-after': String(wait) });
        return await exportCsv(req, res, url);
      }
      if (url.pathname === '/health' && req.method === 'GET') {
        await store.range(new Date(0).toISOString(), new Date(0).toISOString());
        return send(res, 200, { ok: true, store: store.kind });
      }
      return send(res, 404, { error: 'not found' });
    } catch (error) {
      console.error('consent-log:', error);
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
      else res.destroy();
    }
  });
  server.on('close', () => limiter.stop());
  return server;
}

async function main() {
  const env = process.env;
  const store = await openStore({ databaseUrl: env.DATABASE_URL, dbPath: env.DB_PATH || join(HERE, 'consent-log.sqlite') });
  const server = createReceiver({
    store,
    recordsPath: env.RECORDS_PATH,
    rateLimit: env.RATE_LIMIT ? Number(env.RATE_LIMIT) : undefined,
    trustProxy: env.TRUST_PROXY === '1',
    allowOrigin: env.ALLOW_ORIGIN,
    exportToken: env.EXPORT_TOKEN,
    schemaPath: env.SCHEMA_PATH,
  });
  const port = Number(env.PORT || 8787);
  const host = env.HOST || '127.0.0.1';
  server.listen(port, host, () => console.log(`consent-log: ${store.kind} store, listening on http://${host}:${port}`));
  const stop = () => server.close(() => store.close().then(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error('consent-log:', error);
    process.exit(1);
  });
}
