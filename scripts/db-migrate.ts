/* `npm run db:migrate`: brings the consent log's schema up to date (SQLite in DATA_DIR, or DATABASE_URL). */
import { openReceiptDatabase } from '../lib/receipts/connect';
import { migrateReceipts } from '../lib/receipts/migrations';
import { describeLocation, receiptSettings } from '../lib/receipts/settings';

try {
  const settings = receiptSettings();
  const where = describeLocation(settings);
  const db = await openReceiptDatabase(settings);
  try {
    const applied = await migrateReceipts(db);
    console.log(applied.length > 0 ? `✓ Consent log migrated (${where}): applied ${applied.join(', ')}.` : `✓ Consent log is up to date (${where}).`);
  } finally {
    await db.destroy();
  }
} catch (error) {
  console.error(`✗ Could not migrate the consent log: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
