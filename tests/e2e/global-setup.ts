import { openReceiptDatabase } from '../../lib/receipts/connect';
import { migrateReceipts } from '../../lib/receipts/migrations';
import { receiptSettings } from '../../lib/receipts/settings';
import { E2E_DATA_DIRS } from '../../playwright.config';

/** The test servers write consent receipts: give each its own migrated SQLite log. */
export default async function globalSetup(): Promise<void> {
  for (const dir of E2E_DATA_DIRS) {
    const db = await openReceiptDatabase(receiptSettings({ DATA_DIR: dir }));
    try {
      await migrateReceipts(db);
    } finally {
      await db.destroy();
    }
  }
}
