/**
 * One line per event, at most one line per kind of event per interval: a flood of aborted uploads or failing
 * writes must not flood the log (or the disk it sits on). Lines left out are counted in the next line of that kind.
 * @param {object} [options]
 * @param {(line: string) => void} [options.write] where lines go (default: stderr)
 * @param {number} [options.intervalMs] at most one line per kind per this long (default 60 s)
 * @param {() => number} [options.now]
 */
export function createEventLog({ write = (line) => process.stderr.write(line + '\n'), intervalMs = 60_000, now = Date.now } = {}) {
  const kinds = new Map();
  /**
   * @param {string} kind a short name of the kind of event (`aborted`, `store`, …)
   * @param {string} message one line, no stack trace
   */
  return function event(kind, message) {
    const state = kinds.get(kind) ?? { last: -Infinity, skipped: 0 };
    kinds.set(kind, state);
    const time = now();
    if (time - state.last < intervalMs) {
      state.skipped += 1;
      return;
    }
    const skipped = state.skipped ? ` (${state.skipped} more like it since the last line)` : '';
    state.last = time;
    state.skipped = 0;
    write(`consent-log: ${kind}: ${String(message).split('\n')[0]}${skipped}`);
  };
}
