import { isGranted } from '../engine/consent-ref';
import type { Integration } from '../engine/integration';
import type { UserCallback } from '../types';

type Pushable = { push(...items: unknown[]): unknown };

/** Problems already logged since the last start: one `console.error` per problem, not per choice. */
const logged = new Set<string>();

function logOnce(message: string, error?: unknown): void {
  if (!logged.has(message)) console.error(message, error);
  logged.add(message);
}

/**
 * Sends one callback's value to its global:
 * - an array or queue (`_paq`, `_hsq`, `dataLayer`) gets the value pushed as one entry, created as `[]` when a
 *   plain name is missing, so the vendor's script replays it later;
 * - a path ending in `.push` (`_hsq.push`) is called with the value as one argument, like the array case;
 * - any other function (`fbq`) is called with the value's items as arguments.
 */
function send(callback: UserCallback, value: unknown[]): void {
  const path = callback.global.split('.');
  const name = path.pop()!;
  let owner: Record<string, unknown> | undefined = window as unknown as Record<string, unknown>;
  for (const key of path) owner = owner && (owner[key] as Record<string, unknown> | undefined);
  if (!owner) {
    logOnce('cookiegate: callbacks: global "' + callback.global + '" does not exist, so nothing was sent');
    return;
  }
  let target = owner[name];
  if (target == null && path.length == 0) target = owner[name] = [];
  if (typeof target == 'function') {
    if (name == 'push') (target as Pushable['push']).call(owner, value);
    else (target as (...args: unknown[]) => unknown).apply(owner, value);
  } else if (target && typeof (target as Pushable).push == 'function') {
    (target as Pushable).push(value);
  } else {
    logOnce('cookiegate: callbacks: global "' + callback.global + '" is neither an array nor a function');
  }
}

/**
 * Generic consent callbacks, for tools without a built-in adapter and without writing JavaScript:
 * each `{ category, global, grant, deny }` pushes `grant` or `deny` to the global when a stored choice is
 * restored on load, on the first choice, and then only when that category's (or `category:service`'s) state
 * flips. Nothing is sent before a choice; forgetting a choice (`reset()`) counts as a refusal.
 *
 * @example
 * startIntegrations({ ...config, callbacks: [{ category: 'performance', global: '_paq', grant: ['setConsentGiven'], deny: ['forgetConsentGiven'] }] }, [callbacks()])
 */
export function callbacks(): Integration {
  let last: (boolean | undefined)[] = [];
  let hadChoice = false;
  return {
    start() {
      logged.clear();
      last = [];
      hadChoice = false;
    },
    apply(consent, config) {
      const list = config.callbacks || [];
      if (!list.length || (!consent && !hadChoice)) return;
      hadChoice = !!consent;
      list.forEach((callback, index) => {
        const isOn = isGranted(config, consent, callback.category);
        if (last[index] === isOn) return;
        last[index] = isOn;
        const value = isOn ? callback.grant : callback.deny;
        if (!value) return;
        try {
          send(callback, value.slice()); // a copy: a queue may keep or change what it gets
        } catch (error) {
          logOnce('cookiegate: callbacks[' + index + '] (' + callback.global + ') threw', error);
        }
      });
    },
  };
}
