import Database from 'better-sqlite3';
import { SQLITE_MIGRATIONS } from '../migrations.mjs';
import { aggregate } from '../aggregates.mjs';
import { groupCommit } from '../group-commit.mjs';
import { toRow } from './row.mjs';

/**
 * SQLite store: one file, WAL, `synchronous = FULL`, so a committed transaction is on disk before its records are
 * answered. Records arriving together share one transaction (group commit). `(consent_id, time)` is unique: a
 * record the browser resends is stored once.
 * @param {string} file the database file (created when missing)
 * @param {object} [options]
 * @param {number} [options.busyTimeoutMs] how long a write waits for another process's lock before failing
 */
export function openSqlite(file, { busyTimeoutMs = 5000 } = {}) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma(`busy_timeout = ${Number(busyTimeoutMs)}`);
  migrate(db);

  const insertRecord = db.prepare(`
    INSERT OR IGNORE INTO consent_records
      (received_at, consent_id, previous_consent_id, time, revision, version, config_hash, language, action, source, gpc, regime, categories, services)
    VALUES (@received_at, @consent_id, @previous_consent_id, @time, @revision, @version, @config_hash, @language, @action, @source, @gpc, @regime, @categories, @services)`);
  const countDay = db.prepare(`
    INSERT INTO consent_daily (day, action, source, gpc, revision, language, records)
    VALUES (@day, @action, @source, @gpc, @revision, @language, 1)
    ON CONFLICT DO UPDATE SET records = records + 1`);
  const countCategory = db.prepare(`
    INSERT INTO consent_daily_category (day, category, granted, records) VALUES (?, ?, ?, 1)
    ON CONFLICT DO UPDATE SET records = records + 1`);
  const page = db.prepare(`
    SELECT received_at, time, consent_id, previous_consent_id, revision, version, config_hash, language, action, source, gpc, regime, categories, services, id
    FROM consent_records WHERE time <= @last AND (time > @after OR (time = @after AND id > @afterId)) ORDER BY time, id LIMIT @limit`);
  const touch = db.prepare(`INSERT INTO consent_log_health (id, checked_at) VALUES (1, ?) ON CONFLICT DO UPDATE SET checked_at = excluded.checked_at`);

  const writeBatch = db.transaction((records) =>
    records.map((record) => {
      const row = { ...toRow(record), gpc: record.gpc ? 1 : 0 };
      if (insertRecord.run(row).changes === 0) return false;
      countDay.run(row);
      for (const [category, granted] of Object.entries(record.categories)) countCategory.run(row.day, category, granted ? 1 : 0);
      return true;
    }),
  );
  const insert = groupCommit(writeBatch);

  return {
    kind: 'sqlite',
    /** Stores one checked record; resolves `true` when new, `false` when it was already stored, after the commit. */
    insert,
    /** Writes a batch in one transaction (seeding, benchmarks). */
    insertMany: (records) => writeBatch(records),
    /** Up to `limit` records with `from <= time <= last` after the cursor `(afterTime, afterId)`, oldest first. */
    async page(from, last, afterTime, afterId, limit) {
      return page.all({ after: afterTime ?? from, last, afterId: afterId ?? 0, limit }).map((row) => ({ ...row, gpc: row.gpc === 1 }));
    },
    // The shared queries number their parameters ($1, $2); better-sqlite3 binds them by name.
    aggregates: (from, to) =>
      aggregate(async (sql, params) => db.prepare(sql.replace(/\$(\d)/g, '@p$1')).all(Object.fromEntries(params.map((v, i) => ['p' + (i + 1), v]))), from, to),
    /** Commits a real write, so a read-only file, a full disk or a lock held elsewhere shows up as a failure. */
    async checkWrite() {
      touch.run(new Date().toISOString());
    },
    async close() {
      db.close();
    },
  };
}

function migrate(db) {
  db.exec('CREATE TABLE IF NOT EXISTS consent_log_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT version FROM consent_log_migrations').pluck().all());
  const record = db.prepare('INSERT INTO consent_log_migrations (version, applied_at) VALUES (?, ?)');
  for (const migration of SQLITE_MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, new Date().toISOString());
    }).immediate();
  }
}
