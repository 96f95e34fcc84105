import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import { RATE_LIMIT_TABLE, RECEIPTS_TABLE } from './schema';

/** The message every entry point gives when the schema is missing or behind. */
export const NOT_MIGRATED_MESSAGE = 'The consent log is not migrated: run `npm run db:migrate`';

/** Thrown when the consent log's tables are missing or older than the code. */
export class ReceiptLogNotMigratedError extends Error {
  constructor(pending: string[]) {
    super(`${NOT_MIGRATED_MESSAGE} (pending: ${pending.join(', ')}).`);
    this.name = 'ReceiptLogNotMigratedError';
  }
}

function isPostgres<DB>(db: Kysely<DB>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

const createReceipts: Migration = {
  async up(db) {
    const pg = isPostgres(db);
    const timestamp = pg ? 'timestamptz' : 'text';
    const flag = pg ? 'boolean' : 'integer';
    await db.schema
      .createTable(RECEIPTS_TABLE)
      .addColumn('seq', pg ? 'bigint' : 'integer', (c) => (pg ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey().autoIncrement()))
      .addColumn('consent_id', 'text', (c) => c.notNull())
      // SQLite compares the text: only toISOString's fixed UTC form keeps that order right.
      .addColumn('at', timestamp, (c) => (pg ? c.notNull() : c.notNull().check(sql`at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'`)))
      .addColumn('policy_revision', 'integer', (c) => c.notNull())
      .addColumn('technical', flag, (c) => c.notNull())
      .addColumn('usability', flag, (c) => c.notNull())
      .addColumn('tracking', flag, (c) => c.notNull())
      .addColumn('marketing', flag, (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull().check(sql`action IN ('accept_all', 'reject_all', 'custom', 'withdraw')`))
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('gpc', flag, (c) => c.notNull())
      .addColumn('texts_hash', 'text', (c) => c.notNull())
      .addColumn('user_agent_hash', 'text')
      .execute();
    await db.schema.createIndex('consent_receipts_consent_id').on(RECEIPTS_TABLE).column('consent_id').execute();
    await db.schema.createIndex('consent_receipts_at').on(RECEIPTS_TABLE).column('at').execute();
    // Append-only in the database too, not only in this code: a change of mind is a new row.
    if (pg) {
      await sql`CREATE FUNCTION consent_receipts_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'consent receipts are append-only'; END $$`.execute(db);
      await sql`CREATE TRIGGER consent_receipts_append_only BEFORE UPDATE ON consent_receipts
        FOR EACH ROW EXECUTE FUNCTION consent_receipts_append_only()`.execute(db);
    } else {
      await sql`CREATE TRIGGER consent_receipts_append_only BEFORE UPDATE ON consent_receipts
        BEGIN SELECT RAISE(ABORT, 'consent receipts are append-only'); END`.execute(db);
    }
  },
  async down(db) {
    await db.schema.dropTable(RECEIPTS_TABLE).execute();
    if (isPostgres(db)) await sql`DROP FUNCTION IF EXISTS consent_receipts_append_only()`.execute(db);
  },
};

// The table rate-limiter-flexible's SQLite and PostgreSQL stores use, made here so that creating it
// happens under the migration lock rather than racing between instances at start-up.
const createRateLimit: Migration = {
  async up(db) {
    const pg = isPostgres(db);
    await db.schema
      .createTable(RATE_LIMIT_TABLE)
      .addColumn('key', pg ? 'varchar(255)' : 'text', (c) => c.primaryKey())
      .addColumn('points', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('expire', 'bigint')
      .execute();
  },
  async down(db) {
    await db.schema.dropTable(RATE_LIMIT_TABLE).execute();
  },
};

// A static provider: migrations ship inside the code, so no directory has to exist at run time.
const provider: MigrationProvider = {
  getMigrations: async () => ({ '0001_consent_receipts': createReceipts, '0002_consent_rate_limit': createRateLimit }),
};

async function migrator<DB>(db: Kysely<DB>): Promise<Migrator> {
  // On PostgreSQL the bookkeeping tables go to the schema in use, so two schemas on one server
  // (tests, staging) never mistake each other's migration tables for their own.
  const schema = isPostgres(db) ? (await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(db)).rows[0]?.schema : undefined;
  return new Migrator({
    db,
    provider,
    migrationTableName: 'consent_log_migration',
    migrationLockTableName: 'consent_log_migration_lock',
    migrationTableSchema: schema,
  });
}

async function migrateToLatest<DB>(db: Kysely<DB>): Promise<string[]> {
  const { error, results = [] } = await (await migrator(db)).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Applies every pending migration; returns the names applied (none when up to date). Safe when two
 * processes start at once: PostgreSQL serialises them with Kysely's advisory lock; on SQLite, whose
 * Kysely adapter takes no lock, the whole run is one BEGIN IMMEDIATE transaction (SQLite DDL is
 * transactional), so the second process waits (busy_timeout) and then finds nothing to do.
 */
export async function migrateReceipts<DB>(db: Kysely<DB>): Promise<string[]> {
  if (isPostgres(db)) return migrateToLatest(db);
  // Kysely's SQLite driver has one connection: these statements share its transaction.
  await sql`BEGIN IMMEDIATE`.execute(db);
  try {
    const applied = await migrateToLatest(db);
    await sql`COMMIT`.execute(db);
    return applied;
  } catch (error) {
    await sql`ROLLBACK`.execute(db).catch(() => undefined);
    throw error;
  }
}

/** The migrations not yet applied (none when the schema is current). */
export async function pendingMigrations<DB>(db: Kysely<DB>): Promise<string[]> {
  const migrations = await (await migrator(db)).getMigrations();
  return migrations.filter((m) => !m.executedAt).map((m) => m.name);
}

/** Throws ReceiptLogNotMigratedError unless every migration has been applied. */
export async function assertMigrated<DB>(db: Kysely<DB>): Promise<void> {
  const pending = await pendingMigrations(db);
  if (pending.length > 0) throw new ReceiptLogNotMigratedError(pending);
}
