import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue()],
  // Relative URLs: the built app works from any folder (`/examples/vue/dist/` under `npm start`).
  base: './',
  // `cookiegate` is linked from ../.. (file:): its `nanostores` and `vue` imports must be this app's copies (the
  // library's folder has no Vue). Not needed from npm.
  resolve: { dedupe: ['nanostores', 'vue'] },
});
