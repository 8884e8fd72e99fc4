/**
 * What `test/browser/pages/core.html` contains and helpers to drive the headless core in it.
 * Keep this file and the page in step: every gated element of the page is listed in {@link GATED}.
 */
import type { Page } from 'playwright-core';

export const CORE_PAGE = '/test/browser/pages/core.html';

/** Paths (on the test server) each category's gated elements load, in document order. */
export const GATED = {
  performance: ['/slow/perf-slow.js', '/fixtures/ga.js', '/fixtures/hj.js', '/fixtures/perf-pixel.gif', '/fixtures/late-perf.js'],
  functionality: ['/fixtures/func-module.js'],
  targeting: ['/fixtures/tracker.js', '/fixtures/ad-pixel-1x.gif', '/fixtures/late-pixel.gif'],
  social: ['/fixtures/embed.html'],
} as const;

export type OptionalCategory = keyof typeof GATED;
export const OPTIONAL_CATEGORIES = Object.keys(GATED) as OptionalCategory[];
export const ALL_GATED: string[] = Object.values(GATED).flat();

/** Every fixture of the core page is gated, so any request here before consent is a leak. */
export const ANY_FIXTURE = /^\/(fixtures|slow)\//;

/** Names the classic fixture scripts log to `window.__cgLog`, in document order, when everything is accepted. */
export const CLASSIC_SCRIPT_ORDER = ['perf-slow', 'perf-inline:perf-slow', 'ga', 'hj', 'tracker', 'late-perf'];

/** Resolves once `init()` has returned; throws with the error when it threw. */
export async function waitForCore(page: Page): Promise<void> {
  await page.waitForFunction('window.__cgReady === true || window.__cgInitError !== undefined', undefined, {
    timeout: 10_000,
  });
  const error = await page.evaluate('window.__cgInitError');
  if (error !== undefined) throw new Error('init() threw into the page: ' + String(error));
}

/** Calls `CG.<call>` in the page and returns its (awaited, JSON-cloned) result. */
export function cg<T = unknown>(page: Page, call: string): Promise<T> {
  return page.evaluate(
    'Promise.resolve(window.CG.' + call + ').then(function (r) { return r === undefined ? null : JSON.parse(JSON.stringify(r)); })',
  ) as Promise<T>;
}

/** What fixture scripts logged, in execution order. */
export function fixtureLog(page: Page): Promise<string[]> {
  return page.evaluate('window.__cgLog || []') as Promise<string[]>;
}

/** How many times each fixture script ran. */
export function runCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate('window.__cgRan || {}') as Promise<Record<string, number>>;
}

export interface GatedElementState {
  tag: string;
  category: string | null;
  service: string | null;
  /** `data-cg-state` */
  state: string | null;
  type: string | null;
  src: string | null;
  srcset: string | null;
  dataSrc: string | null;
}

/** The gated elements of the page (`[data-category]`), in document order. */
export function gatedElements(page: Page): Promise<GatedElementState[]> {
  return page.evaluate(
    "Array.from(document.querySelectorAll('[data-category]')).map(function (el) { return {" +
      'tag: el.tagName.toLowerCase(), category: el.getAttribute("data-category"), service: el.getAttribute("data-service"),' +
      'state: el.getAttribute("data-cg-state"), type: el.getAttribute("type"), src: el.getAttribute("src"),' +
      'srcset: el.getAttribute("srcset"), dataSrc: el.getAttribute("data-src") }; })',
  ) as Promise<GatedElementState[]>;
}

/** Events recorded on `window` (`cookiegate:consent`, `cookiegate:change`) since the page loaded. */
export function windowEvents(page: Page): Promise<Array<{ type: string; detail: any }>> {
  return page.evaluate('window.__cgEvents || []') as Promise<Array<{ type: string; detail: any }>>;
}
