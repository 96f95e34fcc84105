import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DatabaseSync } from 'node:sqlite';
import { Kysely, PostgresDialect, SqliteDialect, type Dialect } from 'kysely';
import type { Pool } from 'pg';
import { kyselySqlite } from './node-sqlite';
import type { ReceiptDatabase } from './schema';
import type { ReceiptSettings } from './settings';

/** The driver's own handle under Kysely, for libraries that keep their state in the same database. */
export type RawClient = { kind: 'sqlite'; database: DatabaseSync } | { kind: 'postgres'; pool: Pool };

/** An open consent log database: Kysely for our queries, the raw client for the shared rate limit. */
export interface ReceiptConnection {
  db: Kysely<ReceiptDatabase>;
  raw: RawClient;
}

// The drivers are imported lazily: the Next build and the browser bundle never load them, and a
// SQLite deployment never needs pg (nor a PostgreSQL one node:sqlite, Node's built-in SQLite).

/** How long a statement waits for another process's lock before SQLITE_BUSY, in milliseconds. */
export const BUSY_TIMEOUT_MS = 5000;

/** SQLITE_BUSY, or one of its extended codes (node:sqlite's error carries SQLite's code as `errcode`). */
function isSqliteBusy(error: unknown): boolean {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' && (code & 0xff) === 5;
}

/**
 * `PRAGMA journal_mode = WAL`, retried while SQLite answers SQLITE_BUSY, for up to BUSY_TIMEOUT_MS.
 * The switch reads the file and then upgrades to a write lock, and SQLite refuses such an upgrade
 * at once, without waiting out the busy timeout, while another connection holds the write lock
 * (it would otherwise risk a deadlock). So two servers starting together on a new file could
 * collide here, and one reported "database is locked" at start-up; now it waits until the other
 * has switched, and finds the file in WAL already.
 */
export async function switchToWal(database: DatabaseSync, budgetMs: number = BUSY_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + budgetMs;
  for (let attempt = 1; ; attempt++) {
    try {
      database.exec('PRAGMA journal_mode = WAL');
      return;
    } catch (error) {
      if (!isSqliteBusy(error) || Date.now() >= deadline) throw error;
      // Short and jittered, so two waiting processes do not retry in step.
      await sleep(Math.min(5 * attempt, 50) + Math.random() * 5);
    }
  }
}

async function sqliteDialect(file: string): Promise<{ dialect: Dialect; raw: RawClient }> {
  const { DatabaseSync } = await import('node:sqlite');
  mkdirSync(path.dirname(file), { recursive: true });
  // The busy timeout is set as the file opens, before any statement: another process (a second
  // server starting, the CLI purging) may hold the write lock for a moment, and switching a new
  // file to WAL needs that lock too.
  const database = new DatabaseSync(file, { timeout: BUSY_TIMEOUT_MS });
  // WAL lets the CLI read while the site writes; FULL makes a commit survive power loss, not
  // only a crash, because a receipt is the proof the cookie stands for.
  await switchToWal(database);
  database.exec('PRAGMA synchronous = FULL');
  return { dialect: new SqliteDialect({ database: kyselySqlite(database) }), raw: { kind: 'sqlite', database } };
}

async function postgresDialect(connectionString: string): Promise<{ dialect: Dialect; raw: RawClient }> {
  const { Pool } = await import('pg');
  const pool = new Pool({ connectionString, max: 10, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000, statement_timeout: 10_000 });
  // Without a listener, an idle client's error (a database restart) would crash the server.
  pool.on('error', (error) => console.error(`[consent log] PostgreSQL connection error: ${error.message}`));
  return { dialect: new PostgresDialect({ pool }), raw: { kind: 'postgres', pool } };
}

/** Opens the consent log database and keeps its driver handle (closed with `db.destroy()`). */
export async function openReceiptConnection(settings: Pick<ReceiptSettings, 'sqliteFile' | 'databaseUrl'>): Promise<ReceiptConnection> {
  const { dialect, raw } = settings.databaseUrl ? await postgresDialect(settings.databaseUrl) : await sqliteDialect(settings.sqliteFile);
  return { db: new Kysely<ReceiptDatabase>({ dialect }), raw };
}

/** Opens the consent log database: PostgreSQL when DATABASE_URL is set, else SQLite in DATA_DIR. */
export async function openReceiptDatabase(settings: Pick<ReceiptSettings, 'sqliteFile' | 'databaseUrl'>): Promise<Kysely<ReceiptDatabase>> {
  return (await openReceiptConnection(settings)).db;
}
