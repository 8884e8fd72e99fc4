/**
 * The receiver's settings, read from the environment and checked before anything starts: a wrong value stops the
 * start with a message naming the variable, the value and what it takes, instead of quietly running without
 * (for example) a rate limit.
 */
import { join } from 'node:path';

/** Problem with one setting; `server.mjs` prints its message and exits with 1. */
export class SettingsError extends Error {}

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '::1'];

function integer(env, name, fallback, { min, max, what }) {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new SettingsError(`${name}=${JSON.stringify(text)} is not valid: it takes ${what} (a whole number from ${min} to ${max})`);
  }
  return Number(text);
}

/**
 * `TRUST_PROXY`: unset (no proxy) or the addresses of the proxies in front of the receiver, whose
 * `X-Forwarded-For` then names the client: `loopback` (a proxy on the same machine), `127.0.0.1`, `10.0.0.0/8`, …
 */
function trustProxy(text) {
  if (text === undefined || text === '') return false;
  const list = text.split(',').map((part) => part.trim());
  if (list.every((part) => /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/.test(part) && /[a-z.:]/.test(part))) return list.join(',');
  throw new SettingsError(
    `TRUST_PROXY=${JSON.stringify(text)} is not valid: it takes the addresses of the proxies in front of the receiver, separated by commas: loopback (a proxy on this machine), 127.0.0.1, 10.0.0.0/8`,
  );
}

function origin(text) {
  if (text === undefined || text === '') return undefined;
  let url;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.origin !== text) {
    throw new SettingsError(
      `ALLOW_ORIGIN=${JSON.stringify(text)} is not valid: it takes one origin such as https://www.example.com (scheme and host, no path or trailing slash)`,
    );
  }
  return text;
}

/** The host names (without port) a `Host` header may carry: the configured list, else loopback and `HOST`. */
function allowedHosts(text, host) {
  if (text !== undefined && text !== '') {
    const list = text.split(',').map((part) =>
      part
        .trim()
        .toLowerCase()
        .replace(/^\[(.*)\]$/, '$1'),
    );
    if (list.some((name) => !/^[a-z0-9.:-]+$/.test(name))) {
      throw new SettingsError(
        `ALLOWED_HOSTS=${JSON.stringify(text)} is not valid: it takes host names separated by commas (consent.example.com,localhost), without scheme or port`,
      );
    }
    return list;
  }
  const wildcard = host === '0.0.0.0' || host === '::';
  return wildcard ? LOOPBACK_HOSTS : [...new Set([...LOOPBACK_HOSTS, host.toLowerCase()])];
}

/**
 * @param {Record<string, string | undefined>} env usually `process.env`
 * @param {string} home this folder, for the default database file
 */
export function readSettings(env, home) {
  const host = env.HOST || '127.0.0.1';
  const recordsPath = env.RECORDS_PATH || '/consent-records';
  if (!/^\/[A-Za-z0-9._~/-]*$/.test(recordsPath) || ['/export.csv', '/health', '/dashboard'].some((p) => recordsPath.startsWith(p))) {
    throw new SettingsError(
      `RECORDS_PATH=${JSON.stringify(recordsPath)} is not valid: it takes a path starting with / that is not /export.csv, /health or /dashboard`,
    );
  }
  const exportToken = env.EXPORT_TOKEN || undefined;
  if (exportToken !== undefined && (exportToken.length < 16 || /\s|:/.test(exportToken))) {
    throw new SettingsError(
      'EXPORT_TOKEN is not valid: it takes at least 16 characters without spaces or colons (for example the output of `openssl rand -hex 16`)',
    );
  }
  const headersTimeoutMs = integer(env, 'HEADERS_TIMEOUT_MS', 5_000, { min: 100, max: 600_000, what: 'milliseconds a client has to send its request headers' });
  const requestTimeoutMs = integer(env, 'REQUEST_TIMEOUT_MS', 10_000, { min: 100, max: 600_000, what: 'milliseconds a client has to send its whole request' });
  if (requestTimeoutMs < headersTimeoutMs) {
    throw new SettingsError(
      `REQUEST_TIMEOUT_MS (${requestTimeoutMs}) is shorter than HEADERS_TIMEOUT_MS (${headersTimeoutMs}): the whole request cannot take less time than its headers`,
    );
  }
  if (env.DATABASE_URL && !/^postgres(ql)?:\/\//.test(env.DATABASE_URL)) {
    throw new SettingsError('DATABASE_URL is not valid: it takes a postgres:// or postgresql:// connection string (or leave it unset for SQLite)');
  }
  return {
    port: integer(env, 'PORT', 8787, { min: 0, max: 65535, what: 'a TCP port' }),
    host,
    dbPath: env.DB_PATH || join(home, 'consent-log.sqlite'),
    databaseUrl: env.DATABASE_URL || undefined,
    recordsPath,
    rateLimit: integer(env, 'RATE_LIMIT', 30, { min: 1, max: 1_000_000, what: 'records per client per minute' }),
    trustProxy: trustProxy(env.TRUST_PROXY),
    allowOrigin: origin(env.ALLOW_ORIGIN),
    allowedHosts: allowedHosts(env.ALLOWED_HOSTS, host),
    exportToken,
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs: integer(env, 'KEEP_ALIVE_TIMEOUT_MS', 5_000, { min: 100, max: 600_000, what: 'milliseconds an idle kept-alive connection stays open' }),
    maxConnectionsPerClient: integer(env, 'MAX_CONNECTIONS_PER_CLIENT', 32, { min: 1, max: 100_000, what: 'open connections one client address may hold' }),
  };
}
