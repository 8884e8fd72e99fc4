/**
 * Slow and greedy clients: header and request timeouts, the per-client connection cap, and aborted uploads
 * logged as one short line (rate-limited), not a stack trace each.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { STORES, post, record, startReceiver, storedCount } from './helpers.mjs';

const [, sqlite] = STORES[0];

/** A raw connection; resolves when open. `ended` resolves when the server ends it, with the time it took. */
function open(port) {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const started = Date.now();
    socket.ended = new Promise((done) => socket.once('close', () => done(Date.now() - started)));
    socket.on('error', () => {});
    socket.resume(); // read (and drop) answers, so the end of the connection is seen
    socket.once('connect', () => resolve(socket));
    socket.once('error', reject);
  });
}

describe('slow clients', () => {
  let r;
  before(
    async () =>
      (r = await startReceiver(sqlite, {
        HEADERS_TIMEOUT_MS: '400',
        REQUEST_TIMEOUT_MS: '800',
        KEEP_ALIVE_TIMEOUT_MS: '300',
        MAX_CONNECTIONS_PER_CLIENT: '4',
      })),
  );
  after(() => r.close());

  test('a client that never finishes its headers is disconnected after HEADERS_TIMEOUT_MS', async () => {
    const socket = await open(r.port);
    socket.write('POST /consent-records HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const took = await socket.ended;
    assert.ok(took >= 300 && took < 3000, `closed after ${took} ms`);
  });

  test('a client that never finishes its body is disconnected after REQUEST_TIMEOUT_MS and nothing is stored', async () => {
    const before = await storedCount(r.store);
    const socket = await open(r.port);
    const body = JSON.stringify(record());
    socket.write(
      `POST /consent-records HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n${body.slice(0, 20)}`,
    );
    const took = await socket.ended;
    assert.ok(took >= 600 && took < 4000, `closed after ${took} ms`);
    assert.equal(await storedCount(r.store), before);
  });

  test('one address holds at most MAX_CONNECTIONS_PER_CLIENT connections; the rest are closed at once', async () => {
    const held = await Promise.all(Array.from({ length: 4 }, () => open(r.port)));
    for (const socket of held) socket.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n'); // slow, still inside its timeout
    const extra = await open(r.port);
    const took = await extra.ended;
    assert.ok(took < 300, `the fifth connection closed after ${took} ms`);
    assert.ok(
      r.lines.some((line) => /^consent-log: connections: 127\.0\.0\.1 holds 4 connections/.test(line)),
      r.lines.join('\n'),
    );
    for (const socket of held) socket.destroy();
    await Promise.all(held.map((socket) => socket.ended));
    // Freed: the same client is served again.
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal((await post(r.base, record())).status, 201);
  });

  test('an idle kept-alive connection closes after KEEP_ALIVE_TIMEOUT_MS', async () => {
    const socket = await open(r.port);
    socket.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    const took = await socket.ended;
    assert.ok(took < 3000, `closed after ${took} ms`);
  });
});

describe('aborted uploads', () => {
  let r;
  before(async () => (r = await startReceiver(sqlite)));
  after(() => r.close());

  test('twenty aborted uploads make one log line, without a stack trace', async () => {
    for (let i = 0; i < 20; i++) {
      const socket = await open(r.port);
      socket.write('POST /consent-records HTTP/1.1\r\nHost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 900\r\n\r\n{"consentId":');
      await new Promise((resolve) => setTimeout(resolve, 20));
      socket.destroy();
      await socket.ended;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(r.lines.length, 1, r.lines.join('\n'));
    assert.match(r.lines[0], /^consent-log: aborted: a client closed its connection before POST \/consent-records was answered$/);
    assert.equal(await storedCount(r.store), 0);
  });
});
