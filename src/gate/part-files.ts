import type { PartName } from '../core/kernel';

/**
 * The property of `window` that holds the gate's engine (`src/core/kernel.ts`) for its on-demand files: the build maps
 * their imports of the kernel to it (`KERNEL_GLOBAL` in `rollup.config.mjs`).
 */
export const KERNEL_PROPERTY = '__cookiegateKernel';

/**
 * The script tag's on-demand files, beside `cookiegate.js`, with their Subresource Integrity hashes. The build writes
 * the real hashes into the gate (`rollup.config.mjs` builds the parts first); an empty hash means "not checked" and is
 * only ever seen when running the sources unbuilt.
 */
export const PART_FILES: Record<PartName, { file: string; integrity: string }> = {
  ui: { file: 'cookiegate-ui.js', integrity: '' },
  embeds: { file: 'cookiegate-embeds.js', integrity: '' },
  records: { file: 'cookiegate-records.js', integrity: '' },
  callbacks: { file: 'cookiegate-callbacks.js', integrity: '' },
  check: { file: 'cookiegate-check.js', integrity: '' },
  texts: { file: 'cookiegate-texts.js', integrity: '' },
  catalogue: { file: 'cookiegate-catalogue.js', integrity: '' },
};
