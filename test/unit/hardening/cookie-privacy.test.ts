/**
 * The consent cookie carries no personal data: whatever the visitor chose, its value is only the format version,
 * the config revision, a hash, category ids, service names, a random v4 UUID, two timestamps and flags (GPC, the
 * regime, a notice still to dismiss).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeConsent } from '../../../src/core/engine/cookie';
import { NOW, RUNS, configArb, consentArb } from './arbitraries';
import { STORED, choice } from '../../shared/consent';

const ID = '[A-Za-z0-9_-]+';
const LIST = (item: string) => '(?:' + item + '(?:\\.' + item + ')*)?';
const FORMAT = new RegExp(
  '^1~\\d+~[0-9a-z]{1,7}~' +
    LIST(ID) +
    '~' +
    LIST('!?' + ID) +
    '~[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}~[0-9a-z]{1,9}~[0-9a-z]{1,9}~g?c?[onx]?p?$',
);

describe('consent cookie content', () => {
  it(`is only version, revision, hash, ids, a UUID, two times and flags, for any choice (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        configArb.chain((config) => fc.tuple(fc.constant(config), consentArb(config))),
        ([config, { consent, gpcConflict, noticePending }]) => {
          const value = encodeConsent(config, consent, { gpcConflict, noticePending });
          expect(value).toMatch(FORMAT);
          const [, , , categories, exceptions, , created, updated] = value.split('~') as string[];
          const ids = config.categories.map((c) => c.id);
          const services = config.categories.flatMap((c) => c.services.map((s) => s.id));
          for (const id of categories ? categories.split('.') : []) expect(ids).toContain(id);
          for (const name of exceptions ? exceptions.split('.') : []) expect(services).toContain(name.replace(/^!/, ''));
          // Times are whole seconds of the choice: no finer timing to fingerprint with.
          for (const t of [created, updated]) expect(parseInt(t!, 36) * 1000).toBeLessThanOrEqual(NOW);
        },
      ),
      { numRuns: RUNS },
    );
    // 2000 generated configs: seconds on a busy shared machine, beyond vitest's default 5 s.
  }, 60_000);

  it('never holds the controller, labels, texts, the URL or the user agent', () => {
    const value = encodeConsent(
      fc.sample(configArb, { numRuns: 1, seed: 7 })[0]!,
      choice([], [], { ...STORED, consentTime: '2026-11-20T10:00:00.000Z', revision: 0, gpc: true }),
      { gpcConflict: false },
    );
    expect(value).not.toMatch(/http|@|Mozilla|Example|[\s;,"]/);
    expect(value.length).toBeLessThan(200);
  });
});
