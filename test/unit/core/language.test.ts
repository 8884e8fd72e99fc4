// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getTexts, hasTexts, loadTexts } from '../../../src/core/texts/language';
import { SHIPPED_LANGUAGES, isRtl, resolveLanguage } from '../../../src/core/texts/resolve-language';
import { DEFAULT_CONFIG } from '../../../src/core/engine/defaults';
import { parseConfig } from '../../../src/core/engine/config';
import type { Config } from '../../../src/core/types';

const config = (change: Partial<Config> = {}): Config => ({ ...DEFAULT_CONFIG, ...change });
const docWithLang = (lang: string) => ({ documentElement: { lang } }) as unknown as Document;
const navWith = (...languages: string[]) => ({ languages, language: languages[0] }) as unknown as Navigator;

describe('resolveLanguage', () => {
  it('uses config.language when it is not auto', () => {
    expect(resolveLanguage(config({ language: 'fr' }), docWithLang('de'), navWith('nl'))).toBe('fr');
  });

  it('follows <html lang> on auto, matching the primary subtag', () => {
    expect(resolveLanguage(config(), docWithLang('nl-BE'), navWith('de'))).toBe('nl');
  });

  it('falls back to the browser languages in order when the page language is not available', () => {
    expect(resolveLanguage(config(), docWithLang('sw'), navWith('th-TH', 'de-AT', 'fr'))).toBe('de');
  });

  it('offers languages that only config.translations provides', () => {
    const withCa = config({ translations: { 'ca-ES': { reopen: 'Preferències de galetes' } } });
    expect(resolveLanguage(withCa, docWithLang('ca-ES'))).toBe('ca-ES');
    expect(resolveLanguage(withCa, docWithLang('ca'))).toBe('ca-ES');
  });

  it('prefers an exact tag over a primary-subtag match', () => {
    const both = config({ translations: { 'en-GB': { reopen: 'Cookie settings' } } });
    expect(resolveLanguage(both, docWithLang('en-GB'))).toBe('en-GB');
    expect(resolveLanguage(both, docWithLang('en-US'))).toBe('en');
  });

  it('falls back to English when nothing matches', () => {
    expect(resolveLanguage(config({ language: 'sw' }), docWithLang(''), navWith('th-TH', 'vi'))).toBe('en');
  });

  it('matches by script or region where a language ships in two forms, else by the primary subtag', () => {
    const cases: Record<string, string> = {
      'zh-TW': 'zh-Hant',
      'zh-HK': 'zh-Hant',
      'zh-MO': 'zh-Hant',
      'zh-Hant': 'zh-Hant',
      'zh-Hant-CN': 'zh-Hant',
      zh: 'zh-Hans',
      'zh-CN': 'zh-Hans',
      'zh-SG': 'zh-Hans',
      'zh-Hans-HK': 'zh-Hans',
      'pt-BR': 'pt-BR',
      'pt-br': 'pt-BR',
      pt: 'pt',
      'pt-PT': 'pt',
      'pt-AO': 'pt',
      'nl-BE': 'nl',
      no: 'nb',
      nn: 'nb',
      'nb-NO': 'nb',
      'nn-NO': 'nb',
      iw: 'he',
      'ar-EG': 'ar',
      'ga-IE': 'ga',
      'en-US': 'en',
    };
    const found = Object.fromEntries(Object.keys(cases).map((tag) => [tag, resolveLanguage(config(), docWithLang(tag))]));
    expect(found).toEqual(cases);
  });

  it('takes config language first, then <html lang>, then navigator.languages, each matched the same way', () => {
    expect(resolveLanguage(config({ language: 'zh-TW' }), docWithLang('pt-BR'), navWith('nb'))).toBe('zh-Hant');
    expect(resolveLanguage(config(), docWithLang('pt-BR'), navWith('nb'))).toBe('pt-BR');
    expect(resolveLanguage(config(), docWithLang('sw'), navWith('th', 'no-NO', 'de'))).toBe('nb');
  });

  it('knows every shipped language, and writes ar and he right to left', () => {
    for (const lang of SHIPPED_LANGUAGES) expect(resolveLanguage(config(), docWithLang(lang))).toBe(lang);
    expect(SHIPPED_LANGUAGES.filter(isRtl)).toEqual(['ar', 'he']);
  });

  it('knows the shipped languages before their texts are loaded', () => {
    expect(hasTexts(config(), 'nl')).toBe(false);
    expect(resolveLanguage(config(), docWithLang('fr-CA'))).toBe('fr');
    expect(hasTexts(config(), 'en')).toBe(true);
  });

  it('lists exactly the locale files under src/locales/ as shipped', () => {
    const files = readdirSync(join(__dirname, '../../../src/locales'))
      .filter((f) => /^[a-z]{2,3}(-[A-Z][a-z]{3}|-[A-Z]{2})?\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''));
    expect([...SHIPPED_LANGUAGES].sort()).toEqual(files.sort());
  });
});

describe('getTexts', () => {
  beforeAll(async () => {
    for (const lang of SHIPPED_LANGUAGES) expect(await loadTexts(config(), lang)).toBe(true);
  });

  it('gives English for a shipped language until its texts are loaded', async () => {
    vi.resetModules();
    const fresh = await import('../../../src/core/texts/language');
    expect(fresh.getTexts(config(), 'de').banner.rejectAll).toBe('Reject all');
    expect(await fresh.loadTexts(config(), 'de')).toBe(true);
    expect(fresh.hasTexts(config(), 'de')).toBe(true);
    expect(fresh.getTexts(config(), 'de').banner.rejectAll).toBe('Alle ablehnen');
  });

  it('gives the shipped locale with plain reject labels', () => {
    expect(getTexts(config(), 'de').banner.rejectAll).toBe('Alle ablehnen');
    expect(getTexts(config(), 'fr').banner.rejectAll).toBe('Tout refuser');
    expect(getTexts(config(), 'nl').banner.rejectAll).toBe('Alles weigeren');
    expect(getTexts(config(), 'en').banner.rejectAll).toBe('Reject all');
  });

  it('merges a partial translation over the shipped texts, key by key', () => {
    const texts = getTexts(config({ translations: { nl: { banner: { title: 'Cookies?' } } } }), 'nl');
    expect(texts.banner.title).toBe('Cookies?');
    expect(texts.banner.acceptAll).toBe('Alles accepteren');
    expect(texts.modal.save).toBe('Voorkeuren opslaan');
  });

  it('fills English for keys a new language does not translate', () => {
    const texts = getTexts(config({ translations: { ca: { banner: { rejectAll: 'Rebutja-ho tot' } } } }), 'ca');
    expect(texts.banner.rejectAll).toBe('Rebutja-ho tot');
    expect(texts.banner.acceptAll).toBe('Accept all');
  });

  it('names categories by translation, then config title, then shipped text, then id', () => {
    const categories = [
      { id: 'necessary', readOnly: true, saleOrShare: false, services: [] },
      { id: 'performance', readOnly: false, saleOrShare: false, title: 'Analytics', services: [] },
      { id: 'social', readOnly: false, saleOrShare: true, services: [] },
      { id: 'chat', readOnly: false, saleOrShare: false, services: [] },
    ];
    const texts = getTexts(config({ categories, translations: { de: { categories: { social: { title: 'Netzwerke' } } } } }), 'de');
    expect(texts.categories.social!.title).toBe('Netzwerke');
    expect(texts.categories.social!.description).toContain('sozialen Netzwerke');
    expect(texts.categories.performance!.title).toBe('Analytics');
    expect(texts.categories.necessary!.title).toBe('Unbedingt erforderlich');
    expect(texts.categories.chat).toEqual({ title: 'chat', description: '' });
  });

  it('ships every key of the English texts in every locale', () => {
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((s) => k + '.' + s) : [k]));
    const english = keys(getTexts(config(), 'en')).sort();
    for (const lang of SHIPPED_LANGUAGES) expect(keys(getTexts(config(), lang)).sort()).toEqual(english);
  });

  it('never says the site needs cookies to be used', () => {
    for (const lang of ['en', ...SHIPPED_LANGUAGES]) {
      const all = JSON.stringify(getTexts(config(), lang)).toLowerCase();
      expect(all).not.toMatch(/by using this site|to continue|en poursuivant|indem sie|door verder|weiter zu nutzen/);
    }
  });
});

describe('loadTexts', () => {
  const errors = () => vi.mocked(console.error).mock.calls.map((c) => String(c[0]));
  let fresh: typeof import('../../../src/core/texts/language');
  beforeEach(async () => {
    // A fresh module each time: what a page loads once stays loaded.
    vi.resetModules();
    fresh = await import('../../../src/core/texts/language');
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
  const answer = (body: unknown, status = 200) => vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));

  it('fetches a shipped locale from the given base URL, once, and checks it', async () => {
    const fetchMock = answer({ banner: { rejectAll: 'Alles weigeren', bogus: 'x' } });
    vi.stubGlobal('fetch', fetchMock);
    const [a, b] = await Promise.all([fresh.loadTexts(config(), 'nl', '/cg/locales/'), fresh.loadTexts(config(), 'nl-BE', '/cg/locales/')]);
    expect([a, b]).toEqual([true, true]);
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual(['/cg/locales/nl.json']);
    expect(fresh.getTexts(config(), 'nl').banner.rejectAll).toBe('Alles weigeren');
    expect(fresh.getTexts(config(), 'nl').banner.acceptAll).toBe('Accept all');
    expect(errors()).toEqual([expect.stringMatching(/^cookiegate: \/cg\/locales\/nl\.json\.banner\.bogus: unknown key/)]);
  });

  it('reports a file that does not load once, naming its URL, and resolves false (English stays)', async () => {
    vi.stubGlobal('fetch', answer('not found', 404));
    expect(await fresh.loadTexts(config(), 'de', 'https://cdn.example/cg/locales/')).toBe(false);
    expect(await fresh.loadTexts(config(), 'de', 'https://cdn.example/cg/locales/')).toBe(false);
    expect(errors()).toEqual(['cookiegate: language: could not load the texts from https://cdn.example/cg/locales/de.json (HTTP 404); showing English']);
    expect(fresh.getTexts(config(), 'de').banner.rejectAll).toBe('Reject all');
  });

  it('gives up after 3 s without an answer', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise(() => {})),
    );
    const result = fresh.loadTexts(config(), 'fr', '/l/');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(await result).toBe(false);
    expect(errors()).toEqual(['cookiegate: language: could not load the texts from /l/fr.json (no answer after 3 s); showing English']);
  });

  it('a translations URL named like an Object.prototype member is fetched like any other', async () => {
    const fetchMock = answer({ banner: { rejectAll: 'Rechazar todo' } });
    vi.stubGlobal('fetch', fetchMock);
    for (const url of ['constructor', '__proto__']) {
      const withUrl = config({ translations: { es: url } });
      expect(fresh.hasTexts(withUrl, 'es')).toBe(false);
      expect(await fresh.loadTexts(withUrl, 'es')).toBe(true);
      expect(fresh.getTexts(withUrl, 'es').banner.rejectAll).toBe('Rechazar todo');
    }
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual(['constructor', '__proto__']);
  });

  it('refuses a file that is not an object of texts', async () => {
    vi.stubGlobal('fetch', answer(['a']));
    expect(await fresh.loadTexts(config(), 'fr', '/l/')).toBe(false);
    expect(errors()[0]).toContain('(not an object of texts)');
  });

  it('loads a translations URL instead of the shipped file', async () => {
    const fetchMock = answer({ banner: { rejectAll: 'Alles afwijzen' } });
    vi.stubGlobal('fetch', fetchMock);
    const withUrl = config({ translations: { nl: '/i18n/nl.json', es: '/i18n/es.json' } });
    expect(fresh.hasTexts(withUrl, 'nl')).toBe(false);
    expect(await fresh.loadTexts(withUrl, 'nl', '/cg/locales/')).toBe(true);
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual(['/i18n/nl.json']);
    expect(fresh.getTexts(withUrl, 'nl').banner.rejectAll).toBe('Alles afwijzen');
    // Anything the file leaves out is English: the file stands for the whole language.
    expect(fresh.getTexts(withUrl, 'nl').banner.acceptAll).toBe('Accept all');
    vi.stubGlobal('fetch', answer('', 500));
    expect(await fresh.loadTexts(withUrl, 'es')).toBe(false);
    expect(errors()).toEqual(['cookiegate: translations.es: could not load the texts from /i18n/es.json (HTTP 500); showing English']);
  });

  it('needs no file when an inline translation gives every text the shipped locale would', () => {
    const full = JSON.parse(JSON.stringify(getTexts(config(), 'nl')));
    expect(fresh.hasTexts(config({ translations: { nl: full } }), 'nl')).toBe(true);
    delete full.modal.save;
    expect(fresh.hasTexts(config({ translations: { nl: full } }), 'nl')).toBe(false);
    // Category texts count only for configured categories; a category's own title from config fills in.
    const noCategories = { ...JSON.parse(JSON.stringify(getTexts(config(), 'nl'))), categories: {} };
    expect(fresh.hasTexts(config({ translations: { nl: noCategories } }), 'nl')).toBe(false);
    const categories = DEFAULT_CONFIG.categories.map((c) => ({ ...c, title: 'T ' + c.id, description: 'D' }));
    expect(fresh.hasTexts(config({ categories, translations: { nl: noCategories } }), 'nl')).toBe(true);
  });
});

describe('translations.<lang> as a URL in config', () => {
  it('keeps an http(s) or relative URL and refuses other schemes and other types, naming the path', () => {
    const { config: parsed, problems } = parseConfig({
      translations: { nl: '/i18n/nl.json', fr: 'https://cdn.example/fr.json', de: 'javascript:alert(1)', es: 7 },
    });
    expect(parsed.translations).toEqual({ nl: '/i18n/nl.json', fr: 'https://cdn.example/fr.json' });
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['url', 'translations.de'],
      ['type', 'translations.es'],
    ]);
  });
});

describe('isRtl', () => {
  it('is true for right-to-left scripts only', () => {
    expect(['ar', 'he-IL', 'fa', 'ur'].map(isRtl)).toEqual([true, true, true, true]);
    expect(['en', 'de', 'fr-CA', 'nl'].map(isRtl)).toEqual([false, false, false, false]);
  });
});
