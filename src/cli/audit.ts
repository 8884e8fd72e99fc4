/**
 * One audit, start to end: load the driver, find and launch the browser, run the phases, name what they recorded,
 * and build the report. `runAudit` is what the command runs; tests call it too, to watch the same browser.
 */
import type { Page } from 'playwright-core';
import { QUIET_BROWSER_FLAGS } from './browser-flags';
import { buildReport } from './build-report';
import { indexCatalogue, type Catalogue } from './catalogue';
import { findBrowser } from './find-browser';
import { loadDriver } from './load-driver';
import { createNamer } from './naming';
import { PageDidNotLoad, runPhases } from './phases';
import type { AuditReport, PhaseId } from './report-types';
import { suggestConfig } from './suggest-config';

/**
 * Site isolation is off so that a third-party iframe's requests reach the page's own DevTools session
 * (out-of-process frames would need a session each).
 */
export const BROWSER_FLAGS = [...QUIET_BROWSER_FLAGS, '--disable-site-isolation-trials', '--disable-features=IsolateOrigins,site-per-process'];

export interface RunOptions {
  url: string;
  pages: number;
  noJs: boolean;
  /** `--browser`; else `CHROME_PATH`, else the usual install paths. */
  browser?: string;
  catalogue: Catalogue;
  /** Take the screenshots the HTML report shows. */
  screenshots: boolean;
  progress(line: string): void;
  onPage?(page: Page, phase: PhaseId): Promise<void> | void;
}

/** The audit could not run; `message` is the one-line reason. */
export class AuditFailed extends Error {}

/** Runs the audit. Throws `AuditFailed` when it cannot (no driver, no browser, the page does not load). */
export async function runAudit(options: RunOptions): Promise<AuditReport> {
  const startedAt = Date.now();
  // The browser first: finding it is instant, loading the driver is not.
  const found = findBrowser(options.browser);
  if ('error' in found) throw new AuditFailed(found.error);
  const driver = await loadDriver();
  if ('error' in driver) throw new AuditFailed(driver.error);
  let browser;
  try {
    browser = await driver.chromium.launch({ executablePath: found.path, headless: true, args: BROWSER_FLAGS });
  } catch (error) {
    throw new AuditFailed(`could not start ${found.path}: ${(error as Error).message.split('\n')[0]}`);
  }
  try {
    options.progress(`Auditing ${options.url} with ${found.path} (${browser.version()})`);
    const run = await runPhases(browser, options);
    const namer = createNamer(indexCatalogue(options.catalogue), run.siteConfig, run.marked, options.url);
    const report = buildReport(run, namer, { url: options.url, startedAt, browser: { path: found.path, version: browser.version() } });
    return { ...report, suggestion: suggestConfig(report) };
  } catch (error) {
    if (error instanceof PageDidNotLoad) throw new AuditFailed(error.message);
    throw error;
  } finally {
    await browser.close().catch(() => undefined);
  }
}
