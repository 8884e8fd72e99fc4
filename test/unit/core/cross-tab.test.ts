// @vitest-environment node
/**
 * Telling other tabs that the choice changed (src/core/integrations/cross-tab.ts), over the `cookiegate`
 * BroadcastChannel. Another tab is a channel of the same name here: a channel never hears its own messages.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

type Module = typeof import('../../../src/core/integrations/cross-tab');

const open: BroadcastChannel[] = [];

/** Another tab of the same site. */
function otherTab(): BroadcastChannel {
  const channel = new BroadcastChannel('cookiegate');
  open.push(channel);
  return channel;
}

/** This tab's module, as a fresh page loads it. */
async function fresh(): Promise<Module> {
  vi.resetModules();
  return import('../../../src/core/integrations/cross-tab');
}

const nextMessage = (channel: BroadcastChannel) => new Promise<unknown>((resolve) => (channel.onmessage = (event) => resolve(event.data)));
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

afterEach(() => {
  for (const channel of open.splice(0)) channel.close();
  vi.unstubAllGlobals();
});

describe('cross-tab messages', () => {
  it('a choice here tells other tabs "changed", and nothing more: they re-read the cookie', async () => {
    const { broadcastChoice } = await fresh();
    const other = otherTab();
    const heard = nextMessage(other);
    broadcastChoice();
    await expect(heard).resolves.toBe('changed');
  });

  it('a message from another tab calls the listener, until it stops listening', async () => {
    const { listenToOtherTabs } = await fresh();
    const onChange = vi.fn();
    const stop = listenToOtherTabs(onChange);
    const other = otherTab();
    other.postMessage('changed');
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    other.postMessage('changed');
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('does nothing, and never throws, where BroadcastChannel is missing or refuses to open', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    let cross = await fresh();
    expect(() => cross.broadcastChoice()).not.toThrow();
    expect(() => cross.listenToOtherTabs(() => {})()).not.toThrow();
    vi.stubGlobal(
      'BroadcastChannel',
      vi.fn(function refuse() {
        throw new DOMException('opaque origin', 'SecurityError');
      }),
    );
    cross = await fresh();
    expect(() => cross.broadcastChoice()).not.toThrow();
  });
});
