/**
 * The UI test page (`test/browser/pages/ui/page.html`): a plain site page that loads the built script-tag bundle
 * `dist/cookiegate.js` after an inline `<script type="application/json" id="cookiegate-config">`. The server fills
 * in the config, `<html lang>` and extra host `<head>` markup per test, so every test loads the page the way a site
 * would ship it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { OpenOptions, PageSession } from './browser';
import { REPO_ROOT, type TestServer } from './server';

export const UI_PAGE_FILE = 'test/browser/pages/ui/page.html';

/** Default English labels the contract promises. */
export const LABELS = {
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  manage: 'Manage preferences',
  save: 'Save preferences',
  reopen: 'Cookie preferences',
} as const;

export const BANNER = '.cg-root .cg-banner';
export const DIALOG = '.cg-root [role="dialog"]';
export const REOPEN = '.cg-root .cg-reopen';

export interface UiPageOptions {
  /** The inline JSON config; `undefined` leaves the element empty-object (the built-in default). */
  config?: unknown;
  /** `<html lang>`; default `en`. */
  lang?: string;
  /** Markup added at the end of `<head>` (a hostile host stylesheet, say). */
  head?: string;
}

let served = 0;

/**
 * Serves the UI page with `options` filled in under a fresh path and returns that path. JSON is escaped so that
 * hostile config strings (`</script>`, `<img …>`) stay inside the JSON script element.
 */
export function serveUiPage(server: TestServer, options: UiPageOptions = {}): string {
  const template = readFileSync(join(REPO_ROOT, UI_PAGE_FILE), 'utf8');
  const json = JSON.stringify(options.config ?? {}).replace(/</g, '\\u003c');
  const html = template
    .replace('{{LANG}}', options.lang ?? 'en')
    .replace('{{HEAD}}', () => options.head ?? '')
    .replace('{{CONFIG}}', () => json);
  const path = '/ui-page-' + ++served + '.html';
  server.route(path, (_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(html);
  });
  return path;
}

export type UiOpen = (options?: OpenOptions) => Promise<PageSession>;

/**
 * Opens the UI page in a fresh context and waits until cookiegate has rendered (the banner, or with a stored
 * choice the re-open control). `open` is the harness's `h.open`.
 */
export async function openUiPage(
  open: UiOpen,
  server: TestServer,
  page: UiPageOptions = {},
  browserOptions: OpenOptions & { waitFor?: string | null } = {},
): Promise<PageSession> {
  const path = serveUiPage(server, page);
  const { waitFor, ...rest } = browserOptions;
  const session = await open({ ...rest, path });
  if (waitFor !== null) await session.page.waitForSelector(waitFor ?? BANNER, { timeout: 10_000 });
  return session;
}

/** The consent cookie's value, or `null` when there is none. */
export async function consentCookie(s: PageSession, name = 'cookiegate'): Promise<string | null> {
  return (await s.cookies()).find((c) => c.name === name)?.value ?? null;
}

/** `CookieGate.getConsent()` in the page, JSON-cloned. */
export function getConsent(page: Page): Promise<{ categories: string[]; services: string[] } | null> {
  return page.evaluate('JSON.parse(JSON.stringify(window.CookieGate.getConsent()))') as Promise<{
    categories: string[];
    services: string[];
  } | null>;
}

/** A short description of the focused element (`button "Accept all"`, `body`), for focus assertions. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(
    "(function () { var el = document.activeElement; if (!el) return 'none'; var tag = el.tagName.toLowerCase();" +
      " if (tag == 'body' || tag == 'html') return tag;" +
      " var name = el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].textContent) || el.textContent || el.id;" +
      " return tag + ' ' + JSON.stringify(String(name).trim()); })()",
  ) as Promise<string>;
}

/** Whether the focused element is inside the element matched by `selector`. */
export function focusIsIn(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(
    '(function () { var root = document.querySelector(' + JSON.stringify(selector) + '); return !!root && root.contains(document.activeElement); })()',
  ) as Promise<boolean>;
}
