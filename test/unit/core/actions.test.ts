// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Core = typeof import('../../../src/core/index');

const CONFIG = {
  categories: {
    performance: { services: { ga: { cookies: ['_ga'] }, hj: {} } },
    social: { services: { yt: {}, x: {} } },
  },
};

/** A fresh core (module state and cookies reset) for each test. */
async function freshCore(gpc = false): Promise<Core> {
  vi.resetModules();
  for (const c of document.cookie.split(';')) document.cookie = c.split('=')[0]!.trim() + '=;Max-Age=0;Path=/';
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: gpc, configurable: true });
  const core = await import('../../../src/core/index');
  core.init(CONFIG);
  return core;
}

describe('actions', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('starts with no consent and the banner requested', async () => {
    const core = await freshCore();
    expect(core.getConsent()).toBeNull();
    expect(core.$ui.get()).toEqual({ banner: true, preferences: false });
    expect(core.hasConsent('necessary')).toBe(true);
    expect(core.hasConsent('performance')).toBe(false);
  });

  it('acceptAll grants every category and service and closes the banner', async () => {
    const core = await freshCore();
    core.acceptAll();
    const consent = core.getConsent()!;
    expect(consent.categories).toEqual(['necessary', 'performance', 'functionality', 'targeting', 'social']);
    expect(consent.services).toEqual(['ga', 'hj', 'yt', 'x']);
    expect(core.$ui.get().banner).toBe(false);
    expect(document.cookie).toMatch(/cookiegate=1~1~/);
  });

  it('rejectAll keeps only necessary', async () => {
    const core = await freshCore();
    core.rejectAll();
    expect(core.getConsent()!.categories).toEqual(['necessary']);
    expect(core.getConsent()!.services).toEqual([]);
  });

  it('accept with a services array grants exactly those services', async () => {
    const core = await freshCore();
    core.accept(['performance'], ['ga', 'yt']);
    expect(core.hasConsent('performance')).toBe(true);
    expect(core.hasConsent('performance', 'ga')).toBe(true);
    expect(core.hasConsent('performance', 'hj')).toBe(false);
    expect(core.hasConsent('social')).toBe(false);
    expect(core.hasConsent('social', 'yt')).toBe(true);
  });

  it('accept with a services record overrides services one by one', async () => {
    const core = await freshCore();
    core.accept(['performance', 'social'], { x: false });
    expect(core.getConsent()!.services).toEqual(['ga', 'hj', 'yt']);
  });

  it('a services record counts only its own keys: a polluted Object.prototype grants nothing, __proto__ is a service', async () => {
    const core = await freshCore();
    const proto = Object.prototype as Record<string, unknown>;
    proto.yt = true;
    try {
      core.accept(['performance'], {});
    } finally {
      delete proto.yt;
    }
    expect(core.getConsent()!.services).toEqual(['ga', 'hj']);
    // JSON keeps __proto__ as an own key, as a services record built from a form or a message would.
    core.accept(['performance'], JSON.parse('{"__proto__": true, "hj": false}'));
    expect(core.getConsent()!.services).toEqual(['ga']);
  });

  it('ignores unknown categories and never lets necessary be refused', async () => {
    const core = await freshCore();
    core.accept(['nonsense', 'performance']);
    expect(core.getConsent()!.categories).toEqual(['necessary', 'performance']);
    expect(core.hasConsent('nonsense')).toBe(false);
  });

  it('fires consent for the first choice and change, with what changed, after', async () => {
    const core = await freshCore();
    const seen: string[] = [];
    core.on('consent', (d) => seen.push('consent:' + d.action + ':' + d.changed.categories.join(',')));
    core.on('change', (d) => seen.push('change:' + d.action + ':' + d.changed.categories.join(',') + ':' + d.previous!.consentId.length));
    const windowEvents: string[] = [];
    window.addEventListener('cookiegate:change', (e) => windowEvents.push((e as CustomEvent).detail.action));
    core.accept(['performance', 'social']);
    core.accept(['social']);
    expect(seen).toEqual(['consent:custom:performance,functionality,targeting,social', 'change:withdraw:performance:36']);
    expect(windowEvents).toEqual(['withdraw']);
  });

  it('keeps the first consent time and gives each choice a new id', async () => {
    const core = await freshCore();
    core.acceptAll();
    const first = core.getConsent()!;
    core.rejectAll();
    const second = core.getConsent()!;
    expect(second.consentTime).toBe(first.consentTime);
    expect(second.consentId).not.toBe(first.consentId);
  });

  it('reset forgets the choice and asks again', async () => {
    const core = await freshCore();
    core.acceptAll();
    core.reset();
    expect(core.getConsent()).toBeNull();
    expect(core.$ui.get().banner).toBe(true);
    expect(document.cookie).not.toMatch(/cookiegate=/);
  });

  it('under GPC, Accept all and API calls leave sale/share categories refused', async () => {
    const core = await freshCore(true);
    expect(core.$gpc.get()).toBe(true);
    core.acceptAll('banner');
    expect(core.getConsent()!.categories).toEqual(['necessary', 'performance', 'functionality']);
    expect(core.getConsent()!.gpc).toBe(true);
    core.accept(['targeting', 'social']);
    expect(core.hasConsent('targeting')).toBe(false);
    core.acceptAll('modal');
    expect(core.hasConsent('social')).toBe(false);
  });

  it('under GPC, an explicit switch saved in the preferences grants a sale/share category', async () => {
    const core = await freshCore(true);
    core.accept(['targeting'], undefined, 'modal');
    expect(core.hasConsent('targeting')).toBe(true);
    // The flags field (the ninth): GPC honoured, and a GPC-refused category granted explicitly.
    expect(
      document.cookie
        .replace(/^.*cookiegate=/, '')
        .split(';')[0]!
        .split('~')[8],
    ).toBe('gc');
  });

  it('a GPC signal also overrides a stored grant of a single sale/share service', async () => {
    const first = await freshCore(false);
    first.accept([], ['yt']); // e.g. "Allow YouTube" on a placeholder, before the browser sent GPC
    expect(first.hasConsent('social', 'yt')).toBe(true);
    vi.resetModules();
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const again = await import('../../../src/core/index');
    again.init(CONFIG);
    expect(again.hasConsent('social', 'yt')).toBe(false);
    expect(again.getConsent()!.gpc).toBe(true);
    expect(again.$ui.get().banner).toBe(true);
  });

  it('without GPC honoured by config, nothing is filtered', async () => {
    vi.resetModules();
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const core = await import('../../../src/core/index');
    core.init({ gpc: false });
    core.acceptAll();
    expect(core.hasConsent('targeting')).toBe(true);
  });

  it('reports a second init with another config and keeps the first config', async () => {
    const core = await freshCore();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    core.init({ revision: 9 });
    expect(core.$config.get().revision).toBe(1);
    expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringMatching(/^cookiegate: init: .*another config/)]);
    errors.mockRestore();
  });

  it('takes a second init with an equal config (React Strict Mode runs effects twice) silently, as the same start', async () => {
    const core = await freshCore();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const first = core.$config.get();
    // A new object with the same content, as a component that builds its config inline passes on its second run.
    expect(core.init(JSON.parse(JSON.stringify(CONFIG)))).toBe(first);
    expect(errors).not.toHaveBeenCalled();
    core.acceptAll();
    expect(core.getConsent()!.categories).toContain('social');
    errors.mockRestore();
  });
});
