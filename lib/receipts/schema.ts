import type { ColumnType } from 'kysely';

// Update types are `never`: the log is append-only, so Kysely refuses an UPDATE at compile time.
type Fixed<Select, Insert = Select> = ColumnType<Select, Insert, never>;
// PostgreSQL has timestamptz and boolean; SQLite stores ISO-8601 text and 0/1.
type Timestamp = Fixed<Date | string, string>;
type Flag = Fixed<boolean | number, number>;

/** The consent_receipts table as Kysely sees it. */
export interface ConsentReceiptsTable {
  /** Insertion order, assigned by the database (int8 on PostgreSQL, which pg returns as a string). */
  seq: ColumnType<number | string, never, never>;
  consent_id: Fixed<string>;
  at: Timestamp;
  policy_revision: Fixed<number>;
  technical: Flag;
  usability: Flag;
  tracking: Flag;
  marketing: Flag;
  action: Fixed<string>;
  locale: Fixed<string>;
  gpc: Flag;
  texts_hash: Fixed<string>;
  user_agent_hash: Fixed<string | null>;
}

/** rate-limiter-flexible's counter table (its SQLite/PostgreSQL schema): one row per client key and window. */
export interface ConsentRateLimitTable {
  key: string;
  points: number;
  /** Epoch milliseconds when the window ends (int8: pg returns a string). */
  expire: number | string | null;
}

/** The consent log database. */
export interface ReceiptDatabase {
  consent_receipts: ConsentReceiptsTable;
  consent_rate_limit: ConsentRateLimitTable;
}

/** The table's name, shared by the store and the migrations. */
export const RECEIPTS_TABLE = 'consent_receipts';

/** The shared rate limit's table, in the same database as the receipts. */
export const RATE_LIMIT_TABLE = 'consent_rate_limit';
