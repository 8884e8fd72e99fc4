/**
 * The browser driver, playwright-core: an optional peer dependency, so a site that only serves the banner never
 * installs it. Loaded when the audit runs; when it is missing, the user gets the install command.
 */
import type { BrowserType } from 'playwright-core';

export const DRIVER_INSTALL = 'npm install --save-dev playwright-core';

/** Chromium's driver, or why it could not load. */
export async function loadDriver(): Promise<{ chromium: BrowserType } | { error: string }> {
  try {
    const driver = (await import('playwright-core')) as { chromium?: BrowserType; default?: { chromium: BrowserType } };
    const chromium = driver.chromium ?? driver.default?.chromium;
    if (!chromium) return { error: 'playwright-core loaded but has no chromium driver; reinstall it: ' + DRIVER_INSTALL };
    return { chromium };
  } catch {
    return { error: 'the audit drives the browser with playwright-core, which is not installed; install it: ' + DRIVER_INSTALL };
  }
}
