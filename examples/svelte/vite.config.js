import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  // Relative URLs: the built app works from any folder (`/examples/svelte/dist/` under `npm start`).
  base: './',
  // `cookiegate` is linked from ../.. (file:), so without this its `nanostores` and `svelte` imports would resolve from
  // the library's folder (which has no Svelte): one copy of each, the app's. An app installing from npm needs none of this.
  resolve: { dedupe: ['nanostores', 'svelte'] },
  // The server build (dist/server/) bundles cookiegate too, so its `svelte` import is this app's Svelte.
  ssr: { noExternal: ['cookiegate'] },
});
