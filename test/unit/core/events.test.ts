import { afterEach, describe, expect, it, vi } from 'vitest';
import { emit, on } from '../../../src/core/engine/events';
import type { ChoiceDetail } from '../../../src/core/types';
import { choice } from '../../shared/consent';

const detail = (): ChoiceDetail => ({
  consent: choice(['performance']),
  previous: null,
  changed: { categories: ['performance'], services: [] },
  action: 'custom',
  source: 'banner',
  remote: false,
});

const offs: Array<() => void> = [];
afterEach(() => {
  for (const off of offs.splice(0)) off();
  vi.restoreAllMocks();
});

describe('on and emit', () => {
  it('calls the listeners of that event with the detail, and only those', () => {
    const consent = vi.fn();
    const change = vi.fn();
    offs.push(on('consent', consent), on('change', change));
    const sent = detail();
    emit('consent', sent);
    expect(consent).toHaveBeenCalledWith(sent);
    expect(change).not.toHaveBeenCalled();
  });

  it('stops calling a listener once it unsubscribes', () => {
    const listener = vi.fn();
    const off = on('change', listener);
    emit('change', detail());
    off();
    emit('change', detail());
    expect(listener).toHaveBeenCalledOnce();
  });

  it('keeps calling the other listeners when one throws, and reports it as a cookiegate error', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const after = vi.fn();
    offs.push(
      on('change', () => {
        throw new Error('broken listener');
      }),
      on('change', after),
    );
    emit('change', detail());
    expect(after).toHaveBeenCalledOnce();
    expect(error).toHaveBeenCalledOnce();
    expect(String(error.mock.calls[0]![0])).toMatch(/^cookiegate: on\("change"\): threw .*broken listener/);
  });

  it('dispatches the same detail as a cookiegate:<event> window event', () => {
    const seen: unknown[] = [];
    const listener = (event: Event) => seen.push((event as CustomEvent).detail);
    window.addEventListener('cookiegate:consent', listener);
    const sent = detail();
    emit('consent', sent);
    window.removeEventListener('cookiegate:consent', listener);
    expect(seen).toEqual([sent]);
  });
});
