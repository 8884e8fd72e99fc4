/**
 * Made-up records for the demo dashboard, the benchmarks and the tests: the same sequence for the same seed,
 * with shares that look like a real site's (most accept, a third refuse, a few customise; GPC in a few percent).
 */
const CATEGORIES = ['necessary', 'performance', 'functionality', 'targeting', 'social'];
const LANGUAGES = [
  ['en', 50],
  ['de', 20],
  ['fr', 12],
  ['nl', 10],
  ['es', 8],
];
const SOURCES = [
  ['banner', 70],
  ['modal', 18],
  ['placeholder', 7],
  ['api', 2],
  ['gpc', 3],
];
const DAY_MS = 86_400_000;

/** mulberry32: a small, good-enough seeded generator (the figures only need to look plausible and repeat). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (next, weighted) => {
  let roll = next() * weighted.reduce((total, [, weight]) => total + weight, 0);
  for (const [value, weight] of weighted) if ((roll -= weight) < 0) return value;
  return weighted[0][0];
};

/**
 * @param {number} count how many records
 * @param {object} [options]
 * @param {string} [options.lastDay] `YYYY-MM-DD`, the newest day (default today, UTC)
 * @param {number} [options.days] spread over this many days up to `lastDay` (default 60)
 * @param {number} [options.seed]
 */
export function* demoRecords(count, { lastDay = new Date().toISOString().slice(0, 10), days = 60, seed = 19 } = {}) {
  const next = random(seed);
  const end = Date.parse(lastDay + 'T00:00:00.000Z') + DAY_MS;
  for (let i = 0; i < count; i++) {
    const time = new Date(end - Math.floor(next() * days * DAY_MS)).toISOString();
    const source = pick(next, SOURCES);
    const gpc = source === 'gpc' || next() < 0.02;
    const revision = Date.parse(time) < end - (days * DAY_MS) / 3 ? 3 : 4;
    // Revision 4's banner text gets a few more acceptances: the split the dashboard shows per revision.
    const action = gpc
      ? 'reject-all'
      : pick(next, [
          ['accept-all', revision === 4 ? 62 : 55],
          ['reject-all', 30],
          ['custom', 12],
          ['withdraw', 1],
        ]);
    const categories = Object.fromEntries(
      CATEGORIES.map((id) => [id, id === 'necessary' || action === 'accept-all' || (action === 'custom' && next() < (id === 'functionality' ? 0.7 : 0.35))]),
    );
    yield {
      consentId: `demo-${seed}-${i}`,
      previousConsentId: null,
      time,
      revision,
      version: '0.1.0',
      configHash: revision === 3 ? '1k9f3a' : '2m0q7c',
      language: pick(next, LANGUAGES),
      action,
      source,
      gpc,
      regime: 'opt-in',
      categories,
      services: { ga: categories.performance, youtube: categories.social },
    };
  }
}
