/**
 * Who may do what: the export and the dashboard need the token always (off without one), the Host header must be
 * one the receiver serves (DNS rebinding), each client has its own rate-limit bucket (behind a proxy too), and
 * CORS answers only the configured origin.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { STORES, TOKEN, bearer, post, record, startReceiver, storedCount } from './helpers.mjs';

const [, sqlite] = STORES[0];
const basic = (password) => ({ authorization: 'Basic ' + Buffer.from('owner:' + password).toString('base64') });

/** A GET with a Host header of our choosing (fetch does not allow setting it). */
function getWithHost(port, path, host, method = 'GET', body) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { host, 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('export and dashboard need the token', () => {
  let r;
  before(async () => (r = await startReceiver(sqlite)));
  after(() => r.close());

  for (const path of ['/export.csv', '/dashboard', '/dashboard/data', '/dashboard/chart.js']) {
    test(`${path}: 401 without the token or with a wrong one, 200 with it (Bearer or Basic)`, async () => {
      const none = await fetch(r.base + path);
      assert.equal(none.status, 401);
      assert.match(none.headers.get('www-authenticate'), /^Basic realm="consent-log"/);
      assert.equal((await fetch(r.base + path, { headers: { authorization: 'Bearer ' + TOKEN.slice(0, -1) + 'x' } })).status, 401);
      assert.equal((await fetch(r.base + path, { headers: basic('wrong-token-0123456789') })).status, 401);
      // Loopback is no key: a same-host proxy makes every visitor a loopback client.
      assert.equal((await fetch(r.base + path, { headers: { 'x-forwarded-for': '127.0.0.1' } })).status, 401);
      assert.equal((await fetch(r.base + path, { headers: bearer })).status, 200);
      assert.equal((await fetch(r.base + path, { headers: basic(TOKEN) })).status, 200);
    });
  }

  test('the dashboard page loads its scripts from this origin only (CSP, no CDN)', async () => {
    const res = await fetch(r.base + '/dashboard', { headers: bearer });
    assert.match(res.headers.get('content-security-policy'), /script-src 'self'/);
    const html = await res.text();
    assert.deepEqual(
      [...html.matchAll(/src="([^"]+)"/g)].map((m) => m[1]),
      ['/dashboard/chart.js', '/dashboard/dashboard.js'],
    );
    assert.match(await (await fetch(r.base + '/dashboard/chart.js', { headers: bearer })).text(), /Chart\.js v4/);
  });

  test('the dashboard data are aggregates only: no consent id', async () => {
    const one = record({ time: new Date().toISOString() });
    assert.equal((await post(r.base, one)).status, 201);
    const text = await (await fetch(r.base + '/dashboard/data', { headers: bearer })).text();
    assert.equal(JSON.parse(text).total, 1);
    assert.ok(!text.includes(one.consentId));
  });
});

describe('export and dashboard without a token configured', () => {
  let r;
  before(async () => (r = await startReceiver(sqlite, { EXPORT_TOKEN: '' })));
  after(() => r.close());

  test('are off (404 saying how to turn them on), records are still received', async () => {
    for (const path of ['/export.csv', '/dashboard', '/dashboard/data']) {
      const res = await fetch(r.base + path, { headers: bearer });
      assert.equal(res.status, 404);
      assert.match((await res.json()).error, /off: start the receiver with EXPORT_TOKEN/);
    }
    assert.equal((await post(r.base, record())).status, 201);
  });
});

describe('Host allow-list', () => {
  let r;
  before(async () => (r = await startReceiver(sqlite, { ALLOWED_HOSTS: 'consent.example.com,localhost' })));
  after(() => r.close());

  test('a rebinding name gets 421 and stores nothing; the listed names are served', async () => {
    const before = await storedCount(r.store);
    const evil = await getWithHost(r.port, '/consent-records', 'attacker.example:8787', 'POST', JSON.stringify(record()));
    assert.equal(evil.status, 421);
    assert.match(JSON.parse(evil.text).error, /does not answer for the host "attacker\.example"; add it to ALLOWED_HOSTS/);
    assert.equal((await getWithHost(r.port, '/export.csv', 'attacker.example')).status, 421);
    assert.equal(await storedCount(r.store), before);
    assert.equal((await getWithHost(r.port, '/consent-records', 'consent.example.com', 'POST', JSON.stringify(record()))).status, 201);
    assert.equal((await getWithHost(r.port, '/health', 'localhost:' + r.port)).status, 200);
  });
});

describe('rate limit', () => {
  test('30 records a minute per client by default, then 429 with Retry-After; nothing stored past the limit', async () => {
    const r = await startReceiver(sqlite);
    try {
      for (let i = 0; i < 30; i++) assert.equal((await post(r.base, record())).status, 201);
      const res = await post(r.base, record());
      assert.equal(res.status, 429);
      assert.ok(Number(res.headers.get('retry-after')) > 0);
      assert.match((await res.json()).error, /too many requests/);
      assert.equal(await storedCount(r.store), 30);
    } finally {
      await r.close();
    }
  });

  test('behind a proxy (TRUST_PROXY=loopback) each visitor has its own bucket', async () => {
    const r = await startReceiver(sqlite, { RATE_LIMIT: '2', TRUST_PROXY: 'loopback' });
    try {
      const from = (ip) => ({ 'content-type': 'application/json', 'x-forwarded-for': ip });
      assert.equal((await post(r.base, record(), from('203.0.113.1'))).status, 201);
      assert.equal((await post(r.base, record(), from('203.0.113.1'))).status, 201);
      assert.equal((await post(r.base, record(), from('203.0.113.1'))).status, 429);
      assert.equal((await post(r.base, record(), from('203.0.113.2'))).status, 201);
    } finally {
      await r.close();
    }
  });

  test('a proxy without TRUST_PROXY is reported once in the log: all visitors would share one bucket', async () => {
    const r = await startReceiver(sqlite, { RATE_LIMIT: '100' });
    try {
      for (let i = 0; i < 5; i++) await post(r.base, record(), { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.' + i });
      assert.deepEqual(r.lines, [
        'consent-log: proxy: requests arrive through a proxy (X-Forwarded-For) but TRUST_PROXY is not set: all visitors share one rate-limit bucket',
      ]);
    } finally {
      await r.close();
    }
  });
});

describe('CORS', () => {
  let r;
  before(async () => (r = await startReceiver(sqlite, { ALLOW_ORIGIN: 'https://shop.example' })));
  after(() => r.close());

  test('the preflight and the POST answer the configured origin only', async () => {
    const preflight = await fetch(r.base + '/consent-records', {
      method: 'OPTIONS',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'https://shop.example');
    assert.match(preflight.headers.get('access-control-allow-methods'), /POST/);
    const res = await post(r.base, record(), { 'content-type': 'application/json', origin: 'https://shop.example' });
    assert.equal(res.status, 201);
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://shop.example');
    const other = await post(r.base, record(), { 'content-type': 'application/json', origin: 'https://evil.example' });
    assert.notEqual(other.headers.get('access-control-allow-origin'), 'https://evil.example');
  });
});
