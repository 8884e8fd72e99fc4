import type { Integration } from './integration';
import { needCatalogue } from './catalogue';
import { eraseRefusedCookies } from './cleanup';
import { $config, $consent } from './stores';

/**
 * Deletes the cookies of catalogue services a choice refuses, once their entries are here (the choice's own clean-up
 * ran before they were). Phase 3 of `integration.ts`.
 */
export function catalogueCleanup(): Integration {
  return {
    chosen(_, config) {
      if (config.categories.some((c) => c.services.some((s) => s.inherits))) {
        void needCatalogue().then(() => eraseRefusedCookies($config.get(), $consent.get()));
      }
    },
  };
}
