// @vitest-environment happy-dom
/**
 * Property test of the markup scanner (activate.ts, started by init): arbitrary values in data-category,
 * data-service, data-src, data-srcset, data-href and data-type never make it throw, never load anything before
 * a choice, and after Accept all only elements with a known category/service and an http(s) or relative URL
 * get a live URL. {@link SCANNER_RUNS} cases.
 */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { isSafeUrl } from '../../../src/core/engine/safe-url';
import { HOSTILE_URLS } from './arbitraries';

const SCANNER_RUNS = 500;

const valueArb = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('performance', 'targeting', 'social', 'necessary', 'constructor', '__proto__', 'ga', 'yt', '', ' ', 'module', 'text/plain'),
  fc.constantFrom(...HOSTILE_URLS, '/px.gif', 'https://ok.test/a.gif 1x, javascript:x 2x', '//cdn.test/x.gif'),
);

const elementArb = fc.record({
  tag: fc.constantFrom('img', 'iframe', 'link', 'script', 'source', 'video'),
  attrs: fc.dictionary(fc.constantFrom('data-category', 'data-service', 'data-src', 'data-srcset', 'data-href', 'data-type'), valueArb, { maxKeys: 6 }),
});

const LIVE = ['src', 'srcset', 'href'];

describe('markup scanner under fuzzing (fast-check)', () => {
  it(`never throws, loads nothing before a choice, and only safe known elements after Accept all (${SCANNER_RUNS} runs)`, async () => {
    vi.resetModules();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const uncaught: unknown[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    for (const c of document.cookie.split(';')) document.cookie = c.split('=')[0]!.trim() + '=;Max-Age=0;Path=/';
    const core = await import('../../../src/core/index');
    const activate = await import('../../../src/core/engine/activate');
    core.init({ categories: { performance: { services: { ga: {} } }, social: { services: { yt: {} } } } });
    const config = core.$config.get();
    const known = (el: Element) => {
      const category = config.categories.find((c) => c.id === el.getAttribute('data-category'));
      const service = el.getAttribute('data-service');
      return !!category && (service === null || category.services.some((s) => s.id === service));
    };

    await fc.assert(
      fc.asyncProperty(fc.array(elementArb, { minLength: 1, maxLength: 6 }), async (specs) => {
        core.reset();
        const box = document.createElement('div');
        const elements = specs.map(({ tag, attrs }) => {
          const el = document.createElement(tag);
          for (const [name, value] of Object.entries(attrs)) {
            try {
              el.setAttribute(name, value);
            } catch {
              /* the DOM refuses some strings as values; the page could not have them either */
            }
          }
          if (tag === 'script') el.setAttribute('type', 'text/plain');
          return el;
        });
        box.append(...elements);
        document.body.append(box);
        expect(() => activate.scan(box)).not.toThrow();
        // Before a choice only `necessary` (read-only) elements may go live.
        for (const el of elements) {
          if (el.getAttribute('data-category') === 'necessary' && el.getAttribute('data-service') === null) continue;
          for (const name of LIVE) expect(el.hasAttribute(name), el.outerHTML).toBe(false);
        }

        expect(() => core.acceptAll()).not.toThrow();
        await new Promise((resolve) => setTimeout(resolve, 0));
        for (const el of elements) {
          if (el.tagName === 'SCRIPT') continue; // replaced by a live copy; checked below
          for (const name of LIVE) {
            const value = el.getAttribute(name);
            if (value === null) continue;
            expect(known(el), el.outerHTML).toBe(true);
            const urls = name === 'srcset' ? value.split(',').map((p) => p.trim().split(/\s+/)[0]!) : [value];
            for (const url of urls) expect(isSafeUrl(url), el.outerHTML).toBe(true);
          }
        }
        for (const script of Array.from(box.querySelectorAll('script[data-cg-state="active"]'))) {
          const src = script.getAttribute('src');
          if (src !== null) expect(isSafeUrl(src), script.outerHTML).toBe(true);
          expect(known(script), script.outerHTML).toBe(true);
        }
        box.remove();
      }),
      { numRuns: SCANNER_RUNS },
    );
    window.removeEventListener('error', onError);
    activate.stopActivator();
    errors.mockRestore();
    expect(uncaught).toEqual([]);
  }, 120_000);
});
