// @vitest-environment happy-dom
/**
 * The stores (src/core/engine/stores.ts) before `init`: a page that has not started cookiegate, or one whose config
 * failed, holds no choice, opens nothing and applies the strictest regime (fail closed). A UI of one's own follows
 * them through `subscribe`.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/core/engine/defaults';
import { $config, $consent, $gpc, $language, $loadingTexts, $region, $regime, $ui } from '../../../src/core/engine/stores';
import * as core from '../../../src/core/index';
import { choice } from '../../shared/consent';

describe('the stores before init', () => {
  it('hold the defaults, no choice, a closed UI, no GPC, English and the opt-in regime', () => {
    expect($config.get()).toBe(DEFAULT_CONFIG);
    expect($consent.get()).toBeNull();
    expect($ui.get()).toEqual({ banner: false, preferences: false });
    expect($gpc.get()).toBe(false);
    expect($regime.get()).toBe('opt-in');
    expect($region.get()).toBeUndefined();
    expect($language.get()).toBe('en');
    expect($loadingTexts.get()).toBe(false);
  });

  it('are the ones cookiegate/core exports, except the internal region and text loading', () => {
    expect([core.$config, core.$consent, core.$ui, core.$gpc, core.$regime, core.$language]).toEqual([$config, $consent, $ui, $gpc, $regime, $language]);
    expect('$region' in core).toBe(false);
    expect('$loadingTexts' in core).toBe(false);
  });

  it('tell a subscriber the value now and each change, and $ui one key at a time', () => {
    const seen: Array<string[] | null> = [];
    const off = $consent.subscribe((consent) => seen.push(consent?.categories ?? null));
    $consent.set(choice(['performance']));
    $consent.set(null);
    off();
    expect(seen).toEqual([null, ['necessary', 'performance'], null]);
    const ui: boolean[] = [];
    const offUi = $ui.subscribe((state) => ui.push(state.banner));
    $ui.setKey('banner', true);
    offUi();
    expect(ui).toEqual([false, true]);
    expect($ui.get().preferences).toBe(false);
    $ui.setKey('banner', false);
  });
});
