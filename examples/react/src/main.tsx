import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { init } from 'cookiegate';
import config from '../cookiegate.json';
import { App } from './App';

// Once, before the app renders: reads the stored choice, shows the built-in banner when there is none, and from now
// on gates every `data-category` element, including those React adds later.
init(config);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
