/**
 * Tells other open tabs of the same site that the choice changed. The cookie stays the truth: a tab that
 * hears the message re-reads it (see `listenToOtherTabs`), so a forged message can grant nothing.
 */
let channel: BroadcastChannel | null | undefined;

function getChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    try {
      channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('cookiegate') : null;
    } catch {
      channel = null; // opaque origins and some privacy modes throw
    }
  }
  return channel;
}

/** Posts a "choice changed" message to other tabs. */
export function broadcastChoice(): void {
  try {
    getChannel()?.postMessage('changed');
  } catch {
    /* a closed channel must not break a choice */
  }
}

/**
 * Calls `onChange` whenever another tab of this site stores or forgets a choice.
 * @returns a function that stops listening
 */
export function listenToOtherTabs(onChange: () => void): () => void {
  const c = getChannel();
  if (c) c.onmessage = () => onChange();
  return () => {
    if (c) c.onmessage = null;
  };
}
