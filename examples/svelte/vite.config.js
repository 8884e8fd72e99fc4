import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  // Relative URLs: the built app works from any folder (`/examples/svelte/dist/` under `npm start`).
  base: './',
});
