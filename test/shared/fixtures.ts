/**
 * Test fixtures shared by unit and browser tests: the configs the tests use, written once. A stored choice is built
 * by `choice()` (test/shared/consent.ts).
 */
import type { Regime } from '../../src/core/types';

/** A regions map for the United States: opt-out in the country and California, notice in Texas, opt-in elsewhere. */
export const US_STATES: Record<string, Regime> = { US: 'opt-out', 'US-CA': 'opt-out', 'US-TX': 'notice', default: 'opt-in' };
