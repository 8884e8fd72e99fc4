import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { Consent } from 'cookiegate';
import { CookieGate } from 'cookiegate/react';
import config from '../cookiegate.json';
import { App } from './App';

// Server-rendered (src/entry-server.tsx): the choice the server read, so the first render matches its markup.
const serverConsent = document.getElementById('server-consent');
const consent = serverConsent ? (JSON.parse(serverConsent.textContent || 'null') as Consent | null) : null;

// <CookieGate> starts cookiegate once, in an effect (Strict Mode's second run is a silent no-op): it reads the stored
// choice, shows the built-in banner when there is none, and gates every `data-category` element React adds later.
const app = (
  <StrictMode>
    <CookieGate config={config} consent={consent}>
      <App />
    </CookieGate>
  </StrictMode>
);
const root = document.getElementById('root')!;
if (root.hasChildNodes()) {
  // A mismatch would be recovered by rendering again on the client: say so loudly (the browser test checks for it).
  hydrateRoot(root, app, { onRecoverableError: (error) => console.error('hydration error:', error) });
} else createRoot(root).render(app);
