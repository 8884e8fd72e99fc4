import { followChoices, startIntegrations, type Integration } from '../../../src/core/engine/integration';
import type { Config } from '../../../src/core/types';

/**
 * Runs one integration as `init` does: phase 1 now, then phase 2 for the choice in force and every later one; each
 * start stops the previous run's subscriptions first.
 *
 * @param create the integration's factory (`consentMode`, `vendors`, …)
 */
export function integrationRunner(create: () => Integration): { start(config: Config): void; stop(): void } {
  let stop = () => {};
  return {
    start(config) {
      stop();
      const list = [create()];
      const stopStart = startIntegrations(config, list);
      const stopFollow = followChoices(config, list);
      stop = () => {
        stopFollow();
        stopStart();
        stop = () => {};
      };
    },
    stop: () => stop(),
  };
}
