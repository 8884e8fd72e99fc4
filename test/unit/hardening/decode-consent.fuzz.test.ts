/**
 * Property tests of the consent cookie decoder: whatever the browser hands us — arbitrary text, or a valid
 * cookie with a few characters or fields changed — `decodeConsent` never throws, and a changed cookie never
 * grants more than the choice it was made from. Each property runs {@link RUNS} cases.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeConsent, encodeConsent } from '../../../src/core/engine/cookie';
import { parseConfig } from '../../../src/core/engine/config';
import type { Config, Consent } from '../../../src/core/types';
import { AWKWARD_NAMES, NOW, RUNS, configArb, consentArb } from './arbitraries';

type Decoded = ReturnType<typeof decodeConsent>;

/** What a decoded choice lets run: categories, services, and the GPC-conflict flag (which keeps a grant under GPC). */
function grants(d: NonNullable<Decoded>): string[] {
  return [
    ...d.consent.categories.map((id) => 'category:' + id),
    ...d.consent.services.map((id) => 'service:' + id),
    ...(d.flags.gpcConflict ? ['flag:gpcConflict'] : []),
  ];
}

/** A decoded choice is only ever well formed: known ids, necessary included, a v4-shaped id, ordered times. */
function expectWellFormed(config: Config, d: NonNullable<Decoded>): void {
  const categories = config.categories.map((c) => c.id);
  const services = config.categories.flatMap((c) => c.services.map((s) => s.id));
  expect(d.consent.categories).toContain('necessary');
  for (const id of d.consent.categories) expect(categories).toContain(id);
  for (const id of d.consent.services) expect(services).toContain(id);
  expect(d.consent.consentId).toMatch(/^[0-9a-f-]{36}$/);
  expect(Date.parse(d.consent.consentTime)).toBeLessThanOrEqual(Date.parse(d.consent.updateTime));
  expect(d.consent.revision).toBe(config.revision);
}

const COOKIE_CHARS = fc.constantFrom(...'~.!gc-0123456789abcdefxyz_ACGT%'.split(''), ...AWKWARD_NAMES);

/** One edit of a cookie value: a character changed, inserted or removed; a field swapped, emptied or extended. */
const mutationArb = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(400), text: COOKIE_CHARS }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(400), text: COOKIE_CHARS }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(400), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('field' as const), field: fc.nat(9), text: fc.oneof(COOKIE_CHARS, fc.string({ maxLength: 12 })) }),
  fc.record({
    kind: fc.constant('append' as const),
    field: fc.nat(9),
    text: fc.constantFrom(...AWKWARD_NAMES, 'performance', 'targeting', 'social', 'necessary', 'analytics', 'constructor', 'g', 'c'),
    negate: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('swap' as const), field: fc.nat(9), other: fc.nat(9) }),
);
type Mutation = typeof mutationArb extends fc.Arbitrary<infer T> ? T : never;

function mutate(value: string, m: Mutation): string {
  const fields = value.split('~');
  switch (m.kind) {
    case 'replace': {
      const at = m.at % Math.max(value.length, 1);
      return value.slice(0, at) + m.text + value.slice(at + 1);
    }
    case 'insert': {
      const at = m.at % (value.length + 1);
      return value.slice(0, at) + m.text + value.slice(at);
    }
    case 'delete': {
      const at = m.at % Math.max(value.length, 1);
      return value.slice(0, at) + value.slice(at + m.count);
    }
    case 'field':
      fields[m.field % fields.length] = m.text;
      return fields.join('~');
    case 'append': {
      const i = m.field % fields.length;
      const entry = (m.negate ? '!' : '') + m.text;
      fields[i] = fields[i] ? fields[i] + '.' + entry : entry;
      return fields.join('~');
    }
    case 'swap': {
      const i = m.field % fields.length;
      const j = m.other % fields.length;
      [fields[i], fields[j]] = [fields[j]!, fields[i]!];
      return fields.join('~');
    }
  }
}

describe('decodeConsent under fuzzing (fast-check)', () => {
  it(`never throws and never returns a malformed choice for arbitrary strings (${RUNS} runs × 3 alphabets)`, () => {
    const alphabets = [
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.array(COOKIE_CHARS, { maxLength: 60 }).map((parts) => parts.join('')),
    ];
    for (const strings of alphabets) {
      fc.assert(
        fc.property(configArb, strings, (config, value) => {
          const decoded = decodeConsent(config, value, NOW);
          if (decoded) expectWellFormed(config, decoded);
        }),
        { numRuns: RUNS },
      );
    }
  }, 120_000);

  it(`round-trips every valid choice, services named like Object.prototype members included (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        configArb.chain((config) => fc.tuple(fc.constant(config), consentArb(config))),
        ([config, { consent, gpcConflict, noticePending }]) => {
          const decoded = decodeConsent(config, encodeConsent(config, consent, { gpcConflict, noticePending }), NOW);
          expect(decoded).not.toBeNull();
          expect(decoded!.consent).toEqual(consent);
          expect(decoded!.flags).toEqual({ gpcConflict, noticePending });
        },
      ),
      { numRuns: RUNS },
    );
  }, 120_000);

  it(`never grants more than the original choice after one to three edits of a valid cookie (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        configArb.chain((config) => fc.tuple(fc.constant(config), consentArb(config))),
        fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
        ([config, { consent, gpcConflict }], mutations) => {
          const original = encodeConsent(config, consent, { gpcConflict });
          const value = mutations.reduce(mutate, original);
          const decoded = decodeConsent(config, value, NOW);
          if (!decoded) return;
          expectWellFormed(config, decoded);
          const before = grants({ consent, flags: { gpcConflict } });
          const extra = grants(decoded).filter((g) => !before.includes(g));
          expect(extra, JSON.stringify({ original, value })).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('treats a service named "constructor" or "__proto__" as refused when its category is refused', () => {
    // Found by the round-trip property: a plain-object lookup returned Object.prototype members for these names.
    const config = JSON.parse('{"categories":{"social":{"services":{"constructor":{},"__proto__":{},"toString":{}}}}}');
    const { config: parsed } = parseConfig(config);
    const consent: Consent = {
      categories: ['necessary'],
      services: [],
      consentId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      consentTime: '2026-11-20T10:00:00.000Z',
      updateTime: '2026-11-20T10:00:00.000Z',
      revision: 1,
      gpc: false,
      regime: 'opt-in',
    };
    const decoded = decodeConsent(parsed, encodeConsent(parsed, consent, { gpcConflict: false }), NOW);
    expect(decoded?.consent.services).toEqual([]);
  });
});
