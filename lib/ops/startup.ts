import { openReceiptDatabase } from '../receipts/connect';
import { migrateReceipts, NOT_MIGRATED_MESSAGE, pendingMigrations } from '../receipts/migrations';
import { describeLocation, receiptSettings } from '../receipts/settings';

/** What start-up did to the consent log, for the server log and for tests. */
export type StartupOutcome =
  | { kind: 'migrated'; applied: string[] }
  | { kind: 'pending'; pending: string[] }
  | { kind: 'failed'; message: string };

/**
 * Zero set-up (docs/architecture.md, "Operations"), run once per server process from instrumentation.ts:
 * SQLite (the embedded default) is created or migrated here; PostgreSQL only with
 * MIGRATE_ON_START=1 (`npm run db:migrate` stays the deploy step), else pending migrations are
 * reported with the command to run. Never throws: the site's pages do not need the log, and the
 * consent API and /api/health answer 503 with the reason until it is fixed.
 */
export async function prepareConsentLog(source: Record<string, string | undefined> = process.env, log: (line: string) => void = console.log): Promise<StartupOutcome> {
  let where = 'the consent log';
  try {
    const settings = receiptSettings(source);
    where = describeLocation(settings);
    const db = await openReceiptDatabase(settings);
    try {
      if (!settings.databaseUrl || settings.migrateOnStart) {
        const applied = await migrateReceipts(db);
        log(applied.length > 0 ? `[consent log] ${where}: applied ${applied.join(', ')}` : `[consent log] ${where}: schema up to date`);
        return { kind: 'migrated', applied };
      }
      const pending = await pendingMigrations(db);
      if (pending.length === 0) return { kind: 'migrated', applied: [] };
      console.error(`[consent log] ${where}: ${NOT_MIGRATED_MESSAGE} (or start with MIGRATE_ON_START=1); pending: ${pending.join(', ')}. Consent requests answer 503 until then.`);
      return { kind: 'pending', pending };
    } finally {
      await db.destroy();
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[consent log] ${where} could not be prepared at start-up: ${message}`);
    return { kind: 'failed', message };
  }
}
