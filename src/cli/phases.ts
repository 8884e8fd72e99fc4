/**
 * The visits: each phase in a fresh browser context (no cookies, no storage, no cache) on the page and up to N
 * same-origin links found on it. First visit with no interaction; Reject all through cookiegate's API, then a reload;
 * Accept all, then a reload; optionally the first visit again with JavaScript off.
 */
import type { Browser, BrowserContext, Cookie, Page } from 'playwright-core';
import { NetworkLog, type LoggedRequest } from './network-log';
import {
  COOKIE_WRITE_RECORDER,
  cookieWrites,
  hasCookieGate,
  markedElements,
  sameOriginLinks,
  scrollToBottom,
  siteConfig,
  storageKeys,
  type CookieWrite,
  type MarkedElement,
  type StorageKeys,
} from './page-probes';
import type { PhaseId } from './report-types';

/** What one phase recorded, before anything is named. */
export interface RawPhase {
  id: PhaseId;
  title: string;
  pages: string[];
  startedAt: number;
  duration: number;
  requests: LoggedRequest[];
  cookies: Cookie[];
  storage: StorageKeys[];
  cookieWrites: CookieWrite[];
  screenshot?: Buffer;
}

/** What the whole run recorded. */
export interface RawRun {
  cookiegateFound: boolean;
  siteConfig: unknown;
  marked: MarkedElement[];
  bannerScreenshot?: Buffer;
  phases: RawPhase[];
}

export interface PhaseOptions {
  url: string;
  pages: number;
  noJs: boolean;
  screenshots: boolean;
  /** Told each phase's title as it starts, and each page as it is visited. */
  progress(line: string): void;
  /** Called with each phase's page before its first navigation (tests attach their own listeners here). */
  onPage?(page: Page, phase: PhaseId): Promise<void> | void;
}

/** The page itself did not load: the audit cannot run. */
export class PageDidNotLoad extends Error {}

const TITLES: Record<PhaseId, string> = {
  'first-visit': 'First visit, no interaction',
  'reject-all': 'Reject all, then reload',
  'accept-all': 'Accept all, then reload',
  'no-js': 'First visit with JavaScript off',
};

/** One phase's context, page and log, and what it collected page by page. */
interface Visit {
  context: BrowserContext;
  page: Page;
  log: NetworkLog;
  storage: StorageKeys[];
  writes: CookieWrite[];
  pages: string[];
  id: PhaseId;
}

async function open(browser: Browser, id: PhaseId, options: PhaseOptions): Promise<Visit> {
  const javaScript = id !== 'no-js';
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    javaScriptEnabled: javaScript,
    serviceWorkers: 'block',
  });
  if (javaScript) await context.addInitScript(COOKIE_WRITE_RECORDER);
  const page = await context.newPage();
  const log = await NetworkLog.start(await context.newCDPSession(page));
  await options.onPage?.(page, id);
  return { context, page, log, storage: [], writes: [], pages: [], id };
}

/** What the page holds now: its storage keys and the cookie writes seen since it loaded. */
async function collect(visit: Visit): Promise<void> {
  const keys = await storageKeys(visit.page);
  if (keys) visit.storage.push(keys);
  visit.writes.push(...(await cookieWrites(visit.page)));
}

/** Loads `url` (or reloads), scrolls to the bottom and waits for the network to go quiet. */
async function load(visit: Visit, url: string | null, beforeScroll?: () => Promise<void>): Promise<void> {
  visit.log.page = url ?? visit.page.url();
  if (url !== null) {
    visit.pages.push(url);
    let response;
    try {
      response = await visit.page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    } catch (error) {
      throw new PageDidNotLoad(`${url} did not load: ${(error as Error).message.split('\n')[0]}`);
    }
    if (response && response.status() >= 400) throw new PageDidNotLoad(`${url} answered HTTP ${response.status()}`);
  } else {
    await collect(visit); // the writes of the document the reload throws away
    await visit.page.reload({ waitUntil: 'load', timeout: 20_000 });
  }
  await visit.log.quiet();
  await beforeScroll?.();
  await scrollToBottom(visit.page);
  await visit.log.quiet();
}

async function finish(visit: Visit, id: PhaseId, startedAt: number, options: PhaseOptions): Promise<RawPhase> {
  await collect(visit);
  const screenshot = options.screenshots ? await visit.page.screenshot({ type: 'png' }).catch(() => undefined) : undefined;
  const cookies = await visit.context.cookies();
  await visit.log.stop();
  await visit.context.close();
  return {
    id,
    title: TITLES[id],
    pages: visit.pages,
    startedAt,
    duration: Date.now() - startedAt,
    requests: visit.log.requests,
    cookies,
    storage: visit.storage,
    cookieWrites: visit.writes,
    ...(screenshot ? { screenshot } : {}),
  };
}

/** Visits the other pages of the phase, saving what each page holds before leaving it. */
async function visitLinks(visit: Visit, links: string[], options: PhaseOptions): Promise<void> {
  for (const link of links) {
    await collect(visit);
    options.progress(`  ${visit.id}: ${link}`);
    await load(visit, link);
  }
}

/** Reject all or Accept all through cookiegate's API, then a reload, then the other pages. */
async function choicePhase(
  browser: Browser,
  id: 'reject-all' | 'accept-all',
  links: string[],
  options: PhaseOptions,
  remember: (page: Page) => Promise<void>,
): Promise<RawPhase> {
  options.progress('Phase: ' + TITLES[id]);
  const startedAt = Date.now();
  const visit = await open(browser, id, options);
  await load(visit, options.url);
  visit.log.afterChoice = true;
  // A site may navigate on a choice; the reload below records the page after it either way.
  await visit.page
    .evaluate(
      (choice) => {
        const gate = (window as unknown as { CookieGate: Record<string, () => unknown> }).CookieGate;
        return gate[choice]!();
      },
      id === 'reject-all' ? 'rejectAll' : 'acceptAll',
    )
    .catch(() => undefined);
  await visit.log.quiet();
  await load(visit, null);
  await remember(visit.page);
  await visitLinks(visit, links, options);
  await remember(visit.page);
  return finish(visit, id, startedAt, options);
}

/** The first visit again with JavaScript off: what loads for visitors no banner can ask (`<noscript>` pixels). */
async function noJsPhase(browser: Browser, links: string[], options: PhaseOptions): Promise<RawPhase> {
  options.progress('Phase: ' + TITLES['no-js']);
  const startedAt = Date.now();
  const visit = await open(browser, 'no-js', options);
  await load(visit, options.url);
  await visitLinks(visit, links, options);
  return finish(visit, 'no-js', startedAt, options);
}

/** Runs every phase in `browser`. Throws `PageDidNotLoad` when the page itself does not answer. */
export async function runPhases(browser: Browser, options: PhaseOptions): Promise<RawRun> {
  const phases: RawPhase[] = [];
  const marked = new Map<string, MarkedElement>();
  const remember = async (page: Page) => (await markedElements(page)).forEach((element) => marked.set(element.url, element));

  options.progress('Phase: ' + TITLES['first-visit']);
  const startedAt = Date.now();
  const first = await open(browser, 'first-visit', options);
  let bannerScreenshot: Buffer | undefined;
  try {
    await load(first, options.url, async () => {
      // The banner as a first-time visitor sees it, before scrolling.
      if (options.screenshots) bannerScreenshot = await first.page.screenshot({ type: 'png' }).catch(() => undefined);
    });
  } catch (error) {
    await first.context.close();
    throw error;
  }
  const cookiegateFound = await hasCookieGate(first.page);
  const config = await siteConfig(first.page, first.context);
  const links = (await sameOriginLinks(first.page)).slice(0, options.pages);
  await remember(first.page);
  await visitLinks(first, links, options);
  await remember(first.page);
  phases.push(await finish(first, 'first-visit', startedAt, options));

  // The later phases need nothing from each other, only the links of the first: they run side by side, each in its
  // own context, so their waits for a quiet network overlap.
  const later: Array<Promise<RawPhase>> = [];
  if (cookiegateFound) {
    for (const id of ['reject-all', 'accept-all'] as const) later.push(choicePhase(browser, id, links, options, remember));
  } else {
    options.progress('No cookiegate on the page (no window.CookieGate): Reject all and Accept all are not tested.');
  }
  if (options.noJs) later.push(noJsPhase(browser, links, options));
  phases.push(...(await Promise.all(later)));

  return {
    cookiegateFound,
    siteConfig: config,
    marked: Array.from(marked.values()),
    ...(bannerScreenshot ? { bannerScreenshot } : {}),
    phases,
  };
}
