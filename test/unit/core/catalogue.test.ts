// @vitest-environment happy-dom
/**
 * Catalogue entries at run time (src/core/engine/catalogue.ts), fetched as the script tag does
 * (`catalogue/<id>.json` beside it). What a config inherits from the real entries, through the ESM import, is in
 * test/unit/catalogue/use.test.ts; here, what the loader does with answers good, bad and missing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Config, Service } from '../../../src/core/types';
import { choice } from '../../shared/consent';

type Catalogue = typeof import('../../../src/core/engine/catalogue') & typeof import('../../../src/core/engine/catalogue-cleanup');
type Stores = typeof import('../../../src/core/engine/stores');

const BASE = 'https://site.test/cookiegate/catalogue/';
const HOTJAR = {
  label: 'Hotjar',
  provider: 'Hotjar Ltd',
  purpose: 'Records how visitors use pages.',
  policyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
  cookies: [
    { name: '/^_hjSessionUser_/', duration: '1 year' },
    { name: '/^_hjSession_/', duration: '30 minutes' },
  ],
};

/** Fresh catalogue and stores modules with a config naming `ids` (all in performance), entries fetched from BASE. */
async function fresh(
  ids: string[],
  answer: (url: string) => Promise<Response>,
): Promise<Catalogue & Stores & { config: Config; fetch: ReturnType<typeof vi.fn> }> {
  vi.resetModules();
  const fetch = vi.fn((url: string) => answer(url));
  vi.stubGlobal('fetch', fetch);
  const stores = await import('../../../src/core/engine/stores');
  const catalogue = { ...(await import('../../../src/core/engine/catalogue')), ...(await import('../../../src/core/engine/catalogue-cleanup')) };
  const { DEFAULT_CONFIG } = await import('../../../src/core/engine/defaults');
  const config: Config = structuredClone(DEFAULT_CONFIG);
  config.categories.find((c) => c.id === 'performance')!.services = ids.map(
    (id): Service => ({ id, category: 'performance', label: id, cookies: [], inherits: ['label', 'provider', 'purpose', 'policyUrl', 'cookies'] }),
  );
  stores.$config.set(config);
  catalogue.setCatalogueUrl(BASE);
  return { ...stores, ...catalogue, config, fetch };
}

const json = (body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
const service = (stores: Stores, id: string) =>
  stores.$config
    .get()
    .categories.flatMap((c) => c.services)
    .find((s) => s.id === id)!;

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.cookie.split(';').forEach((c) => (document.cookie = c.split('=')[0]!.trim() + '=; max-age=0; path=/'));
});

describe('needCatalogue', () => {
  it('fetches <id>.json beside the script for each waiting service, once, and hands the store a new config', async () => {
    const cg = await fresh(['hotjar'], () => json(HOTJAR));
    await Promise.all([cg.needCatalogue(), cg.needCatalogue()]);
    expect(cg.fetch.mock.calls.map((call) => call[0])).toEqual([BASE + 'hotjar.json']);
    expect(cg.$config.get()).not.toBe(cg.config);
    expect(service(cg, 'hotjar')).toMatchObject({ label: 'Hotjar', provider: 'Hotjar Ltd', policyUrl: HOTJAR.policyUrl });
    expect(service(cg, 'hotjar').inherits).toBeUndefined();
    await cg.needCatalogue();
    expect(cg.fetch).toHaveBeenCalledTimes(1);
  });

  it('skips a malformed field rather than trust it: an unsafe policy link, a cookie without a name, a label that is no text', async () => {
    const cg = await fresh(['hotjar'], () =>
      json({ ...HOTJAR, label: 42, policyUrl: 'javascript:alert(1)', cookies: [{ duration: '1 year' }, null, { name: '_hjid', duration: 365 }] }),
    );
    await cg.needCatalogue();
    const hotjar = service(cg, 'hotjar');
    expect(hotjar.label).toBe('hotjar');
    expect(hotjar.policyUrl).toBeUndefined();
    expect(hotjar.cookies).toEqual([{ name: '_hjid', duration: '365' }]);
  });

  it("reports an entry that fails, naming the service's config path, and tries it again on the next call", async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = true;
    const cg = await fresh(['hotjar'], () => (fail ? Promise.resolve(new Response('gone', { status: 404 })) : json(HOTJAR)));
    await expect(cg.needCatalogue()).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledOnce();
    expect(error.mock.calls[0]![0]).toMatch(/^cookiegate: categories\.performance\.services\.hotjar: could not load its catalogue entry \(HTTP 404\)/);
    expect(service(cg, 'hotjar').label).toBe('hotjar');
    fail = false;
    await cg.needCatalogue();
    expect(cg.fetch).toHaveBeenCalledTimes(2);
    expect(service(cg, 'hotjar').label).toBe('Hotjar');
  });

  it('loads nothing when no service waits for an entry', async () => {
    const cg = await fresh([], () => json(HOTJAR));
    await cg.needCatalogue();
    expect(cg.fetch).not.toHaveBeenCalled();
    expect(cg.$config.get()).toBe(cg.config);
  });
});

describe('catalogueCleanup', () => {
  /** A choice made before the entry is here: its cookies are known only once it arrives. */
  async function choose(categories: string[], services: string[]): Promise<string> {
    const cg = await fresh(['hotjar'], () => json(HOTJAR));
    document.cookie = '_hjSession_123=1; path=/';
    document.cookie = 'basket=3; path=/';
    const consent = choice(categories, services);
    cg.$consent.set(consent);
    const changed = { categories: [], services: [] };
    cg.catalogueCleanup().chosen!({ consent, previous: null, changed, action: 'custom', source: 'banner', remote: false }, cg.config);
    await new Promise((resolve) => setTimeout(resolve, 20));
    return document.cookie;
  }

  it('deletes the cookies of a refused catalogue service once its entry is here, and nothing else', async () => {
    expect(await choose([], [])).toBe('basket=3');
  });

  it('keeps the cookies of a granted one', async () => {
    expect(await choose(['performance'], ['hotjar'])).toBe('_hjSession_123=1; basket=3');
  });
});
