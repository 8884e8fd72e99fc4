import { setPartLoader, type PartLoader, type Parts } from '../core/kernel';

/** Each part as a dynamic import: the app's bundler splits it off and loads it only when needed. */
const IMPORTS: { [K in keyof Parts]: () => Promise<Parts[K]> } = {
  ui: () => import('../ui/mount'),
  embeds: () => import('../ui/placeholder'),
};

/** ESM: parts arrive as chunks of the app's own bundle. */
export function importParts(): void {
  setPartLoader(((name: keyof Parts) => IMPORTS[name]()) as PartLoader);
}
