import type { DatabaseSync, SQLInputValue } from 'node:sqlite';

/*
 * rate-limiter-flexible's RateLimiterSQLite (lib/RateLimiterSQLite.js, v11) accepts two client
 * types, sqlite3 and better-sqlite3, and no node:sqlite. With `storeType: 'better-sqlite3'` it checks
 * only that the client has `prepare` and no `run`, and then calls nothing but
 * `prepare(sql).run(...params)`, `prepare(sql).get(...params)` and `transaction(fn)()` (the upsert).
 * DatabaseSync has the first two with the same spread parameters; this file adds `transaction` with
 * better-sqlite3's semantics. tests/integration/receipts/rate-limit-sqlite.test.ts pins that surface, and
 * rate-limit-shared.test.ts the counters shared between two connections.
 */

/** A prepared statement as RateLimiterSQLite uses it. */
interface RateLimitStatement {
  run(...parameters: SQLInputValue[]): unknown;
  get(...parameters: SQLInputValue[]): unknown;
}

/** The subset of better-sqlite3's Database that RateLimiterSQLite calls. */
export interface RateLimitSqliteClient {
  prepare(sql: string): RateLimitStatement;
  transaction<T>(work: () => T): () => T;
}

/**
 * RateLimiterSQLite's client (`storeType: 'better-sqlite3'`) over the consent log's own DatabaseSync,
 * so the counters live in the same database as the receipts and every process on it shares them.
 */
export function rateLimitSqliteClient(database: DatabaseSync): RateLimitSqliteClient {
  return {
    prepare: (sql) => database.prepare(sql),
    // As better-sqlite3's db.transaction(fn)(): BEGIN…COMMIT, or a savepoint inside a transaction
    // already open on this connection; undone when `work` throws. `work` is synchronous, so no other
    // query of this process runs between BEGIN and COMMIT.
    transaction: (work) => () => {
      const nested = database.isTransaction;
      database.exec(nested ? 'SAVEPOINT rate_limit' : 'BEGIN');
      try {
        const result = work();
        database.exec(nested ? 'RELEASE rate_limit' : 'COMMIT');
        return result;
      } catch (error) {
        // SQLite may have rolled back by itself (e.g. SQLITE_FULL): then there is nothing to undo.
        if (database.isTransaction) database.exec(nested ? 'ROLLBACK TO rate_limit; RELEASE rate_limit' : 'ROLLBACK');
        throw error;
      }
    },
  };
}
