/**
 * Group commit: records that arrive while a transaction is being written wait and go together into the next one,
 * so one disk flush covers many records. Each caller's promise settles only after the transaction holding its
 * record has committed (or failed), so a 2xx answer still means "on disk".
 * @template T, R
 * @param {(batch: T[]) => R[] | Promise<R[]>} writeBatch writes all of `batch` in one transaction; one result each
 * @param {number} [maxBatch] at most this many records per transaction
 * @returns {(item: T) => Promise<R>}
 */
export function groupCommit(writeBatch, maxBatch = 500) {
  let waiting = [];
  let busy = false;

  async function drain() {
    busy = true;
    while (waiting.length) {
      const batch = waiting.slice(0, maxBatch);
      waiting = waiting.slice(batch.length);
      try {
        const results = await writeBatch(batch.map((entry) => entry.item));
        batch.forEach((entry, i) => entry.resolve(results[i]));
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    busy = false;
  }

  return (item) =>
    new Promise((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      // setImmediate: let the requests already read in this turn of the event loop join the same transaction.
      if (!busy) {
        busy = true;
        setImmediate(drain);
      }
    });
}
