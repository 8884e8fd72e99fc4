/**
 * Versioned schema migrations, applied in order at start, each in its own transaction and recorded in
 * `consent_log_migrations`. Never edit a migration that has shipped: add the next one.
 *
 * 1: the records table as the first receiver created it (so its databases upgrade in place).
 * 2: per-day summaries for the dashboard, filled from the records already stored; a table /health writes to;
 *    PostgreSQL's revision widened to bigint (the schema allows any safe integer, SQLite stored them already).
 * 3: the regime a choice was made under (cookiegate's `regions`); records stored before it were all opt-in.
 */
export const SQLITE_MIGRATIONS = [
  {
    version: 1,
    sql: `
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
      CREATE INDEX IF NOT EXISTS consent_records_time ON consent_records (time);`,
  },
  {
    version: 2,
    sql: `
      CREATE TABLE consent_daily (
        day TEXT NOT NULL, action TEXT NOT NULL, source TEXT NOT NULL, gpc INTEGER NOT NULL,
        revision INTEGER NOT NULL, language TEXT NOT NULL, records INTEGER NOT NULL,
        PRIMARY KEY (day, action, source, gpc, revision, language)
      ) WITHOUT ROWID;
      CREATE TABLE consent_daily_category (
        day TEXT NOT NULL, category TEXT NOT NULL, granted INTEGER NOT NULL, records INTEGER NOT NULL,
        PRIMARY KEY (day, category, granted)
      ) WITHOUT ROWID;
      INSERT INTO consent_daily
        SELECT substr(time, 1, 10), action, source, gpc, revision, language, count(*) FROM consent_records GROUP BY 1, 2, 3, 4, 5, 6;
      INSERT INTO consent_daily_category
        SELECT substr(r.time, 1, 10), c.key, c.value, count(*) FROM consent_records r, json_each(r.categories) c GROUP BY 1, 2, 3;
      CREATE TABLE consent_log_health (id INTEGER PRIMARY KEY, checked_at TEXT NOT NULL);`,
  },
  {
    version: 3,
    sql: `ALTER TABLE consent_records ADD COLUMN regime TEXT NOT NULL DEFAULT 'opt-in';`,
  },
];

export const POSTGRES_MIGRATIONS = [
  {
    version: 1,
    sql: `
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
      CREATE INDEX IF NOT EXISTS consent_records_time ON consent_records (time);`,
  },
  {
    version: 2,
    sql: `
      ALTER TABLE consent_records ALTER COLUMN revision TYPE BIGINT;
      CREATE INDEX consent_records_time_id ON consent_records (time, id);
      DROP INDEX IF EXISTS consent_records_time;
      CREATE TABLE consent_daily (
        day TEXT NOT NULL, action TEXT NOT NULL, source TEXT NOT NULL, gpc INTEGER NOT NULL,
        revision BIGINT NOT NULL, language TEXT NOT NULL, records BIGINT NOT NULL,
        PRIMARY KEY (day, action, source, gpc, revision, language)
      );
      CREATE TABLE consent_daily_category (
        day TEXT NOT NULL, category TEXT NOT NULL, granted INTEGER NOT NULL, records BIGINT NOT NULL,
        PRIMARY KEY (day, category, granted)
      );
      INSERT INTO consent_daily
        SELECT to_char(time AT TIME ZONE 'UTC', 'YYYY-MM-DD'), action, source, gpc::int, revision, language, count(*)
        FROM consent_records GROUP BY 1, 2, 3, 4, 5, 6;
      INSERT INTO consent_daily_category
        SELECT to_char(r.time AT TIME ZONE 'UTC', 'YYYY-MM-DD'), c.key, (c.value = 'true')::int, count(*)
        FROM consent_records r, json_each_text(r.categories) c GROUP BY 1, 2, 3;
      CREATE TABLE consent_log_health (id INTEGER PRIMARY KEY, checked_at TIMESTAMPTZ NOT NULL);`,
  },
  {
    version: 3,
    sql: `ALTER TABLE consent_records ADD COLUMN regime TEXT NOT NULL DEFAULT 'opt-in';`,
  },
];
