/** Small statistics and number formatting for the report. Values that are null or NaN are left out. */

const valid = (xs) => xs.filter((x) => x !== null && x !== undefined && !Number.isNaN(x));

export const median = (xs) => {
  const s = valid(xs).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const min = (xs) => (valid(xs).length ? Math.min(...valid(xs)) : NaN);
export const max = (xs) => (valid(xs).length ? Math.max(...valid(xs)) : NaN);
export const count = (xs) => valid(xs).length;
export const fmt = (x, digits = 1) => (x === null || Number.isNaN(x) || !Number.isFinite(x) ? '—' : x.toFixed(digits));
export const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) + '×' : '—');
