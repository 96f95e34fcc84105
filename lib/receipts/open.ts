import { openReceiptDatabase } from './connect';
import { assertMigrated } from './migrations';
import type { ReceiptSettings } from './settings';
import { createReceiptStore } from './store';
import type { ReceiptStore } from './types';

/** Opens the consent log and checks its schema; throws ReceiptLogNotMigratedError when it is behind. */
export async function openReceiptStore(settings: Pick<ReceiptSettings, 'sqliteFile' | 'databaseUrl'>): Promise<ReceiptStore> {
  const db = await openReceiptDatabase(settings);
  try {
    await assertMigrated(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createReceiptStore(db);
}
