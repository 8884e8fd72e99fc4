// @vitest-environment happy-dom
/**
 * init and a locale file: the banner waits for the texts of the page's language (no English first), a stored choice
 * does not wait, and a file that fails leaves the UI in English, saying so with `$language`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Core = typeof import('../../../src/core/index');
type Stores = typeof import('../../../src/core/engine/stores');

const NL = { banner: { rejectAll: 'Alles weigeren' } };

/** A fetch that answers when `release` is called: 200 with `body`, or the given status. */
function pendingFetch() {
  let release: (status?: number) => void = () => {};
  const fetchMock = vi.fn(
    () =>
      new Promise<Response>((resolve) => {
        release = (status = 200) => resolve(new Response(status === 200 ? JSON.stringify(NL) : 'no', { status }));
      }),
  );
  return { fetchMock, release: (status?: number) => release(status) };
}

/** A fresh core on a `<html lang="nl">` page, cookies cleared unless `keepCookies`. */
async function freshCore(keepCookies = false): Promise<Core & { stores: Stores }> {
  vi.resetModules();
  if (!keepCookies) for (const c of document.cookie.split(';')) document.cookie = c.split('=')[0]!.trim() + '=;Max-Age=0;Path=/';
  const core = await import('../../../src/core/index');
  const stores = await import('../../../src/core/engine/stores');
  return Object.assign(core, { stores });
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('init with a locale to load', () => {
  beforeEach(() => {
    document.documentElement.lang = 'nl';
    document.body.innerHTML = '';
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    document.documentElement.lang = '';
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('opens the banner only once the texts are there, then in that language', async () => {
    const { fetchMock, release } = pendingFetch();
    vi.stubGlobal('fetch', fetchMock);
    const core = await freshCore();
    core.init({}, { localesUrl: '/cg/locales/' });
    await vi.waitFor(() => expect(fetchMock.mock.calls.map((c) => String(c[0]))).toEqual(['/cg/locales/nl.json']));
    expect(core.$ui.get().banner).toBe(false);
    expect(core.stores.$loadingTexts.get()).toBe(true);
    expect(core.$language.get()).toBe('en');
    release();
    await vi.waitFor(() => expect(core.stores.$loadingTexts.get()).toBe(false));
    expect(core.$language.get()).toBe('nl');
    expect(core.$ui.get().banner).toBe(true);
    expect(core.getTexts(core.$config.get(), core.$language.get()).banner.rejectAll).toBe('Alles weigeren');
    expect(console.error).not.toHaveBeenCalled();
  });

  it('shows English when the file fails, with one error naming it', async () => {
    const { fetchMock, release } = pendingFetch();
    vi.stubGlobal('fetch', fetchMock);
    const core = await freshCore();
    core.init({}, { localesUrl: '/cg/locales/' });
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    release(404);
    await vi.waitFor(() => expect(core.stores.$loadingTexts.get()).toBe(false));
    expect(core.$language.get()).toBe('en');
    expect(core.$ui.get().banner).toBe(true);
    expect(vi.mocked(console.error).mock.calls.map((c) => c[0])).toEqual([
      'cookiegate: language: could not load the texts from /cg/locales/nl.json (HTTP 404); showing English',
    ]);
  });

  it('does not reopen the banner when a choice came while the texts loaded', async () => {
    const { fetchMock, release } = pendingFetch();
    vi.stubGlobal('fetch', fetchMock);
    const core = await freshCore();
    core.init({}, { localesUrl: '/cg/locales/' });
    core.rejectAll();
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    release();
    await vi.waitFor(() => expect(core.stores.$loadingTexts.get()).toBe(false));
    expect(core.$ui.get().banner).toBe(false);
    expect(core.$language.get()).toBe('nl');
  });

  it('puts a stored choice in force at once, without waiting for the texts', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(NL))),
    );
    const first = await freshCore();
    first.init({}, { localesUrl: '/cg/locales/' });
    first.accept(['performance']);
    await flush();
    const { fetchMock } = pendingFetch();
    vi.stubGlobal('fetch', fetchMock);
    const core = await freshCore(true);
    core.init({}, { localesUrl: '/cg/locales/' });
    expect(core.stores.$loadingTexts.get()).toBe(true);
    expect(core.hasConsent('performance')).toBe(true);
    expect(core.$ui.get().banner).toBe(false);
  });

  it('a record made after the texts loaded names their language and hashes the texts shown', async () => {
    const { fetchMock, release } = pendingFetch();
    vi.stubGlobal('fetch', fetchMock);
    const core = await freshCore();
    const { shortHash } = await import('../../../src/core/platform/hash');
    core.init({ records: { endpoint: '/records' } }, { localesUrl: '/cg/locales/' });
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    release();
    await vi.waitFor(() => expect(core.stores.$loadingTexts.get()).toBe(false));
    core.acceptAll('banner');
    // Records are an integration loaded on demand: the POST follows once its chunk is here.
    const posted = () => fetchMock.mock.calls.find((c) => String(c[0]) === '/records') as unknown as [string, RequestInit] | undefined;
    await vi.waitFor(() => expect(posted()).toBeDefined());
    const post = posted();
    const record = JSON.parse(String(post![1].body));
    const config = core.$config.get();
    expect(record.language).toBe('nl');
    expect(record.configHash).toBe(shortHash(JSON.stringify(config) + JSON.stringify(core.getTexts(config, 'nl'))));
    expect(record.configHash).not.toBe(shortHash(JSON.stringify(config) + JSON.stringify(core.getTexts(config, 'en'))));
  });

  it('loads nothing for English, or for a language with a complete inline translation', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    document.documentElement.lang = 'en';
    const core = await freshCore();
    core.init({});
    expect(core.$ui.get().banner).toBe(true);
    expect(core.stores.$loadingTexts.get()).toBe(false);
    document.documentElement.lang = 'nl';
    const full = await freshCore();
    // Every text, English words or not: the shipped Dutch file would add nothing.
    full.init({ translations: { nl: full.TEXTS_EN } });
    expect(full.$language.get()).toBe('nl');
    expect(full.$ui.get().banner).toBe(true);
    await flush();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
