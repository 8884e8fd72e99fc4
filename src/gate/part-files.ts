import type { PartName } from '../core/kernel';

/**
 * The script tag's on-demand files, beside `cookiegate.js`, with their Subresource Integrity hashes. The build writes
 * the real hashes into the gate (`rollup.config.mjs` builds the parts first); an empty hash means "not checked" and is
 * only ever seen when running the sources unbuilt.
 */
export const PART_FILES: Record<PartName, { file: string; integrity: string }> = {
  ui: { file: 'cookiegate-ui.js', integrity: '' },
  embeds: { file: 'cookiegate-embeds.js', integrity: '' },
};
