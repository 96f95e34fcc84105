import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleConsentPost, type ConsentPostContext } from '@/lib/consent/api';
import type { ConsentChoice, ConsentLog } from '@/lib/receipts/consent-log';
import { openReceiptDatabase } from '@/lib/receipts/connect';
import { migrateReceipts } from '@/lib/receipts/migrations';
import { PEER_ADDRESS_HEADER } from '@/lib/ops/client-address';
import { createRateLimiter, limitByClient } from '@/lib/receipts/rate-limit';
import { serverConsentLog, serverReceiptStore } from '@/lib/receipts/server';
import { consentPost } from './requests';

function memoryLog(): ConsentLog & { choices: ConsentChoice[] } {
  const choices: ConsentChoice[] = [];
  return { choices, record: async (choice) => void choices.push(choice) };
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

// A failing log's 503 (no cookie, Retry-After), like every refusal: tests/unit/consent/api-refusals.test.ts.

describe('POST /api/consent rate limit', () => {
  let context: ConsentPostContext;
  let log: ReturnType<typeof memoryLog>;
  const from = (address: string, headers: Record<string, string> = {}) => consentPost({}, { [PEER_ADDRESS_HEADER]: address, ...headers });

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    vi.setSystemTime(Date.UTC(2026, 10, 28, 12));
    log = memoryLog();
    const rateLimiter = limitByClient(createRateLimiter({ limit: 30 }), { hops: 0, secret: () => 'limit-test-secret-0123456789' });
    context = { revision: 1, secure: true, receipts: log, rateLimiter };
  });
  afterEach(() => vi.useRealTimers());

  it('answers 429 with Retry-After to the 31st request of a minute from one client, and records nothing for it', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i += 1) statuses.push((await handleConsentPost(from('203.0.113.7'), context)).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    vi.advanceTimersByTime(20_000);
    const refused = await handleConsentPost(from('203.0.113.7'), context);
    expect(statuses[30]).toBe(429);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('40');
    expect(refused.headers.get('set-cookie')).toBeNull();
    expect(await refused.json()).toEqual({ error: expect.stringContaining('40 seconds') });
    expect(log.choices).toHaveLength(30);
  });

  it('counts addresses apart, and a client cannot reset its count with X-Forwarded-For', async () => {
    for (let i = 0; i < 30; i += 1) await handleConsentPost(from('203.0.113.7', { 'X-Forwarded-For': `198.51.100.${i}` }), context);
    expect((await handleConsentPost(from('203.0.113.7', { 'X-Forwarded-For': '198.51.100.200' }), context)).status).toBe(429);
    expect((await handleConsentPost(from('203.0.113.8'), context)).status).toBe(200);
  });

  it('lets the client in again once the minute is over', async () => {
    for (let i = 0; i < 31; i += 1) await handleConsentPost(from('203.0.113.7'), context);
    vi.advanceTimersByTime(60_000);
    expect((await handleConsentPost(from('203.0.113.7'), context)).status).toBe(200);
  });
});

describe('the consent log the route uses', () => {
  const keys = ['DATA_DIR', 'DATABASE_URL', 'RECEIPT_SALT'] as const;
  const saved = keys.map((key) => [key, process.env[key]] as const);
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'receipts-server-'));
    Object.assign(process.env, { DATA_DIR: dir, DATABASE_URL: '', RECEIPT_SALT: 'server-test-salt-0123456789' });
  });
  afterEach(async () => {
    await serverReceiptStore().then((store) => store.close(), () => undefined);
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 and logs what to run while unmigrated, then works after `npm run db:migrate` without a restart', async () => {
    const context = { revision: 1, secure: true, receipts: serverConsentLog() };
    expect((await handleConsentPost(consentPost(), context)).status).toBe(503);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('The consent log is not migrated: run `npm run db:migrate`'));
    const db = await openReceiptDatabase({ sqliteFile: path.join(dir, 'receipts.sqlite'), databaseUrl: undefined });
    await migrateReceipts(db);
    await db.destroy();
    expect((await handleConsentPost(consentPost(), context)).status).toBe(200);
    expect(await (await serverReceiptStore()).count()).toBe(1);
  });
});
