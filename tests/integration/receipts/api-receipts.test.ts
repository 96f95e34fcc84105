import { createHmac } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleConsentPost, type ConsentPostContext } from '@/lib/consent/api';
import type { ConsentRecord } from '@/lib/consent/format';
import { readEditionRecord } from '@/lib/policy/archive';
import { latestEdition } from '@/lib/policy/editions';
import { openReceiptDatabase } from '@/lib/receipts/connect';
import { createConsentLog } from '@/lib/receipts/consent-log';
import { migrateReceipts } from '@/lib/receipts/migrations';
import type { ReceiptDatabase } from '@/lib/receipts/schema';
import { createReceiptStore } from '@/lib/receipts/store';
import type { ReceiptStore } from '@/lib/receipts/types';
import { consentPost } from './requests';
import { STORE_TARGETS, type TestDatabase } from './targets';

const SALT = 'a-test-salt-of-sixteen+';
const NOW = new Date('2026-11-28T12:00:00.000Z');

describe.each(STORE_TARGETS)('POST /api/consent with the consent log on $name', (target) => {
  let database: TestDatabase;
  let db: Kysely<ReceiptDatabase>;
  let store: ReceiptStore;
  let context: ConsentPostContext;

  beforeEach(async () => {
    database = await target.fresh();
    db = await openReceiptDatabase(database.settings);
    await migrateReceipts(db);
    store = createReceiptStore(db);
    context = { revision: 3, now: NOW, secure: true, receipts: createConsentLog(store, SALT) };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await store.close();
    await database.cleanup();
  });

  it('stores one receipt per accepted choice, with hashes instead of the user agent', async () => {
    const headers = { 'Sec-GPC': '1', 'X-Forwarded-For': '203.0.113.7' };
    const response = await handleConsentPost(consentPost({ action: 'accept_all', usability: false }, headers), context);
    expect(response.status).toBe(200);
    const { record } = (await response.json()) as { record: ConsentRecord };
    const [stored, ...more] = await store.history(record.id);
    expect(more).toEqual([]);
    expect(stored).toEqual({
      consentId: record.id,
      at: NOW.toISOString(),
      policyRevision: 3,
      technical: true,
      usability: true,
      tracking: true,
      marketing: true,
      action: 'accept_all',
      locale: 'en',
      gpc: true,
      // The exact archived text the visitor was shown: the latest edition, in English.
      textsHash: readEditionRecord(process.cwd(), latestEdition()!.id).hashes.en,
      userAgentHash: createHmac('sha256', SALT).update('Mozilla/5.0 (receipt-test)').digest('hex'),
    });
  });

  it('records GPC as off without the header and a null hash without a user agent', async () => {
    const response = await handleConsentPost(consentPost({}, { 'User-Agent': '' }), context);
    const { record } = (await response.json()) as { record: ConsentRecord };
    expect(await store.history(record.id)).toEqual([expect.objectContaining({ gpc: false, userAgentHash: null })]);
  });

  it('answers a real driver failure (an unmigrated database) as any failing log: 503, and stores nothing', async () => {
    const broken = await target.fresh();
    const unmigrated = createReceiptStore(await openReceiptDatabase(broken.settings));
    try {
      const response = await handleConsentPost(consentPost(), { ...context, receipts: createConsentLog(unmigrated, SALT) });
      expect(response.status).toBe(503);
      expect(await store.count()).toBe(0);
    } finally {
      await unmigrated.close();
      await broken.cleanup();
    }
  });

  it('keeps exactly one receipt per 2xx answer under 200 concurrent POSTs, with some inserts failing', async () => {
    let calls = 0;
    const flaky = { append: (r: Parameters<ReceiptStore['append']>[0]) => (++calls % 7 === 0 ? Promise.reject(new Error('disk full')) : store.append(r)) };
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => handleConsentPost(consentPost({ action: i % 2 ? 'reject_all' : 'accept_all' }), { ...context, receipts: createConsentLog(flaky, SALT) })),
    );
    const ok = answers.filter((a) => a.status === 200);
    expect(ok.length + answers.filter((a) => a.status === 503).length).toBe(200);
    expect(ok.length).toBe(200 - Math.floor(200 / 7));
    expect(await store.count()).toBe(ok.length);
    for (const answer of ok) {
      const { record } = (await answer.json()) as { record: ConsentRecord };
      expect(await store.history(record.id)).toHaveLength(1);
    }
  });
});

describe('the SQLite file', () => {
  it('never holds the raw user agent or the client address', async () => {
    const database = await STORE_TARGETS[0]!.fresh();
    const db = await openReceiptDatabase(database.settings);
    await migrateReceipts(db);
    const store = createReceiptStore(db);
    const headers = { 'User-Agent': 'UniqueAgent/9.9 (fingerprint)', 'X-Forwarded-For': '198.51.100.23, 10.0.0.1' };
    expect((await handleConsentPost(consentPost({}, headers), { revision: 1, secure: true, receipts: createConsentLog(store, SALT) })).status).toBe(200);
    const dir = path.dirname(database.settings.sqliteFile);
    const bytes = readdirSync(dir).map((f) => readFileSync(path.join(dir, f)).toString('latin1')).join('');
    await store.close();
    await database.cleanup();
    expect(bytes).toContain('consent_receipts');
    expect(bytes).not.toContain('UniqueAgent');
    expect(bytes).not.toContain('198.51.100.23');
  });
});
