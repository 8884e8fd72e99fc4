import pg from 'pg';
import { POSTGRES_MIGRATIONS } from '../migrations.mjs';
import { aggregate } from '../aggregates.mjs';
import { groupCommit } from '../group-commit.mjs';
import { toRow } from './row.mjs';

/** Any number, so that several receivers starting together migrate one after the other. */
const MIGRATION_LOCK = 4_172_019;

/**
 * A whole batch in one statement: the records arrive as one JSON array, the new ones are inserted and counted
 * into the per-day summaries; a record already stored (a resend) is skipped and not counted.
 */
const INSERT_BATCH = `
  WITH input AS (
    SELECT * FROM json_to_recordset($1::json) AS r(received_at timestamptz, consent_id text, previous_consent_id text, time timestamptz,
      revision bigint, version text, config_hash text, language text, action text, source text, gpc boolean, regime text, categories json, services json)
  ), inserted AS (
    INSERT INTO consent_records
      (received_at, consent_id, previous_consent_id, time, revision, version, config_hash, language, action, source, gpc, regime, categories, services)
    SELECT * FROM input
    ON CONFLICT (consent_id, time) DO NOTHING
    RETURNING consent_id, time, to_char(time AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, action, source, gpc, revision, language, categories
  ), day AS (
    INSERT INTO consent_daily (day, action, source, gpc, revision, language, records)
    SELECT day, action, source, gpc::int, revision, language, count(*) FROM inserted GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (day, action, source, gpc, revision, language) DO UPDATE SET records = consent_daily.records + excluded.records
  ), category AS (
    INSERT INTO consent_daily_category (day, category, granted, records)
    SELECT i.day, c.key, (c.value = 'true')::int, count(*) FROM inserted i, json_each_text(i.categories) c GROUP BY 1, 2, 3
    ON CONFLICT (day, category, granted) DO UPDATE SET records = consent_daily_category.records + excluded.records
  )
  SELECT consent_id, time FROM inserted`;

/** The key `(consent_id, time)` of a record, in the one spelling both sides use. */
const keyOf = (consentId, time) => consentId + ' ' + new Date(time).toISOString();

/**
 * PostgreSQL store, for sites that run several receivers or outgrow one machine. Records arriving together share
 * one statement, which is its own transaction (group commit); each is answered after it commits. `json` (not `jsonb`, which reorders keys)
 * keeps the display order of categories.
 * @param {string} url a `postgres://` connection string
 * @param {object} [options]
 * @param {number} [options.lockTimeoutMs] how long a write waits for a lock before failing
 */
export async function openPostgres(url, { lockTimeoutMs = 5000 } = {}) {
  const pool = new pg.Pool({ connectionString: url, max: 4, options: `-c lock_timeout=${Number(lockTimeoutMs)}` });
  // An idle client that loses its server must not crash the receiver; the next query reports the failure.
  pool.on('error', () => {});
  await migrate(pool);

  const writeBatch = async (records) => {
    const rows = records.map((record) => {
      const { day, ...row } = toRow(record);
      return { ...row, categories: record.categories, services: record.services };
    });
    const { rows: inserted } = await pool.query(INSERT_BATCH, [JSON.stringify(rows)]);
    const fresh = new Set(inserted.map((row) => keyOf(row.consent_id, row.time)));
    // The first copy of a record sent twice in one batch is the new one; any other copy was already stored.
    return records.map((record) => fresh.delete(keyOf(record.consentId, record.time)));
  };

  return {
    kind: 'postgres',
    insert: groupCommit(writeBatch),
    insertMany: writeBatch,
    async page(from, last, afterTime, afterId, limit) {
      const { rows } = await pool.query(
        `SELECT received_at, time, consent_id, previous_consent_id, revision, version, config_hash, language, action, source, gpc, regime,
           categories::text AS categories, services::text AS services, id
         FROM consent_records WHERE time <= $2 AND (time > $1 OR (time = $1 AND id > $3)) ORDER BY time, id LIMIT $4`,
        [afterTime ?? from, last, afterId ?? 0, limit],
      );
      return rows.map((row) => ({
        ...row,
        id: Number(row.id),
        revision: Number(row.revision),
        received_at: row.received_at.toISOString(),
        time: row.time.toISOString(),
      }));
    },
    aggregates: (from, to) => aggregate(async (sql, params) => (await pool.query(sql, params)).rows, from, to),
    async checkWrite() {
      await pool.query(`INSERT INTO consent_log_health (id, checked_at) VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at`);
    },
    async close() {
      await pool.end();
    },
  };
}

async function migrate(pool) {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS consent_log_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)');
    const { rows } = await client.query('SELECT version FROM consent_log_migrations');
    const applied = new Set(rows.map((row) => row.version));
    for (const migration of POSTGRES_MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await inTransaction(client, async () => {
        await client.query(migration.sql);
        await client.query('INSERT INTO consent_log_migrations (version, applied_at) VALUES ($1, now())', [migration.version]);
      });
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

/** Runs `work(client)` between BEGIN and COMMIT; rolls back and rethrows when it fails. */
async function inTransaction(client, work) {
  await client.query('BEGIN');
  try {
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
