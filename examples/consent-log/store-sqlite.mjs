import Database from 'better-sqlite3';

/**
 * SQLite store: one file, WAL mode, one row per record. `(consent_id, time)` is unique, so a record that the
 * browser resends (its first answer was lost) is stored once.
 * @param {string} file path of the database file (created when missing)
 */
export function openSqlite(file) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL: a record acknowledged with 2xx is on disk, even if the machine loses power right after.
  db.pragma('synchronous = FULL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS consent_records (
      id INTEGER PRIMARY KEY,
      received_at TEXT NOT NULL,
      consent_id TEXT NOT NULL,
      previous_consent_id TEXT,
      time TEXT NOT NULL,
      revision INTEGER NOT NULL,
      version TEXT NOT NULL,
      config_hash TEXT NOT NULL,
      language TEXT NOT NULL,
      action TEXT NOT NULL,
      source TEXT NOT NULL,
      gpc INTEGER NOT NULL,
      categories TEXT NOT NULL,
      services TEXT NOT NULL,
      UNIQUE (consent_id, time)
    );
    CREATE INDEX IF NOT EXISTS consent_records_time ON consent_records (time);
  `);
  const insert = db.prepare(`
    INSERT OR IGNORE INTO consent_records
      (received_at, consent_id, previous_consent_id, time, revision, version, config_hash, language, action, source, gpc, categories, services)
    VALUES (@receivedAt, @consentId, @previousConsentId, @time, @revision, @version, @configHash, @language, @action, @source, @gpc, @categories, @services)
  `);
  const range = db.prepare(`SELECT * FROM consent_records WHERE time >= ? AND time < ? ORDER BY time, id`);
  return {
    kind: 'sqlite',
    async insert(record, receivedAt) {
      const result = insert.run({
        ...record,
        receivedAt,
        gpc: record.gpc ? 1 : 0,
        categories: JSON.stringify(record.categories),
        services: JSON.stringify(record.services),
      });
      return result.changes > 0;
    },
    async range(from, to) {
      return range.all(from, to).map((row) => ({
        ...row,
        gpc: !!row.gpc,
        categories: JSON.parse(row.categories),
        services: JSON.parse(row.services),
      }));
    },
    async close() {
      db.close();
    },
  };
}
