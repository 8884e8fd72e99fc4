import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue()],
  // Relative URLs: the built app works from any folder (`/examples/vue/dist/` under `npm start`).
  base: './',
  // `cookiegate` is linked from ../.. (file:): one copy of nanostores for it and @nanostores/vue. Not needed from npm.
  resolve: { dedupe: ['nanostores'] },
});
