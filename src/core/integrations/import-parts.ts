import type { PartLoaders } from '../engine/parts';

/**
 * ESM: the integrations that load on demand, as dynamic imports an app's bundler splits into chunks of their own.
 * The script tag's build replaces this module with `null` (an IIFE cannot split) and loads them as files instead.
 */
export const INTEGRATION_IMPORTS: PartLoaders | null = {
  records: () => import('./records'),
  callbacks: () => import('./callbacks'),
};
