import { DatabaseSync } from 'node:sqlite';
import { RateLimiterMemory, RateLimiterSQLite } from 'rate-limiter-flexible';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rateLimitSqliteClient, type RateLimitSqliteClient } from '@/lib/receipts/rate-limit-sqlite';

const TABLE = 'limits';

/** The client, refusing any member other than those rate-limit-sqlite.ts says the library calls. */
function strict(client: RateLimitSqliteClient, seen: Set<string>): RateLimitSqliteClient {
  return new Proxy(client, {
    get(target, property, receiver) {
      // The library's own check that this is not a sqlite3 client reads `run` and wants undefined;
      // its async _getConnection returns the client, so promise resolution looks for a `then`.
      if (property === 'run' || property === 'then') return undefined;
      seen.add(String(property));
      if (property !== 'prepare' && property !== 'transaction') throw new Error(`RateLimiterSQLite called ${String(property)}, which the client does not give`);
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

describe("rate-limiter-flexible's SQLite store on node:sqlite", () => {
  let raw: DatabaseSync;
  beforeEach(() => {
    raw = new DatabaseSync(':memory:');
    raw.exec(`CREATE TABLE ${TABLE} (key TEXT PRIMARY KEY, points INTEGER NOT NULL DEFAULT 0, expire INTEGER)`);
  });
  afterEach(() => raw.close());

  it('gets, through every call the consent API and the library make, nothing but prepare and transaction', async () => {
    const seen = new Set<string>();
    const insuranceLimiter = new RateLimiterMemory({ points: 1000, duration: 60 });
    const limiter = new RateLimiterSQLite({ storeClient: strict(rateLimitSqliteClient(raw), seen), storeType: 'better-sqlite3', tableName: TABLE, tableCreated: true, points: 3, duration: 60, insuranceLimiter });
    await limiter.consume('k');
    await limiter.consume('k', 2);
    await expect(limiter.consume('k')).rejects.toMatchObject({ remainingPoints: 0 });
    expect(await limiter.get('k')).toMatchObject({ consumedPoints: 4 });
    await limiter.penalty('k');
    await limiter.block('other', 10);
    expect(await limiter.delete('k')).toBe(true);
    expect(await limiter.delete('other')).toBe(true);
    expect([...seen].sort()).toEqual(['prepare', 'transaction']);
    // Every count above went to the table: the in-memory insurance never stood in.
    expect(await insuranceLimiter.get('k')).toBeNull();
    expect(raw.prepare(`SELECT COUNT(*) AS n FROM ${TABLE}`).get()).toEqual({ n: 0 });
  });

  it('commits a transaction and returns what its work returned', () => {
    const client = rateLimitSqliteClient(raw);
    const result = client.transaction(() => client.prepare(`INSERT INTO ${TABLE} (key, points) VALUES (?, ?) RETURNING points`).get('a', 5))();
    expect(result).toEqual({ points: 5 });
    expect(raw.isTransaction).toBe(false);
    expect(raw.prepare(`SELECT points FROM ${TABLE} WHERE key = ?`).get('a')).toEqual({ points: 5 });
  });

  it('rolls back when its work throws, and rethrows', () => {
    const client = rateLimitSqliteClient(raw);
    const failing = client.transaction(() => {
      client.prepare(`INSERT INTO ${TABLE} (key) VALUES (?)`).run('a');
      throw new Error('after the write');
    });
    expect(failing).toThrow('after the write');
    expect(raw.isTransaction).toBe(false);
    expect(raw.prepare(`SELECT COUNT(*) AS n FROM ${TABLE}`).get()).toEqual({ n: 0 });
  });

  it('nests as a savepoint inside a transaction already open on the connection, as better-sqlite3 does', () => {
    const client = rateLimitSqliteClient(raw);
    raw.exec('BEGIN');
    client.transaction(() => client.prepare(`INSERT INTO ${TABLE} (key) VALUES (?)`).run('kept'))();
    expect(() =>
      client.transaction(() => {
        client.prepare(`INSERT INTO ${TABLE} (key) VALUES (?)`).run('undone');
        throw new Error('inner');
      })(),
    ).toThrow('inner');
    expect(raw.isTransaction).toBe(true);
    raw.exec('COMMIT');
    expect(raw.prepare(`SELECT key FROM ${TABLE}`).all()).toEqual([{ key: 'kept' }]);
  });
});
