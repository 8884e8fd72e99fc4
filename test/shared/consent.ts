/**
 * Test fixtures shared by unit and browser tests: one builder of a stored choice (`Consent`), in the shape the
 * engine writes, instead of a copy in each test file.
 */
import type { Consent } from '../../src/core/types';

/**
 * A visitor's choice: `necessary` plus `categories`, the `services` granted one by one, made on 1 January 2026 for
 * config revision 1 under the opt-in regime, without GPC; `more` overrides any field.
 *
 * @example choice(['performance'], ['ga'], { gpc: true })
 */
export function choice(categories: string[], services: string[] = [], more: Partial<Consent> = {}): Consent {
  return {
    categories: ['necessary', ...categories],
    services,
    consentId: crypto.randomUUID(),
    consentTime: '2026-01-01T00:00:00.000Z',
    updateTime: '2026-01-01T00:00:00.000Z',
    revision: 1,
    gpc: false,
    regime: 'opt-in',
    ...more,
  };
}

/**
 * A fixed id and fixed times, for tests that compare a choice after it went through the cookie or a server:
 * `choice(['social'], ['youtube'], STORED)`.
 */
export const STORED = {
  consentId: '0f8fad5b-d9cb-469f-a165-70867728950e',
  consentTime: '2026-11-01T10:00:00.000Z',
  updateTime: '2026-11-20T10:00:00.000Z',
} as const;
