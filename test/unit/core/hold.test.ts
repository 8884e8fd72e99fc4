// @vitest-environment happy-dom
/**
 * Holding an element by the host of its URL (src/core/auto-block/hold.ts): it becomes a marked element, as if the
 * site had written `data-src` and `data-category` itself, and a `new Image()` pixel that never joins the document is
 * released by a choice. Which URLs are claimed is the verdict's (test/unit/core/verdict.test.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Config } from '../../../src/core/types';
import { choice } from '../../shared/consent';

const TRACKER = 'https://cdn.tracker.test/t.js';
const PIXEL = 'https://cdn.tracker.test/p.gif';
/** Hosts catalogue entries claim (Google Analytics, the Meta pixel): held before any config says more. */
const GA = 'https://www.google-analytics.com/g/collect?v=2';
const META = 'https://www.facebook.com/tr?id=1&ev=PageView';

/** Fresh modules: the verdict has no config yet, nothing is held, no choice. */
async function fresh() {
  vi.resetModules();
  document.body.replaceChildren();
  const stores = await import('../../../src/core/engine/stores');
  const verdict = await import('../../../src/core/auto-block/verdict');
  const hold = await import('../../../src/core/auto-block/hold');
  const { DEFAULT_CONFIG } = await import('../../../src/core/engine/defaults');
  stores.$consent.set(null);
  /** The config arrives: a performance service claims the tracker's host, the Meta pixel (catalogue hosts) is in targeting. */
  const configure = () => {
    const config: Config = structuredClone(DEFAULT_CONFIG);
    config.categories.find((c) => c.id === 'performance')!.services = [
      { id: 'tracker', category: 'performance', label: 'Tracker', cookies: [], hosts: [{ host: 'cdn.tracker.test' }] },
    ];
    config.categories.find((c) => c.id === 'targeting')!.services = [{ id: 'meta-pixel', category: 'targeting', label: 'Meta Pixel', cookies: [] }];
    stores.$config.set(config);
    verdict.setConfigured(true);
  };
  return { ...stores, ...hold, configure };
}

const attrs = (el: Element) => Object.fromEntries(Array.from(el.attributes, (a) => [a.name, a.value]));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('hold', () => {
  it('lets a URL nobody claims load, and never holds an element the site marked itself', async () => {
    const ab = await fresh();
    ab.configure();
    const free = document.createElement('img');
    expect(ab.hold(free, 'https://example.org/logo.png')).toBe(false);
    const marked = document.createElement('img');
    marked.setAttribute('data-category', 'performance');
    expect(ab.hold(marked, TRACKER)).toBe(false);
    expect(attrs(free)).toEqual({});
    expect(attrs(marked)).toEqual({ 'data-category': 'performance' });
  });

  it('turns a script a refused service claims into a marked, blocked one: data-src, its category and service, type text/plain', async () => {
    const ab = await fresh();
    ab.configure();
    const script = document.createElement('script');
    script.setAttribute('type', 'module');
    script.setAttribute('src', TRACKER);
    expect(ab.hold(script, TRACKER)).toBe(true);
    expect(attrs(script)).toEqual({
      'data-src': TRACKER,
      type: 'text/plain',
      'data-type': 'module',
      'data-category': 'performance',
      'data-service': 'tracker',
      'data-cg-state': 'blocked',
    });
  });

  it('before the config, holds what a catalogue entry claims as waiting, with no service named yet', async () => {
    const ab = await fresh();
    const img = document.createElement('img');
    expect(ab.hold(img, GA)).toBe(true);
    expect(attrs(img)).toEqual({ 'data-src': GA, 'data-cg-held': '' });
  });
});

describe('settleWaiting', () => {
  it('once the config is here, releases what no service of it claims and marks and blocks what one does', async () => {
    const ab = await fresh();
    const ga = document.body.appendChild(document.createElement('img'));
    ab.hold(ga, GA);
    const meta = document.body.appendChild(document.createElement('img'));
    ab.hold(meta, META);
    ab.configure();
    ab.settleWaiting();
    // Released through activation, as a marked element the choice allows.
    expect(attrs(ga)).toMatchObject({ src: GA, 'data-cg-state': 'active' });
    expect(ga.hasAttribute('data-cg-held')).toBe(false);
    expect(attrs(meta)).toEqual({ 'data-src': META, 'data-category': 'targeting', 'data-service': 'meta-pixel', 'data-cg-state': 'blocked' });
  });
});

describe('releaseGranted', () => {
  it('gives a detached pixel its URL back once its service is granted, and not before', async () => {
    const ab = await fresh();
    ab.configure();
    const pixel = new Image();
    expect(ab.hold(pixel, PIXEL)).toBe(true);
    ab.$consent.set(choice(['social']));
    ab.releaseGranted();
    expect(pixel.getAttribute('src')).toBeNull();
    ab.$consent.set(choice(['performance'], ['tracker']));
    ab.releaseGranted();
    expect(attrs(pixel)).toEqual({ src: PIXEL });
  });
});
