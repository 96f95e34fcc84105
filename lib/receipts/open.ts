import { openReceiptConnection, type RawClient } from './connect';
import { assertMigrated } from './migrations';
import type { ReceiptSettings } from './settings';
import { createReceiptStore } from './store';
import type { ReceiptStore } from './types';

/** An open, migrated consent log and its driver handle (for the shared rate limit). */
export interface OpenReceiptLog {
  store: ReceiptStore;
  raw: RawClient;
}

/** Opens the consent log and checks its schema; throws ReceiptLogNotMigratedError when it is behind. */
export async function openReceiptLog(settings: Pick<ReceiptSettings, 'sqliteFile' | 'databaseUrl'>): Promise<OpenReceiptLog> {
  const { db, raw } = await openReceiptConnection(settings);
  try {
    await assertMigrated(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { store: createReceiptStore(db), raw };
}

/** Opens the consent log and checks its schema; throws ReceiptLogNotMigratedError when it is behind. */
export async function openReceiptStore(settings: Pick<ReceiptSettings, 'sqliteFile' | 'databaseUrl'>): Promise<ReceiptStore> {
  return (await openReceiptLog(settings)).store;
}
