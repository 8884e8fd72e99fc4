import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Relative URLs: the built app works from any folder (`/examples/react/dist/` under `npm start`).
  base: './',
  // `cookiegate` is linked from ../.. (file:), so without this its `nanostores` and `react` imports would resolve from
  // the library's folder (which has no React): one copy of each, the app's. An app installing from npm needs none of this.
  resolve: { dedupe: ['nanostores', 'react'] },
  // The server build (dist/server/) bundles cookiegate too, so its `react` import is this app's React.
  ssr: { noExternal: ['cookiegate'] },
});
