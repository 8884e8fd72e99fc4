import type { EventMap } from '../types';
import { problem, report } from './errors';

type Listener<K extends keyof EventMap> = (detail: EventMap[K]) => void;

const listeners: Partial<Record<keyof EventMap, Set<Listener<never>>>> = {};

/**
 * Subscribe to `consent` (the visitor's first choice) or `change` (a later change).
 * The same events fire on `window` as `cookiegate:consent` / `cookiegate:change` CustomEvents.
 *
 * @param event `'consent'` or `'change'`
 * @param fn called with `{ consent, previous, changed, action, source, remote }`
 *
 * @example
 * const off = on('change', ({ changed }) => { if (changed.categories.includes('performance')) location.reload() })
 * @returns a function that unsubscribes
 */
export function on<K extends keyof EventMap>(event: K, fn: Listener<K>): () => void {
  const set = (listeners[event] ??= new Set()) as unknown as Set<Listener<K>>;
  set.add(fn);
  return () => {
    set.delete(fn);
  };
}

/** Calls every listener (one failing listener never stops the others) and dispatches the window event. */
export function emit<K extends keyof EventMap>(event: K, detail: EventMap[K]): void {
  (listeners[event] as unknown as Set<Listener<K>> | undefined)?.forEach((fn) => {
    try {
      fn(detail);
    } catch (error) {
      report(problem('listener', 'on("' + event + '")', error), error);
    }
  });
  if (typeof window !== 'undefined' && typeof CustomEvent === 'function') {
    window.dispatchEvent(new CustomEvent('cookiegate:' + event, { detail }));
  }
}
