import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openReceiptDatabase } from '@/lib/receipts/connect';
import { writeExport } from '@/lib/receipts/export';
import { assertMigrated, migrateReceipts, ReceiptLogNotMigratedError } from '@/lib/receipts/migrations';
import { openReceiptStore } from '@/lib/receipts/open';
import type { ReceiptDatabase } from '@/lib/receipts/schema';
import { createReceiptStore } from '@/lib/receipts/store';
import { RECEIPT_COLUMNS, type ConsentReceipt, type ReceiptStore } from '@/lib/receipts/types';
import { receipt, STORE_TARGETS, type TestDatabase } from './targets';

async function exported(store: ReceiptStore, from: string, to: string, format: 'csv' | 'json'): Promise<string> {
  let out = '';
  await writeExport(store.range(new Date(from), new Date(to)), format, (chunk) => {
    out += chunk;
  });
  return out;
}

describe.each(STORE_TARGETS)('the consent log on $name', (target) => {
  let database: TestDatabase;
  let db: Kysely<ReceiptDatabase>;
  let store: ReceiptStore;

  beforeEach(async () => {
    database = await target.fresh();
    db = await openReceiptDatabase(database.settings);
    await migrateReceipts(db);
    store = createReceiptStore(db);
  });
  afterEach(async () => {
    await store.close();
    await database.cleanup();
  });

  it('appends a receipt and reads it back field for field', async () => {
    const original = receipt({ gpc: true, userAgentHash: null, action: 'withdraw', usability: false, marketing: false });
    await store.append(original);
    expect(await store.history(original.consentId)).toEqual([original]);
    expect(await store.count()).toBe(1);
  });

  it('keeps a change of mind as a new row: the history of one id lists every row, oldest first', async () => {
    const first = receipt({ action: 'accept_all', tracking: true, at: '2026-11-01T10:00:00.000Z' });
    const second = receipt({ consentId: first.consentId, action: 'withdraw', usability: false, tracking: false, marketing: false, at: '2026-11-02T10:00:00.000Z' });
    await store.append(first);
    await store.append(receipt());
    await store.append(second);
    expect(await store.history(first.consentId)).toEqual([first, second]);
    expect(await store.history('00000000-0000-4000-8000-000000000000')).toEqual([]);
  });

  it('refuses to change a receipt, in the database itself', async () => {
    await store.append(receipt());
    await expect(sql`UPDATE consent_receipts SET tracking = ${1}`.execute(db)).rejects.toThrow(/append-only/);
  });

  it('exports a date range as CSV with a header row, from inclusive and to exclusive', async () => {
    const inside = [receipt({ at: '2026-11-01T00:00:00.000Z' }), receipt({ at: '2026-11-15T08:30:00.000Z', locale: 'ru' })];
    for (const r of [receipt({ at: '2026-10-31T23:59:59.999Z' }), ...inside, receipt({ at: '2026-12-01T00:00:00.000Z' })]) await store.append(r);
    const lines = (await exported(store, '2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z', 'csv')).split('\r\n');
    expect(lines).toEqual([RECEIPT_COLUMNS.join(','), ...inside.map((r) => expect.stringContaining(`${r.consentId},${r.at},1,true,`)), '']);
    expect(lines[2]).toBe(`${inside[1]!.consentId},2026-11-15T08:30:00.000Z,1,true,true,false,true,custom,ru,false,${'a'.repeat(64)},${'b'.repeat(64)}`);
  });

  it('quotes CSV fields that hold commas, quotes or line breaks', async () => {
    await store.append(receipt({ locale: 'en,"x"\nz', userAgentHash: null }));
    const csv = await exported(store, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z', 'csv');
    expect(csv).toContain(',custom,"en,""x""\nz",false,');
    expect(csv.trimEnd().endsWith(',')).toBe(true);
  });

  it('exports JSON as an array of rows with the CSV column names', async () => {
    const one = receipt({ gpc: true });
    await store.append(one);
    const rows = JSON.parse(await exported(store, '2026-11-28T00:00:00Z', '2026-11-29T00:00:00Z', 'json')) as Record<string, unknown>[];
    expect(rows).toEqual([expect.objectContaining({ consent_id: one.consentId, at: one.at, gpc: true, technical: true, user_agent_hash: one.userAgentHash })]);
    expect(Object.keys(rows[0]!)).toEqual([...RECEIPT_COLUMNS]);
    expect(JSON.parse(await exported(store, '2020-01-01T00:00:00Z', '2020-01-02T00:00:00Z', 'json'))).toEqual([]);
  });

  it('exports more rows than one page, each once and in order', async () => {
    const many: ConsentReceipt[] = Array.from({ length: 2345 }, (_, i) => receipt({ at: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString() }));
    await db.transaction().execute(async (trx) => {
      const inTrx = createReceiptStore(trx);
      for (const r of many) await inTrx.append(r);
    });
    const ids: string[] = [];
    for await (const r of store.range(new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'))) ids.push(r.consentId);
    expect(ids).toEqual(many.map((r) => r.consentId));
  });

  it('purges receipts older than the cutoff and keeps the rest', async () => {
    const kept = receipt({ at: '2026-01-01T00:00:00.000Z' });
    await store.append(receipt({ at: '2022-12-31T23:59:59.999Z' }));
    await store.append(receipt({ at: '2020-05-05T05:05:05.005Z' }));
    await store.append(kept);
    expect(await store.purgeOlderThan(new Date('2023-01-01T00:00:00Z'))).toBe(2);
    expect(await store.purgeOlderThan(new Date('2023-01-01T00:00:00Z'))).toBe(0);
    expect(await store.count()).toBe(1);
    expect(await store.history(kept.consentId)).toEqual([kept]);
  });

  it('applies migrations once: running them again changes nothing', async () => {
    await store.append(receipt());
    expect(await migrateReceipts(db)).toEqual([]);
    await expect(assertMigrated(db)).resolves.toBeUndefined();
    expect(await store.count()).toBe(1);
  });

  it('refuses to open an unmigrated log with a message that says what to run', async () => {
    const empty = await target.fresh();
    try {
      const failure = openReceiptStore(empty.settings);
      await expect(failure).rejects.toBeInstanceOf(ReceiptLogNotMigratedError);
      await expect(failure).rejects.toThrow('The consent log is not migrated: run `npm run db:migrate`');
    } finally {
      await empty.cleanup();
    }
  });
});
