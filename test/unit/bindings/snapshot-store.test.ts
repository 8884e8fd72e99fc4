// @vitest-environment happy-dom
/**
 * The stores of `cookiegate/svelte` (`consent()`, `granted()`): the server's snapshot until `init` has run, so the
 * first (hydrating) render meets the server's markup, then the live choice, updated on every change.
 */
import { describe, expect, it, vi } from 'vitest';
import { encodeConsent } from '../../../src/core/engine/cookie';
import { parseConfig } from '../../../src/core/engine/config';
import type { Consent, UserConfig } from '../../../src/core/types';
import { STORED, choice } from '../../shared/consent';

const CONFIG: UserConfig = {
  controller: { name: 'Example Ltd', policyUrl: '/privacy' },
  categories: {
    performance: { services: { stats: { provider: 'Example Ltd' } } },
    social: { services: { youtube: {}, vimeo: {} } },
  },
};

const SERVER_READ: Consent = choice(['social'], ['youtube'], { ...STORED, revision: 0 });

/** Fresh module state (stores, `init`), and an empty cookie jar. */
async function fresh() {
  vi.resetModules();
  for (const c of document.cookie.split(';')) document.cookie = c.split('=')[0]!.trim() + '=;Max-Age=0;Path=/';
  const snapshot = await import('../../../src/bindings/snapshot');
  const core = await import('../../../src/core/index');
  const granted = (gate: { config: UserConfig | undefined; consent: Consent | null }, category: string, service?: string) =>
    snapshot.snapshotStore(gate, (choice) => snapshot.isGrantedFor(gate.config, choice, category, service));
  return { snapshot, core, granted };
}

/** Every value a store gives its subscriber (the first one at once, as Svelte's `$store` reads it). */
function record<T>(store: { subscribe(run: (value: T) => void): () => void }): T[] {
  const values: T[] = [];
  store.subscribe((value) => values.push(value));
  return values;
}

describe('snapshot stores (cookiegate/svelte)', () => {
  it('give the server snapshot before init, even when the browser already holds another choice', async () => {
    const { snapshot, granted } = await fresh();
    // A returning visitor whose cookie grants more than the server read: the first render must still match the server.
    const { config } = parseConfig(CONFIG);
    document.cookie =
      'cookiegate=' +
      encodeConsent(
        config,
        { ...SERVER_READ, categories: ['necessary', 'performance', 'social'], services: ['stats', 'youtube', 'vimeo'] },
        { gpcConflict: false },
      ) +
      '; Path=/';
    const gate = { config: CONFIG, consent: SERVER_READ };
    expect(record(snapshot.snapshotStore(gate, (choice) => choice))).toEqual([SERVER_READ]);
    expect(record(granted(gate, 'social', 'youtube'))).toEqual([true]);
    expect(record(granted(gate, 'social', 'vimeo'))).toEqual([false]);
    expect(record(granted(gate, 'social'))).toEqual([true]);
    expect(record(granted(gate, 'performance'))).toEqual([false]);
    expect(record(granted(gate, 'necessary'))).toEqual([true]);
    // A service the config does not have is never granted, whatever the snapshot says.
    expect(record(granted(gate, 'social', 'dailymotion'))).toEqual([false]);
  });

  it('give no choice before init when the server read none', async () => {
    const { snapshot, granted } = await fresh();
    const gate = { config: undefined, consent: null };
    expect(record(snapshot.snapshotStore(gate, (choice) => choice))).toEqual([null]);
    expect(record(granted(gate, 'social', 'youtube'))).toEqual([false]);
    expect(record(granted(gate, 'necessary'))).toEqual([true]);
  });

  it('follow the live choice once init has run, and every change after', async () => {
    const { snapshot, core, granted } = await fresh();
    const gate = { config: CONFIG, consent: SERVER_READ };
    const choices = record(snapshot.snapshotStore(gate, (choice) => choice?.categories ?? null));
    const youtube = record(granted(gate, 'social', 'youtube'));
    const stats = record(granted(gate, 'performance', 'stats'));
    core.init(CONFIG);
    // No cookie in this browser: init's live choice is none, whatever the server snapshot said.
    expect(choices.at(-1)).toBeNull();
    expect(youtube.at(-1)).toBe(false);
    core.acceptAll();
    expect(choices.at(-1)).toEqual(['necessary', 'performance', 'functionality', 'targeting', 'social']);
    expect(youtube.at(-1)).toBe(true);
    expect(stats.at(-1)).toBe(true);
    core.rejectAll();
    expect(stats.at(-1)).toBe(false);
    expect(choices[0]).toEqual(['necessary', 'social']);
  });
});
