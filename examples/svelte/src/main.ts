import { hydrate, mount } from 'svelte';
import type { Consent } from 'cookiegate';
import App from './App.svelte';

// Server-rendered (src/entry-server.ts): the choice the server read, so the first render matches its markup.
const serverConsent = document.getElementById('server-consent');
const props = { serverConsent: serverConsent ? (JSON.parse(serverConsent.textContent || 'null') as Consent | null) : null };

// App calls startCookiegate: init runs once it is mounted, reads the stored choice, shows the built-in banner when
// there is none, and from then on gates every `data-category` element, including those Svelte renders later.
const target = document.getElementById('app')!;
if (target.hasChildNodes()) {
  hydrate(App, { target, props });
} else mount(App, { target, props });
