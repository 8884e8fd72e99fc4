/**
 * POST /consent-records against every store: what is stored, what is refused (a clear 4xx JSON answer and nothing
 * stored), and the values both stores must agree on (revisions beyond 32 bits, years 0001–9999, NUL).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { STORES, exported, post, record, startReceiver, storedCount } from './helpers.mjs';

for (const [kind, storeOptions] of STORES) {
  describe(`records into ${kind}`, () => {
    let r;
    before(async () => {
      r = await startReceiver(storeOptions, { RATE_LIMIT: '1000' });
    });
    after(() => r.close());

    test('a valid record is stored (201) and a resend of it is answered 200 and stored once', async () => {
      const before = await storedCount(r.store);
      const one = record({ time: '2026-11-25T11:00:00.000+01:00' });
      assert.equal((await post(r.base, one)).status, 201);
      // The browser resends when it missed the answer; the same instant in another spelling is the same record.
      assert.equal((await post(r.base, one)).status, 200);
      assert.equal((await post(r.base, { ...one, time: '2026-11-25T10:00:00Z' })).status, 200);
      assert.equal(await storedCount(r.store), before + 1);
      assert.equal((await exported(r.base)).filter((line) => line.includes(one.consentId)).length, 1);
    });

    const refused = [
      [
        'a missing key',
        () => {
          const x = record();
          delete x.gpc;
          return x;
        },
        400,
        /missing key "gpc"/,
      ],
      ['an unknown action', () => record({ action: 'accept-some' }), 400, /\/action: must be one of accept-all, reject-all, custom, withdraw/],
      ['an unknown key', () => ({ ...record(), ip: '1.2.3.4' }), 400, /unknown key "ip"/],
      [
        'deep nesting',
        () => record({ categories: { necessary: JSON.parse('['.repeat(500) + ']'.repeat(500)) } }),
        400,
        /\/categories\/necessary: must be boolean/,
      ],
      ['a formula as consent id', () => record({ consentId: '=HYPERLINK("http://x")' }), 400, /\/consentId: must match pattern/],
      ['a formula as language', () => record({ language: '=cmd|/c calc!A1' }), 400, /\/language: must match pattern/],
      ['an impossible day (2026-02-30)', () => record({ time: '2026-02-30T10:00:00Z' }), 400, /\/time: must be a real ISO 8601 date and time/],
      ['hour 24 (T24:00)', () => record({ time: '2026-11-25T24:00:00Z' }), 400, /\/time: must be a real/],
      ['a leap second', () => record({ time: '2026-12-31T23:59:60Z' }), 400, /\/time: must be a real/],
      ['year 0000', () => record({ time: '0000-06-01T00:00:00Z' }), 400, /\/time: must match pattern/],
      ['a UTC year before 0001 by its offset', () => record({ time: '0001-01-01T00:30:00+01:00' }), 400, /\/time: must be a real/],
      ['a UTC year after 9999 by its offset', () => record({ time: '9999-12-31T23:30:00-01:00' }), 400, /\/time: must be a real/],
      ['a revision beyond 2^53 - 1', () => ({ ...record(), revision: 2 ** 53 }), 400, /\/revision: must be <= 9007199254740991/],
      ['a negative revision', () => record({ revision: -1 }), 400, /\/revision: must be >= 0/],
      ['NUL in a service name', () => record({ services: { 'g\u0000a': true } }), 400, /\/services: key "g\u0000a" is not allowed/],
      ['NUL in the version', () => record({ version: '1.0\u0000' }), 400, /\/version: must match pattern/],
      [
        '201 service keys (the cap is 200)',
        () => record({ services: Object.fromEntries(Array.from({ length: 201 }, (_, i) => ['s' + i, true])) }),
        400,
        /\/services: must NOT have more than 200 properties/,
      ],
    ];
    for (const [name, make, status, message] of refused) {
      test(`refuses ${name} with ${status} and stores nothing`, async () => {
        const before = await storedCount(r.store);
        const res = await post(r.base, make());
        assert.equal(res.status, status);
        assert.match(res.headers.get('content-type'), /^application\/json/);
        const body = await res.json();
        assert.match(body.errors.join('\n'), message);
        assert.equal(await storedCount(r.store), before);
      });
    }

    const refusedBodies = [
      ['a __proto__ key', JSON.stringify(record()).replace('{', '{"__proto__":{"polluted":true},'), {}, 400, /prototype/i],
      ['a constructor.prototype key', JSON.stringify(record()).replace('{', '{"constructor":{"prototype":{"x":1}},'), {}, 400, /prototype/i],
      [
        'a body over 4096 bytes',
        JSON.stringify(record({ services: Object.fromEntries(Array.from({ length: 150 }, (_, i) => ['service-number-' + i, true])) })),
        {},
        413,
        /at most 4096 bytes/,
      ],
      ['a body that is not JSON', '{"consentId": ', {}, 400, /JSON/],
      ['text/plain', JSON.stringify(record()), { 'content-type': 'text/plain' }, 415, /content-type/i],
    ];
    for (const [name, body, headers, status, message] of refusedBodies) {
      test(`refuses ${name} with ${status} and stores nothing`, async () => {
        const before = await storedCount(r.store);
        const res = await post(r.base, body, { 'content-type': 'application/json', ...headers });
        assert.equal(res.status, status);
        assert.match((await res.json()).error, message);
        assert.equal(await storedCount(r.store), before);
        assert.equal(Object.prototype.polluted, undefined);
      });
    }

    test('stores what both stores can hold: a date-like revision, years 0001 and 9999, nanoseconds, 200 services', async () => {
      const kept = [
        record({ revision: 202611251030 }),
        record({ revision: 2 ** 53 - 1 }),
        record({ time: '0001-01-01T00:00:00Z' }),
        record({ time: '9999-12-31T23:59:59.999Z' }),
        record({ time: '2024-02-29T23:59:59.123456789+05:30' }),
        record({ services: Object.fromEntries(Array.from({ length: 200 }, (_, i) => ['s' + i, i % 2 === 0])) }),
      ];
      for (const one of kept) assert.equal((await post(r.base, one)).status, 201, JSON.stringify(one).slice(0, 120));
      const lines = await exported(r.base);
      const line = (one) => lines.find((l) => l.includes(one.consentId));
      assert.match(line(kept[0]), /,202611251030,/);
      assert.match(line(kept[1]), /,9007199254740991,/);
      assert.match(line(kept[2]), /,0001-01-01T00:00:00\.000Z,/);
      assert.match(line(kept[3]), /,9999-12-31T23:59:59\.999Z,/);
      assert.match(line(kept[4]), /,2024-02-29T18:29:59\.123Z,/);
      // Each one is counted under its day, so the dashboard and the rows agree.
      const days = await r.store.aggregates('0001-01-01', '0001-01-01');
      assert.equal(days.total, 1);
    });
  });
}
