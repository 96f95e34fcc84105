import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, type Dialect } from 'kysely';
import type { ReceiptDatabase } from './schema';
import type { ReceiptSettings } from './settings';

// The drivers are imported lazily: the Next build and the browser bundle never load them,
// and a SQLite deployment never needs pg (nor a PostgreSQL one better-sqlite3).

async function sqliteDialect(file: string): Promise<Dialect> {
  const { default: Database } = await import('better-sqlite3');
  mkdirSync(path.dirname(file), { recursive: true });
  const database = new Database(file);
  // WAL lets the CLI read while the site writes; FULL makes a commit survive power loss, not
  // only a crash, because a receipt is the proof the cookie stands for.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  // Another process (the CLI purging, a second server) may hold the write lock for a moment.
  database.pragma('busy_timeout = 5000');
  return new SqliteDialect({ database });
}

async function postgresDialect(connectionString: string): Promise<Dialect> {
  const { Pool } = await import('pg');
  const pool = new Pool({ connectionString, max: 10, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000, statement_timeout: 10_000 });
  // Without a listener, an idle client's error (a database restart) would crash the server.
  pool.on('error', (error) => console.error(`[consent log] PostgreSQL connection error: ${error.message}`));
  return new PostgresDialect({ pool });
}

/** Opens the consent log database: PostgreSQL when DATABASE_URL is set, else SQLite in DATA_DIR. */
export async function openReceiptDatabase(settings: Pick<ReceiptSettings, 'sqliteFile' | 'databaseUrl'>): Promise<Kysely<ReceiptDatabase>> {
  const dialect = settings.databaseUrl ? await postgresDialect(settings.databaseUrl) : await sqliteDialect(settings.sqliteFile);
  return new Kysely<ReceiptDatabase>({ dialect });
}
