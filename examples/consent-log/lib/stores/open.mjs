/**
 * Opens the store the settings ask for: PostgreSQL with `databaseUrl`, else SQLite at `dbPath`. Migrations run here.
 * @param {{ databaseUrl?: string, dbPath?: string, busyTimeoutMs?: number, lockTimeoutMs?: number }} options
 */
export async function openStore({ databaseUrl, dbPath, busyTimeoutMs, lockTimeoutMs }) {
  if (databaseUrl) return (await import('./postgres.mjs')).openPostgres(databaseUrl, { lockTimeoutMs });
  return (await import('./sqlite.mjs')).openSqlite(dbPath, { busyTimeoutMs });
}
