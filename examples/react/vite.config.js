import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Relative URLs: the built app works from any folder (`/examples/react/dist/` under `npm start`).
  base: './',
  // `cookiegate` is linked from ../.. (file:), so without this its `nanostores` import would resolve to the library's
  // own copy and @nanostores/react's to ours: one copy keeps the bundle small. An app installing from npm needs none of this.
  resolve: { dedupe: ['nanostores'] },
});
