import { setPartLoaders } from '../core/kernel';

/** ESM: the banner, dialog and placeholders arrive as chunks of the app's own bundle, split off by its bundler. */
export function importParts(): void {
  setPartLoaders({
    ui: () => import('../ui/mount'),
    embeds: () => import('../ui/placeholder'),
  });
}
