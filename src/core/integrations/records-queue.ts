/**
 * localStorage key of consent records not yet acknowledged with a 2xx answer. Its own module: the gate reads it to
 * know whether a record waits to be resent (then the records part loads at once) without carrying the records code.
 */
export const RECORDS_QUEUE_KEY = 'cookiegate:records';

/** `true` when a record waits in the queue; unreadable storage counts as none (records then live in one page only). */
export function hasQueuedRecords(): boolean {
  try {
    return !!localStorage.getItem(RECORDS_QUEUE_KEY);
  } catch {
    return false;
  }
}
