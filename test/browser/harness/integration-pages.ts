/**
 * Helpers for the integration tests (test/browser/integrations/): pages that load the BUILT `dist/cookiegate.js`
 * with an inline `<script type="application/json" id="cookiegate-config">`, vendor stubs served by the test
 * server, and readers for what vendor snippets left on `window`.
 *
 * A page file under `test/browser/pages/integrations/` carries a working default config; {@link servePage}
 * serves it at a path with another JSON config swapped in, so each test's config is visible in the test and
 * still reaches cookiegate only as JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT, type TestServer } from './server';
import { GOOGLE_CONSENT_TYPES } from '../../../src/core/integrations/google-consent-types';

export const INTEGRATION_PAGES_DIR = join(REPO_ROOT, 'test/browser/pages/integrations');

const CONFIG_TAG = /(<script type="application\/json" id="cookiegate-config">)([\s\S]*?)(<\/script>)/;

/** The page file's text, with its inline config replaced by `config` when given. */
export function pageSource(file: string, config?: unknown): string {
  const html = readFileSync(join(INTEGRATION_PAGES_DIR, file), 'utf8');
  if (!CONFIG_TAG.test(html)) throw new Error(file + ' has no <script type="application/json" id="cookiegate-config">');
  if (config === undefined) return html;
  // `</` inside JSON would end the script element early.
  const json = JSON.stringify(config).replace(/<\//g, '<\\/');
  return html.replace(CONFIG_TAG, (_m, open: string, _old: string, close: string) => open + json + close);
}

/**
 * Serves `test/browser/pages/integrations/<file>` at `path` (default `/it/<file>`) with `config` as its inline
 * config. Returns the path. The route lives until the harness resets the server after the test.
 */
export function servePage(server: TestServer, file: string, config?: unknown, path = '/it/' + file): string {
  const html = pageSource(file, config);
  server.route(path, (_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(html);
  });
  return path;
}

/** Serves `test/browser/pages/integrations/<file>` as JavaScript at `path` (a vendor stub at a vendor-like URL). */
export function serveScript(server: TestServer, path: string, file: string): void {
  const code = readFileSync(join(INTEGRATION_PAGES_DIR, file), 'utf8');
  server.route(path, (_req, res) => {
    res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(code);
  });
}

/** One `window.dataLayer` entry as plain JSON: its `Object.prototype.toString` tag and its items. */
export interface DataLayerEntry {
  /** `[object Arguments]` for a gtag() call, `[object Array]` or `[object Object]` otherwise. */
  kind: string;
  /** Items (Arguments/Array) or the object itself; Dates become `"Date"`. */
  items: any[];
}

/** Reads `window.dataLayer` (empty when undefined). */
export function dataLayer(page: Page): Promise<DataLayerEntry[]> {
  return page.evaluate(`(function () {
    var clean = function (v) { return v instanceof Date ? 'Date' : v; };
    return (window.dataLayer || []).map(function (e) {
      var kind = Object.prototype.toString.call(e);
      var items = kind === '[object Arguments]' || Array.isArray(e) ? Array.prototype.slice.call(e).map(clean) : [e];
      return JSON.parse(JSON.stringify({ kind: kind, items: items }));
    });
  })()`) as Promise<DataLayerEntry[]>;
}

/**
 * `consent default`, `js`, `config G-TEST`, `event cookiegate_consent`…: the command words of each entry (an event
 * object's name), for order checks.
 */
export function commands(entries: DataLayerEntry[]): string[] {
  return entries.map((e) => {
    const [a, b] = e.items;
    if (a === 'consent' || a === 'set' || a === 'config') return a + ' ' + b;
    if (a && typeof a === 'object' && 'event' in a) return 'event ' + a.event;
    return typeof a === 'string' ? a : JSON.stringify(a);
  });
}

/** Whether an entry is a gtag() call (an `arguments` object) or one of our GTM events (a plain object). */
export const isGtagOrEvent = (e: DataLayerEntry) => e.kind === '[object Arguments]' || (e.kind === '[object Object]' && 'event' in e.items[0]);

/** The seven Consent Mode v2 types, from the list cookiegate itself sends. */
export const GOOGLE_TYPES = GOOGLE_CONSENT_TYPES;

/** All seven types with one state, `security_storage` always granted. */
export function allTypes(state: 'granted' | 'denied'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const type of GOOGLE_TYPES) out[type] = type === 'security_storage' ? 'granted' : state;
  return out;
}
