// @vitest-environment happy-dom
/**
 * The vendors whose denied state went out before the config (src/core/integrations/held-vendors.ts): one set, shared
 * by the vendor integration that fills it and the start-up check that reads it, without either importing the other.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/core/engine/defaults';
import { reportLateVendors } from '../../../src/core/engine/page-checks';
import { heldVendors } from '../../../src/core/integrations/held-vendors';
import { heldVendors as fromVendors, vendors } from '../../../src/core/integrations/vendors';
import type { Config } from '../../../src/core/types';

const config: Config = { ...DEFAULT_CONFIG, vendors: { meta: 'targeting' } };
const w = window as unknown as { fbq?: unknown };

afterEach(() => {
  vi.restoreAllMocks();
  heldVendors.clear();
  delete w.fbq;
});

describe('held vendors', () => {
  it('is empty at first and the same set the vendor integration exports', () => {
    expect(heldVendors.size).toBe(0);
    expect(fromVendors).toBe(heldVendors);
  });

  it('gets meta once the vendor integration sent its revoke, so a later fbq("init") is not blamed on the site', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const calls: unknown[][] = [];
    w.fbq = Object.assign((...args: unknown[]) => void calls.push(args), { queue: [] as unknown[] });
    const meta = vendors();
    meta.start!(config);
    expect(calls).toEqual([['consent', 'revoke']]);
    expect([...heldVendors]).toEqual(['meta']);
    (w.fbq as { queue: unknown[] }).queue.push({ length: 2, 0: 'init', 1: '123' });
    reportLateVendors(config);
    expect(error).not.toHaveBeenCalled();
    meta.stop?.();
  });
});
