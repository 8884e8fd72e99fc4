import { defineConfig } from 'vite';

export default defineConfig({
  // Relative URLs: the built app works from any folder (`/examples/headless/dist/` under `npm start`).
  base: './',
});
