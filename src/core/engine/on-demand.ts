import type { Config } from '../types';
import type { Integration } from './integration';
import { loadPart, type Parts } from './parts';

/** Parts that hold one integration each. */
type IntegrationPart = 'records' | 'callbacks';

/** When an on-demand integration is needed, and for which phases. */
export interface OnDemandRules {
  /** The config names it (an endpoint, a callback): otherwise it is never loaded. */
  isNamed(config: Config): boolean;
  /** Load it right after `init` (the stored choice is in `$consent` by then), not only when a choice calls for it. */
  isNeededAtStart?(config: Config): boolean;
  /** It acts on the choice in force (`apply`), so a stored choice loads it; else only a choice made does. */
  appliesChoices?: boolean;
}

/**
 * An integration that lives in a part of its own, loaded only when the config names it and a phase calls for it. The
 * calls that arrive meanwhile are kept and passed on in order once it is here; if it fails to load (logged by
 * `loadPart`), they are dropped and the next call tries again: such an integration only reacts to choices and never
 * grants anything, so nothing optional depends on it.
 *
 * @param name the part that holds it (its file exports a factory of the same name)
 */
export function onDemand(name: IntegrationPart, rules: OnDemandRules): Integration {
  let config: Config;
  let part: Promise<Integration> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const forward = (call: (integration: Integration) => void) => {
    const ready = (part ??= loadPart(name).then((exports) => {
      const integration = (exports as Parts[IntegrationPart] as unknown as Record<string, () => Integration>)[name]!();
      integration.start?.(config);
      return integration;
    }));
    queue = queue
      .then(() => ready)
      .then(call, () => {
        if (part === ready) part = undefined;
      });
  };
  return {
    start(c) {
      config = c;
      if (rules.isNamed(c) && rules.isNeededAtStart) queueMicrotask(() => rules.isNeededAtStart!(c) && forward(() => {}));
    },
    apply(consent, c) {
      if (rules.isNamed(c) && rules.appliesChoices && (consent || part)) forward((integration) => integration.apply?.(consent, c));
    },
    chosen(detail, c) {
      if (rules.isNamed(c)) forward((integration) => integration.chosen?.(detail, c));
    },
    stop() {
      const stopping = part;
      part = undefined;
      void stopping?.then(
        (integration) => integration.stop?.(),
        () => {},
      );
    },
  };
}
