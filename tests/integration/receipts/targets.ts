import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { ConsentReceipt } from '@/lib/receipts/types';

/** A fresh, empty, unmigrated consent log database. */
export interface TestDatabase {
  settings: { sqliteFile: string; databaseUrl: string | undefined };
  /** The environment a spawned script needs to reach the same database. */
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

/** A kind of database the storage suite runs against. */
export interface StoreTarget {
  name: string;
  fresh(): Promise<TestDatabase>;
}

const sqlite: StoreTarget = {
  name: 'SQLite',
  async fresh() {
    const dir = mkdtempSync(path.join(tmpdir(), 'receipts-'));
    return {
      settings: { sqliteFile: path.join(dir, 'receipts.sqlite'), databaseUrl: undefined },
      env: { DATA_DIR: dir, DATABASE_URL: '' },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

// Each test gets its own schema, so test files running in parallel on one server never meet.
function postgres(baseUrl: string): StoreTarget {
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client(baseUrl);
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    name: 'PostgreSQL',
    async fresh() {
      const schema = `receipts_test_${randomBytes(6).toString('hex')}`;
      await admin((c) => c.query(`CREATE SCHEMA ${schema}`));
      const url = new URL(baseUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      return {
        settings: { sqliteFile: '/nonexistent/receipts.sqlite', databaseUrl: url.toString() },
        env: { DATABASE_URL: url.toString() },
        cleanup: () => admin((c) => c.query(`DROP SCHEMA ${schema} CASCADE`)).then(() => undefined),
      };
    },
  };
}

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export const STORE_TARGETS: StoreTarget[] = process.env.TEST_DATABASE_URL ? [sqlite, postgres(process.env.TEST_DATABASE_URL)] : [sqlite];

/** A receipt with every field filled, overridable. */
export function receipt(patch: Partial<ConsentReceipt> = {}): ConsentReceipt {
  return {
    consentId: randomUUID(),
    at: '2026-11-28T12:00:00.000Z',
    policyRevision: 1,
    technical: true,
    usability: true,
    tracking: false,
    marketing: true,
    action: 'custom',
    locale: 'en',
    gpc: false,
    textsHash: 'a'.repeat(64),
    userAgentHash: 'b'.repeat(64),
    ...patch,
  };
}
