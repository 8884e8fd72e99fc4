/**
 * The other elements `data-category` gates (stylesheets, video, audio sources, embeds), and gated markup that is
 * wrong: an unknown category or service, a `javascript:` URL. Wrong markup stays blocked and is reported once.
 */
import { describe, expect, it } from 'vitest';
import { cg, evaluate, settle, useBrowserHarness, waitForCore } from '../harness';

const h = useBrowserHarness();
const PAGE = '/test/browser/pages/media.html';
const ALL = /^\/fixtures\//;

describe('other gated elements', () => {
  it('loads no stylesheet, video, audio source or embed before a choice', async () => {
    const s = await h.open({ config: {}, path: PAGE });
    await waitForCore(s.page);
    await settle(h.server, 600);
    expect(h.server.requestsTo(ALL).map((r) => r.url)).toEqual([]);
    expect(await evaluate(s.page, "getComputedStyle(document.documentElement).getPropertyValue('--cg-fixture')")).toBe('');
  });

  it('loads each of them once its category is granted', async () => {
    const s = await h.open({ config: {}, path: PAGE });
    await waitForCore(s.page);
    await cg(s.page, "accept(['performance', 'functionality', 'social'])");
    await s.page.waitForFunction("getComputedStyle(document.documentElement).getPropertyValue('--cg-fixture') !== ''");
    await settle(h.server);
    for (const path of ['/fixtures/theme.css', '/fixtures/clip.webm', '/fixtures/sound.ogg', '/fixtures/embedded.html']) {
      expect(h.server.requestsTo(path).length, path).toBeGreaterThanOrEqual(1);
    }
    expect(await s.page.getAttribute('link[data-category]', 'href')).toBe('/fixtures/theme.css');
    expect(await s.page.getAttribute('#video', 'src')).toBe('/fixtures/clip.webm');
    expect(await s.page.getAttribute('#embed', 'src')).toBe('/fixtures/embedded.html');
  });

  it('reports an unknown category, an unknown service and a javascript: URL, and never loads them', async () => {
    const s = await h.open({ config: {}, path: PAGE });
    await waitForCore(s.page);
    await cg(s.page, 'acceptAll()');
    await settle(h.server);
    expect(h.server.requestsTo('/fixtures/unknown-category.gif')).toHaveLength(0);
    expect(h.server.requestsTo('/fixtures/unknown-service.js')).toHaveLength(0);
    expect(await evaluate(s.page, 'window.__cgUnsafe')).toBeUndefined();
    expect(await s.page.getAttribute('#unsafe', 'src')).toBeNull();
    const errors = s.cookiegateErrors.join('\n');
    expect(errors).toContain('marketing');
    expect(errors).toContain('nope');
    expect(errors).toContain('javascript:');
    // one error per problem, although the choice made the core look at every element again
    expect(s.cookiegateErrors.filter((e) => e.includes('marketing'))).toHaveLength(1);
    expect(s.cookiegateErrors.filter((e) => e.includes('"nope"'))).toHaveLength(1);
    expect(s.pageErrors).toEqual([]);
  });
});
