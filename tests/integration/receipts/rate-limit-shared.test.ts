import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openReceiptConnection, type ReceiptConnection } from '@/lib/receipts/connect';
import { migrateReceipts } from '@/lib/receipts/migrations';
import { createRateLimiter } from '@/lib/receipts/rate-limit';
import { STORE_TARGETS, type TestDatabase } from './targets';

describe.each(STORE_TARGETS)('the rate limit in the consent log database ($name)', (target) => {
  let database: TestDatabase;
  let instances: ReceiptConnection[];

  beforeEach(async () => {
    database = await target.fresh();
    // Two connections stand for two server instances on one database.
    instances = [await openReceiptConnection(database.settings), await openReceiptConnection(database.settings)];
    await migrateReceipts(instances[0]!.db);
  });
  afterEach(async () => {
    for (const { db } of instances) await db.destroy();
    await database.cleanup();
  });

  it('counts one client across instances: the 6th request of a 5-a-minute limit is refused wherever it lands', async () => {
    const [a, b] = instances.map(({ raw }) => createRateLimiter({ limit: 5, store: raw }));
    const decisions = [];
    for (let i = 0; i < 6; i += 1) decisions.push(await (i % 2 ? b! : a!).hit('client-1'));
    expect(decisions.slice(0, 5).every((d) => d.allowed)).toBe(true);
    expect(decisions[5]).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
    const refused = decisions[5] as { retryAfterSeconds: number };
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect((await a!.hit('client-2')).allowed).toBe(true);
  });

  it('keeps counters in its own table, by key only', async () => {
    const limiter = createRateLimiter({ limit: 5, store: instances[0]!.raw });
    await limiter.hit('a-hashed-key');
    const rows = await instances[1]!.db.selectFrom('consent_rate_limit').selectAll().execute();
    expect(rows).toEqual([{ key: 'consent:a-hashed-key', points: 1, expire: expect.anything() }]);
  });
});
