import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 * - `unit`: vitest + happy-dom, mirrors `src/` (`test/unit/core/cookie.test.ts`).
 * - `browser`: node tests that drive Debian Chromium through playwright-core against the built `dist/`.
 *   CI machines have 2 cores and every file launches its own Chromium, so files run one at a time.
 *
 * `?raw` CSS imports work natively in vite; JSX (`.tsx` components) uses preact's automatic runtime.
 */
export default defineConfig({
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'happy-dom',
          // Iframes get a frame of their own as in a browser, but never navigate it: no network, and no "iframe page
          // loading is disabled" error with a stack trace for every <iframe> a test adds.
          environmentOptions: {
            happyDOM: { settings: { enableIframePageLoading: true, navigation: { disableChildFrameNavigation: true } } },
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // A browser on a loaded 2-core machine can take more than the default second to show an effect; a poll
          // still passes as soon as its condition holds.
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});
