import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { SqliteDatabase } from 'kysely';

/*
 * Kysely's SqliteDialect is written against better-sqlite3's Database (its SqliteDatabase
 * interface: `prepare(sql)` giving a statement with `reader`, `all`, `run` and `iterate`, each taking
 * the parameters as one array). node:sqlite's StatementSync differs in three ways this file bridges:
 * it has no `reader`, it takes the parameters spread, and it reads a first parameter that is a plain
 * object (a Date too) as named parameters, binding NULL where a value was meant.
 */

/**
 * The parameters Kysely compiled, checked as better-sqlite3 checks them: numbers, strings, bigints,
 * bytes (a Buffer or other Uint8Array) and null bind; undefined binds NULL (Node 24 would throw, Node 26 binds NULL: one rule on
 * both); anything else (a boolean, a Date, an object) is a TypeError rather than a silent NULL.
 */
export function bindable(parameters: ReadonlyArray<unknown>): SQLInputValue[] {
  return parameters.map((value, index) => {
    if (value === undefined || value === null) return null;
    if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'string' || value instanceof Uint8Array) return value;
    throw new TypeError(`SQLite cannot bind parameter ${index + 1} (${Object.prototype.toString.call(value).slice(8, -1)}): only numbers, strings, bigints, bytes (Uint8Array) and null.`);
  });
}

/** Kysely's SqliteDatabase over node:sqlite's DatabaseSync (what `new SqliteDialect({ database })` takes). */
export function kyselySqlite(database: DatabaseSync): SqliteDatabase {
  return {
    // Idempotent, as better-sqlite3's is: DatabaseSync throws when closed twice.
    close: () => {
      if (database.isOpen) database.close();
    },
    prepare(sql) {
      const statement = database.prepare(sql);
      return {
        // better-sqlite3 sets `reader` when the statement has result columns (sqlite3_column_count
        // ≥ 1): a SELECT, a RETURNING clause, a PRAGMA that answers. Kysely then reads rows, else changes.
        reader: statement.columns().length > 0,
        all: (parameters) => statement.all(...bindable(parameters)),
        run: (parameters) => statement.run(...bindable(parameters)),
        iterate: (parameters) => statement.iterate(...bindable(parameters)),
      };
    },
  };
}
