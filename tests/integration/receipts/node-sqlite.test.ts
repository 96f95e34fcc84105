import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Kysely, SqliteDialect, sql, type Generated } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUSY_TIMEOUT_MS, openReceiptConnection, switchToWal } from '@/lib/receipts/connect';
import { bindable, kyselySqlite } from '@/lib/receipts/node-sqlite';

interface Note {
  id: Generated<number>;
  body: string | null;
  n: number | null;
}

describe('the parameters handed to node:sqlite', () => {
  it('pass numbers, strings, bigints, bytes and null as they are, and undefined as null', () => {
    const bytes = new Uint8Array([1, 2]);
    expect(bindable([1, 1.5, 'a', 2n, bytes, null, undefined])).toEqual([1, 1.5, 'a', 2n, bytes, null, null]);
  });

  it('refuse a boolean, a Date or an object, naming the position, instead of binding NULL', () => {
    expect(() => bindable(['a', true])).toThrow(/parameter 2 \(Boolean\)/);
    expect(() => bindable([new Date()])).toThrow(/parameter 1 \(Date\)/);
    expect(() => bindable([{ a: 1 }])).toThrow(TypeError);
    expect(() => bindable([new Uint16Array(1)])).toThrow(/Uint16Array/);
  });
});

describe("Kysely's SqliteDialect on node:sqlite", () => {
  let raw: DatabaseSync;
  let db: Kysely<{ notes: Note }>;

  beforeEach(async () => {
    raw = new DatabaseSync(':memory:');
    db = new Kysely<{ notes: Note }>({ dialect: new SqliteDialect({ database: kyselySqlite(raw) }) });
    await db.schema.createTable('notes').addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()).addColumn('body', 'text').addColumn('n', 'integer').execute();
  });
  afterEach(async () => {
    await db.destroy();
  });

  it('marks as readers exactly the statements that have result columns, as better-sqlite3 does', () => {
    const reader = (text: string) => kyselySqlite(raw).prepare(text).reader;
    expect([reader('SELECT 1'), reader('INSERT INTO notes (body) VALUES (1) RETURNING id'), reader('PRAGMA journal_mode')]).toEqual([true, true, true]);
    expect([reader('INSERT INTO notes (body) VALUES (1)'), reader('DELETE FROM notes'), reader('BEGIN IMMEDIATE'), reader('CREATE TABLE t (x)')]).toEqual([false, false, false, false]);
  });

  it('inserts, reads back and counts the rows it changed', async () => {
    const insert = await db.insertInto('notes').values({ body: 'first', n: 7 }).executeTakeFirstOrThrow();
    expect(insert.insertId).toBe(1n);
    expect(await db.insertInto('notes').values({ body: null, n: null }).returning(['id', 'body']).execute()).toEqual([{ id: 2, body: null }]);
    expect(await db.selectFrom('notes').select(['id', 'body', 'n']).where('n', '=', 7).execute()).toEqual([{ id: 1, body: 'first', n: 7 }]);
    const deleted = await db.deleteFrom('notes').where('id', '>', 0).executeTakeFirst();
    expect(deleted.numDeletedRows).toBe(2n);
  });

  it('streams a select row by row', async () => {
    await db.insertInto('notes').values([{ body: 'a' }, { body: 'b' }, { body: 'c' }]).execute();
    const bodies: Array<string | null> = [];
    for await (const row of db.selectFrom('notes').select('body').orderBy('id').stream()) bodies.push(row.body);
    expect(bodies).toEqual(['a', 'b', 'c']);
  });

  it('commits a transaction, and rolls it back when its work throws', async () => {
    await db.transaction().execute((trx) => trx.insertInto('notes').values({ body: 'kept' }).execute());
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('notes').values({ body: 'undone' }).execute();
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect((await db.selectFrom('notes').select('body').execute()).map((r) => r.body)).toEqual(['kept']);
  });

  it('refuses a Date parameter rather than storing NULL', async () => {
    await expect(sql`SELECT ${new Date()} AS d`.execute(db)).rejects.toThrow(TypeError);
  });

  it('closes once, however often it is destroyed', async () => {
    const database = kyselySqlite(raw);
    database.close();
    expect(() => database.close()).not.toThrow();
    expect(raw.isOpen).toBe(false);
  });
});

describe('the embedded consent log file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'node-sqlite-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates its directory and opens in WAL mode, synchronous FULL, with a busy timeout', async () => {
    const file = path.join(dir, 'not', 'yet', 'receipts.sqlite');
    const { db, raw } = await openReceiptConnection({ sqliteFile: file, databaseUrl: undefined });
    const pragma = async (name: string) => Object.values((await sql.raw(`PRAGMA ${name}`).execute(db)).rows[0] as object)[0] as unknown;
    expect(raw.kind).toBe('sqlite');
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('synchronous')).toBe(2); // FULL
    expect(await pragma('busy_timeout')).toBe(BUSY_TIMEOUT_MS);
    await db.destroy();
    // Another connection sees WAL too: the mode is kept in the file, not only on this connection.
    const again = new DatabaseSync(file);
    expect(again.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    again.close();
  });

  // Two servers starting at once on a new file: one holds the write lock (here, an open BEGIN
  // IMMEDIATE in rollback mode, the file's mode before anyone switched it) while the other switches
  // to WAL. SQLite answers the second at once with "database is locked", not after the busy timeout.
  it('opens while another connection holds the new file\'s write lock, once that lock is released', async () => {
    const file = path.join(dir, 'receipts.sqlite');
    const other = new DatabaseSync(file, { timeout: BUSY_TIMEOUT_MS });
    other.exec('BEGIN IMMEDIATE');
    other.exec('CREATE TABLE first_starter (x)');
    // What happened before the retry: the switch fails at once, without waiting.
    const plain = new DatabaseSync(file, { timeout: BUSY_TIMEOUT_MS });
    expect(() => plain.exec('PRAGMA journal_mode = WAL')).toThrow(/database is locked/);
    plain.close();

    const release = setTimeout(() => other.exec('COMMIT'), 200);
    const { db } = await openReceiptConnection({ sqliteFile: file, databaseUrl: undefined });
    clearTimeout(release);
    expect(other.isTransaction).toBe(false);
    expect((await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(db)).rows[0]?.journal_mode).toBe('wal');
    // The first starter's work is there: the second connection waited for it, it did not go around it.
    expect((await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE name = 'first_starter'`.execute(db)).rows).toHaveLength(1);
    await db.destroy();
    other.close();
  });

  it('gives up with SQLite\'s own message when the lock outlasts the wait', async () => {
    const file = path.join(dir, 'receipts.sqlite');
    const other = new DatabaseSync(file);
    other.exec('BEGIN IMMEDIATE');
    other.exec('CREATE TABLE first_starter (x)');
    const database = new DatabaseSync(file);
    await expect(switchToWal(database, 100)).rejects.toThrow(/database is locked/);
    other.exec('ROLLBACK');
    database.close();
    other.close();
  });
});
