// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { getTexts, isRtl, resolveLanguage } from '../../../src/core/language';
import { DEFAULT_CONFIG } from '../../../src/core/defaults';
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
    expect(resolveLanguage(config(), docWithLang('ja'), navWith('es-ES', 'de-AT', 'fr'))).toBe('de');
  });

  it('offers languages that only config.translations provides', () => {
    const withPt = config({ translations: { 'pt-BR': { reopen: 'Preferências de cookies' } } });
    expect(resolveLanguage(withPt, docWithLang('pt-BR'))).toBe('pt-BR');
    expect(resolveLanguage(withPt, docWithLang('pt'))).toBe('pt-BR');
  });

  it('prefers an exact tag over a primary-subtag match', () => {
    const both = config({ translations: { 'en-GB': { reopen: 'Cookie settings' } } });
    expect(resolveLanguage(both, docWithLang('en-GB'))).toBe('en-GB');
    expect(resolveLanguage(both, docWithLang('en-US'))).toBe('en');
  });

  it('falls back to English when nothing matches', () => {
    expect(resolveLanguage(config({ language: 'ja' }), docWithLang(''), navWith('zh-CN'))).toBe('en');
  });
});

describe('getTexts', () => {
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
    const texts = getTexts(config({ translations: { es: { banner: { rejectAll: 'Rechazar todo' } } } }), 'es');
    expect(texts.banner.rejectAll).toBe('Rechazar todo');
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
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v == 'object' ? keys(v).map((s) => k + '.' + s) : [k]));
    const english = keys(getTexts(config(), 'en')).sort();
    for (const lang of ['nl', 'fr', 'de']) expect(keys(getTexts(config(), lang)).sort()).toEqual(english);
  });

  it('never says the site needs cookies to be used', () => {
    for (const lang of ['en', 'nl', 'fr', 'de']) {
      const all = JSON.stringify(getTexts(config(), lang)).toLowerCase();
      expect(all).not.toMatch(/by using this site|to continue|en poursuivant|indem sie|door verder|weiter zu nutzen/);
    }
  });
});

describe('isRtl', () => {
  it('is true for right-to-left scripts only', () => {
    expect(['ar', 'he-IL', 'fa', 'ur'].map(isRtl)).toEqual([true, true, true, true]);
    expect(['en', 'de', 'fr-CA', 'nl'].map(isRtl)).toEqual([false, false, false, false]);
  });
});
