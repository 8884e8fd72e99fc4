import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CookieGate } from 'cookiegate/react';
import config from '../cookiegate.json';
import { App } from './App';

// <CookieGate> starts cookiegate once, in an effect (Strict Mode's second run is a silent no-op): it reads the stored
// choice, shows the built-in banner when there is none, and gates every `data-category` element React adds later.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CookieGate config={config}>
      <App />
    </CookieGate>
  </StrictMode>,
);
