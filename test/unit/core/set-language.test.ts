// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Core = typeof import('../../../src/core/index');
let core: Core;
let setLocalesBase: typeof import('../../../src/core/texts/language').setLocalesBase;

beforeEach(async () => {
  // Fresh stores and a fresh cache of loaded texts for each test.
  vi.resetModules();
  core = await import('../../../src/core/index');
  ({ setLocalesBase } = await import('../../../src/core/texts/language'));
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const errors = () => vi.mocked(console.error).mock.calls.map((c) => String(c[0]));

/** Answers every locale fetch at once except nl.json, which waits for the returned release(). */
function holdDutchFile(): () => void {
  let release!: () => void;
  const slow = new Promise<void>((resolve) => (release = resolve));
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (url.endsWith('nl.json')) await slow;
      return new Response(JSON.stringify({ reopen: url }));
    }),
  );
  return release;
}

describe('setLanguage', () => {
  it('loads a shipped language matched by its primary subtag, then switches', async () => {
    expect(core.$language.get()).toBe('en');
    const switching = core.setLanguage('de-AT');
    // the UI keeps its language until the texts are here
    expect(core.$language.get()).toBe('en');
    expect(await switching).toBe(true);
    expect(core.$language.get()).toBe('de');
    expect(core.getTexts(core.$config.get(), core.$language.get()).banner.rejectAll).toBe('Alle ablehnen');
  });

  it('fetches from the base init was given', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ banner: { rejectAll: 'Tout refuser' } })));
    vi.stubGlobal('fetch', fetchMock);
    setLocalesBase('/static/cg/');
    expect(await core.setLanguage('fr')).toBe(true);
    expect(fetchMock.mock.calls.map((c) => String(c[0]))).toEqual(['/static/cg/fr.json']);
    expect(core.$language.get()).toBe('fr');
  });

  it('a language without texts shows English and says so', async () => {
    expect(await core.setLanguage('sw')).toBe(false);
    expect(core.$language.get()).toBe('en');
    expect(await core.setLanguage('en-GB')).toBe(true);
  });

  it('a file that fails leaves English, reported once', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('gone', { status: 404 })),
    );
    setLocalesBase('/l/');
    expect(await core.setLanguage('nl')).toBe(false);
    expect(core.$language.get()).toBe('en');
    expect(errors()).toEqual(['cookiegate: language: could not load the texts from /l/nl.json (HTTP 404); showing English']);
  });

  it('the last call wins, even when an earlier file arrives later', async () => {
    const release = holdDutchFile();
    setLocalesBase('/l/');
    const first = core.setLanguage('nl');
    const second = core.setLanguage('fr');
    await second;
    release();
    await first;
    expect(core.$language.get()).toBe('fr');
  });

  it('a switch made while init still loads the page language is not undone when that file arrives', async () => {
    const release = holdDutchFile();
    document.documentElement.lang = 'nl';
    core.init({}, { localesUrl: '/l/' });
    expect(await core.setLanguage('fr')).toBe(true);
    release();
    await vi.waitFor(() => expect(core.$ui.get().banner).toBe(true));
    expect(core.$language.get()).toBe('fr');
    document.documentElement.lang = '';
  });
});
