// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { choice, STORED } from '../../shared/consent';

/**
 * `init`'s own rules (src/core/engine/init.ts, through the npm entry's `init`): what a start does with a stored choice
 * and the config's fingerprint, and a second call. Its phases seen from the vendors are in consent-mode.test.ts and
 * vendors.test.ts; the script tag's use of the fingerprint is tested in Chromium (on-demand-files/).
 */
type Core = typeof import('../../../src/core/index');

const CONFIG = { revision: 1, controller: { name: 'Shop Ltd', policyUrl: '/privacy' }, categories: { performance: { services: { ga: {} } } } };

async function fresh(): Promise<{
  core: Core;
  cookie: typeof import('../../../src/core/engine/cookie');
  mark: typeof import('../../../src/core/engine/config-mark');
}> {
  vi.resetModules();
  for (const c of document.cookie.split(';')) document.cookie = c.split('=')[0]!.trim() + '=;Max-Age=0;Path=/';
  const core = await import('../../../src/core/index');
  const cookie = await import('../../../src/core/engine/cookie');
  const mark = await import('../../../src/core/engine/config-mark');
  return { core, cookie, mark };
}

/** The value of our cookie as the page holds it. */
const stored = () => /(?:^|; )cookiegate=([^;]*)/.exec(document.cookie)?.[1];

/** A cookie written by an earlier version or under another config: the same choice, without this config's mark. */
async function writeUnmarked(config: object): Promise<string> {
  const { core, cookie } = await fresh();
  const { config: built } = core.parseConfig(config);
  cookie.saveConsent(built, choice(['performance'], ['ga'], { ...STORED, updateTime: new Date().toISOString().replace(/\.\d+Z$/, '.000Z') }), {
    gpcConflict: false,
  });
  return stored()!;
}

describe('init', () => {
  it('marks a stored choice with the fingerprint of a config checked clean: same choice, same times', async () => {
    const before = await writeUnmarked(CONFIG);
    expect(before.split('~')).toHaveLength(9);
    const { core, mark } = await fresh();
    document.cookie = 'cookiegate=' + before + ';Path=/';
    core.init(CONFIG);
    const after = stored()!.split('~');
    expect(after).toHaveLength(10);
    expect(after[9]).toBe(mark.configMark(CONFIG));
    // Everything the choice says is unchanged; only the hash (which covers the mark) and the mark differ.
    expect([after[0], after[1], ...after.slice(3, 9)]).toEqual([before.split('~')[0], before.split('~')[1], ...before.split('~').slice(3, 9)]);
    expect(core.getConsent()!.consentId).toBe(STORED.consentId);
    expect(core.hasConsent('performance', 'ga')).toBe(true);
  });

  it('leaves the cookie unmarked when the config has a problem, so the next page view checks it again', async () => {
    const broken = { ...CONFIG, ui: { theme: 'purple' } };
    const before = await writeUnmarked(broken);
    const { core } = await fresh();
    document.cookie = 'cookiegate=' + before + ';Path=/';
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    core.init(broken);
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/^cookiegate: ui\.theme: /));
    errors.mockRestore();
    expect(stored()).toBe(before);
    expect(core.hasConsent('performance')).toBe(true);
  });

  it('writes a new choice with the mark of the config in force', async () => {
    const { core, mark } = await fresh();
    core.init(CONFIG);
    core.rejectAll();
    expect(stored()!.split('~')[9]).toBe(mark.configMark(CONFIG));
  });

  it('reports a second call with another config and keeps the first; the same config again is no second start', async () => {
    const { core } = await fresh();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    core.init(CONFIG);
    core.init(JSON.parse(JSON.stringify(CONFIG)));
    expect(errors).not.toHaveBeenCalled();
    core.init({ revision: 9 });
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/^cookiegate: init: expected one call per page/));
    errors.mockRestore();
    expect(core.$config.get().revision).toBe(1);
  });
});
