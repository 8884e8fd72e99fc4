import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { readConsent } from 'cookiegate/server';
import type { Consent } from 'cookiegate';
import { CookieGate } from 'cookiegate/react';
import config from '../cookiegate.json';
import { App } from './App';

/**
 * Server rendering (built to dist/server/entry-server.js): reads the visitor's choice from the request's cookies with
 * the browser's checks, and renders the app for it, so the browser hydrates the very same markup.
 */
export function render(cookieHeader: string | undefined): { html: string; consent: Consent | null } {
  const consent = readConsent(config, cookieHeader);
  const html = renderToString(
    <StrictMode>
      <CookieGate config={config} consent={consent}>
        <App />
      </CookieGate>
    </StrictMode>,
  );
  return { html, consent };
}
