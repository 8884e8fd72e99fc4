// @vitest-environment node
/**
 * The `cookiegate` Trusted Types policy (src/core/platform/trusted-types.ts). Node has no Trusted Types, so a page that
 * has them gets a `trustedTypes` factory here that wraps values as a browser does (`TrustedScript` objects).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

type Module = typeof import('../../../src/core/platform/trusted-types');

/** A browser's `trustedTypes`: records each policy created, and refuses names the page's CSP does not list. */
function installTrustedTypes(allowed: string[]) {
  const created: Array<{ name: string; rules: Record<string, (s: string) => string> }> = [];
  const createPolicy = vi.fn((name: string, rules: Record<string, (s: string) => string>) => {
    if (!allowed.includes(name)) throw new TypeError('Policy "' + name + '" disallowed.');
    created.push({ name, rules });
    return {
      createScript: (s: string) => ({ trusted: 'script', value: rules.createScript!(s) }),
      createScriptURL: (s: string) => ({ trusted: 'url', value: rules.createScriptURL!(s) }),
    };
  });
  vi.stubGlobal('trustedTypes', { createPolicy });
  return { created, createPolicy };
}

/** The module as a fresh page loads it (the policy is created once per page). */
async function fresh(): Promise<Module> {
  vi.resetModules();
  return import('../../../src/core/platform/trusted-types');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Trusted Types', () => {
  it('creates one policy named "cookiegate", once, that passes text and URLs through unchanged', async () => {
    const { created, createPolicy } = installTrustedTypes(['cookiegate']);
    const tt = await fresh();
    expect(tt.trustedScript('gtag("js", new Date())')).toEqual({ trusted: 'script', value: 'gtag("js", new Date())' });
    expect(tt.trustedScriptUrl('https://cdn.test/a.js?x=1&y=2')).toEqual({ trusted: 'url', value: 'https://cdn.test/a.js?x=1&y=2' });
    expect(created.map((p) => p.name)).toEqual(['cookiegate']);
    expect(createPolicy).toHaveBeenCalledTimes(1);
  });

  it('hands values back as they are where the browser has no Trusted Types', async () => {
    const tt = await fresh();
    expect(tt.trustedScript('a()')).toBe('a()');
    expect(tt.trustedScriptUrl('/b.js')).toBe('/b.js');
  });

  it('does not throw when the page does not allow the policy, and asks only once', async () => {
    const { createPolicy } = installTrustedTypes(['site-policy']);
    const tt = await fresh();
    expect(tt.trustedScriptUrl('/c.js')).toBe('/c.js');
    expect(tt.trustedScript('c()')).toBe('c()');
    expect(createPolicy).toHaveBeenCalledTimes(1);
  });
});
