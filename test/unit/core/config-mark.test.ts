// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkedMark, configMark, setCheckedMark } from '../../../src/core/engine/config-mark';

/**
 * The mark a cookie carries of the config it was written under (src/core/engine/config-mark.ts). What the script tag
 * does with it (skip the check while the config stays the same) is tested in Chromium:
 * test/browser/on-demand-files/page-view-requests.test.ts.
 */
describe('configMark', () => {
  it('is the same for the same JSON, different for any change, and short enough for the cookie', () => {
    const config = { revision: 2, controller: { name: 'Shop Ltd' } };
    expect(configMark(config)).toBe(configMark(JSON.parse(JSON.stringify(config))));
    expect(configMark(config)).not.toBe(configMark({ ...config, revision: 3 }));
    expect(configMark(config)).not.toBe(configMark({ controller: { name: 'Shop Ltd' }, revision: 2 }));
    expect(configMark(config)).toMatch(/^[0-9a-z]{1,7}$/);
  });

  it('is empty for a config JSON cannot hold, which is then never marked', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(configMark(cyclic)).toBe('');
  });

  it('is what cookies are written with until it is set again', () => {
    setCheckedMark('abc12');
    expect(checkedMark()).toBe('abc12');
    setCheckedMark('');
    expect(checkedMark()).toBe('');
  });
});
