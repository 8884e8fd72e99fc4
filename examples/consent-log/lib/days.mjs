/** Day ranges of the export and the dashboard, in UTC. */
const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a real day, as a UTC timestamp in ms, or NaN. */
function parseDay(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return NaN;
  const ms = Date.parse(text + 'T00:00:00.000Z');
  return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(text) ? ms : NaN;
}

/**
 * `?from=YYYY-MM-DD&to=YYYY-MM-DD` (both included) as days and ISO instants, or an error message.
 * @param {{ from?: string, to?: string }} query
 * @param {number} defaultDays the range when `from` is missing: this many days up to `to`
 */
export function dayRange(query, defaultDays) {
  const toText = query.to || new Date().toISOString().slice(0, 10);
  const to = parseDay(toText);
  const fromText = query.from || (Number.isNaN(to) ? '' : new Date(to - (defaultDays - 1) * DAY_MS).toISOString().slice(0, 10));
  const from = parseDay(fromText);
  if (Number.isNaN(from) || Number.isNaN(to) || from > to) return { error: 'from and to are days as YYYY-MM-DD, from not after to' };
  return { fromDay: fromText, toDay: toText, fromTime: new Date(from).toISOString(), lastTime: new Date(to + DAY_MS - 1).toISOString() };
}
