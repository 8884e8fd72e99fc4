/**
 * The dashboard's figures, read from the per-day summary tables that every insert keeps up to date in its own
 * transaction (see migrations.mjs). The summaries hold counts only, never a consent id, and their size grows with
 * days × distinct values, not with records: a million records answer as fast as a thousand.
 *
 * Written once for both stores: `$1` and `$2` are the first and last day (`YYYY-MM-DD`, both included).
 */
export const AGGREGATE_QUERIES = {
  perDay: `SELECT day, action, SUM(records) AS records FROM consent_daily WHERE day BETWEEN $1 AND $2 GROUP BY day, action ORDER BY day, action`,
  actions: `SELECT action, SUM(records) AS records FROM consent_daily WHERE day BETWEEN $1 AND $2 GROUP BY action ORDER BY action`,
  categories: `SELECT day, category, SUM(granted * records) AS granted, SUM(records) AS records FROM consent_daily_category
    WHERE day BETWEEN $1 AND $2 GROUP BY day, category ORDER BY day, category`,
  sources: `SELECT source, SUM(records) AS records FROM consent_daily WHERE day BETWEEN $1 AND $2 GROUP BY source ORDER BY source`,
  gpc: `SELECT gpc, SUM(records) AS records FROM consent_daily WHERE day BETWEEN $1 AND $2 GROUP BY gpc ORDER BY gpc`,
  revisions: `SELECT revision, action, SUM(records) AS records FROM consent_daily WHERE day BETWEEN $1 AND $2 GROUP BY revision, action ORDER BY revision, action`,
  languages: `SELECT language, SUM(records) AS records FROM consent_daily WHERE day BETWEEN $1 AND $2 GROUP BY language ORDER BY records DESC, language`,
};

/** Counts and revisions arrive as strings from PostgreSQL (bigint): numbers for JSON. */
const NUMERIC = new Set(['records', 'granted', 'revision', 'gpc']);

/**
 * @param {(sql: string, params: string[]) => Promise<object[]>} query runs one of the queries in a store
 * @param {string} from first day, `YYYY-MM-DD`
 * @param {string} to last day, `YYYY-MM-DD`
 */
export async function aggregate(query, from, to) {
  const result = { from, to };
  for (const [name, sql] of Object.entries(AGGREGATE_QUERIES)) {
    const rows = await query(sql, [from, to]);
    result[name] = rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, NUMERIC.has(k) ? Number(v) : v])));
  }
  result.total = result.actions.reduce((sum, row) => sum + row.records, 0);
  return result;
}
