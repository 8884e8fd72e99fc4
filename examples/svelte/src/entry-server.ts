import { render as renderSvelte } from 'svelte/server';
import { readConsent } from 'cookiegate/server';
import type { Consent } from 'cookiegate';
import config from '../cookiegate.json';
import App from './App.svelte';

/**
 * Server rendering (built to dist/server/entry-server.js): reads the visitor's choice from the request's cookies with
 * the browser's checks, and renders the app for it, so the browser hydrates the very same markup.
 */
export function render(cookieHeader: string | undefined): { html: string; consent: Consent | null } {
  const consent = readConsent(config, cookieHeader);
  const { body } = renderSvelte(App, { props: { serverConsent: consent } });
  return { html: body, consent };
}
