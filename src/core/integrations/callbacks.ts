// From the kernel only: this integration is a part loaded on demand, and in the script tag its file shares the gate's
// engine (src/core/kernel.ts).
import { forgetReported, isGranted, problem, reportOnce, type Integration } from '../kernel';
import type { UserCallback } from '../types';

type Pushable = { push(...items: unknown[]): unknown };

/**
 * `true` for the browser's own functions (`eval`, `setTimeout`, `fetch`, DOM methods) and bound functions, which
 * print the same way: config must never reach code that runs strings, builds markup or navigates.
 */
const isNative = (fn: unknown): boolean => typeof fn === 'function' && /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(fn));

/** Why `window[name]` cannot take consent values, or `''` when it can (or is missing and may be created). */
function refusal(name: string): string {
  const w = window as unknown as Record<string, unknown>;
  const own = Object.getOwnPropertyDescriptor(w, name);
  // Inherited members (addEventListener), element ids and getters (location, document) are not the page's queues.
  if (!own ? name in w : !('value' in own)) return 'is not a plain property of window';
  const target = own && (own.value as Pushable | null | undefined);
  if (target == null) return '';
  if (typeof target === 'function') return isNative(target) ? 'is a built-in function' : '';
  if (Array.isArray(target) || (typeof target.push === 'function' && !isNative(target.push))) return '';
  return 'is neither an array nor a function';
}

/**
 * Sends one callback's value to the global it names (a plain name, as the validator ensures):
 * - an array or a queue object with its own `push` (`_paq`, `_hsq`, `dataLayer`) gets the value pushed as one
 *   entry; a missing global is created as `[]`, so the vendor's script replays it later;
 * - a function the page defines (`fbq`, `hj`) is called with the value's items as arguments.
 * Anything else is refused with one error: the browser's own functions, getters, inherited members.
 */
function send(callback: UserCallback, index: number, value: unknown[]): void {
  const name = callback.global;
  const why = refusal(name);
  if (why) return reportOnce('callbacks:' + index + why, problem('unsafeGlobal', 'callbacks[' + index + '].global', name, why));
  const w = window as unknown as Record<string, unknown>;
  const target = (w[name] ??= []) as Pushable | ((...args: unknown[]) => unknown);
  if (typeof target === 'function') target.apply(window, value);
  else target.push(value);
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
      forgetReported('callbacks');
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
          send(callback, index, value.slice()); // a copy: a queue may keep or change what it gets
        } catch (error) {
          // One line per callback until the next start, not one per choice.
          reportOnce('callbacks:' + index, problem('callbackThrew', 'callbacks[' + index + '].global', JSON.stringify(callback.global)), error);
        }
      });
    },
  };
}
