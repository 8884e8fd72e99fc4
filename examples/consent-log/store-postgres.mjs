/**
 * PostgreSQL store, for sites that run several receivers or outgrow one machine. Same table as SQLite,
 * with `json` (not `jsonb`, which reorders keys: the export keeps the display order of categories) for the choices; `(consent_id, time)` is unique so a resent record is stored once.
 * `pg` is an optional dependency: it is loaded only when `DATABASE_URL` is set.
 * @param {string} url a `postgres://` connection string
 */
export async function openPostgres(url) {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  await pool.query(`
    CREATE TABLE IF NOT EXISTS consent_records (
      id BIGSERIAL PRIMARY KEY,
      received_at TIMESTAMPTZ NOT NULL,
      consent_id TEXT NOT NULL,
      previous_consent_id TEXT,
      time TIMESTAMPTZ NOT NULL,
      revision INTEGER NOT NULL,
      version TEXT NOT NULL,
      config_hash TEXT NOT NULL,
      language TEXT NOT NULL,
      action TEXT NOT NULL,
      source TEXT NOT NULL,
      gpc BOOLEAN NOT NULL,
      categories JSON NOT NULL,
      services JSON NOT NULL,
      UNIQUE (consent_id, time)
    );
    CREATE INDEX IF NOT EXISTS consent_records_time ON consent_records (time);
  `);
  return {
    kind: 'postgres',
    async insert(r, receivedAt) {
      const result = await pool.query(
        `INSERT INTO consent_records
          (received_at, consent_id, previous_consent_id, time, revision, version, config_hash, language, action, source, gpc, categories, services)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (consent_id, time) DO NOTHING`,
        [receivedAt, r.consentId, r.previousConsentId, r.time, r.revision, r.version, r.configHash, r.language,
          r.action, r.source, r.gpc, JSON.stringify(r.categories), JSON.stringify(r.services)],
      );
      return result.rowCount > 0;
    },
    async range(from, to) {
      const { rows } = await pool.query(
        `SELECT * FROM consent_records WHERE time >= $1 AND time < $2 ORDER BY time, id`,
        [from, to],
      );
      // Same shape as the SQLite store: ISO strings for times.
      return rows.map((row) => ({
        ...row,
        id: Number(row.id),
        received_at: row.received_at.toISOString(),
        time: row.time.toISOString(),
      }));
    },
    async close() {
      await pool.end();
    },
  };
}
