import path from 'node:path';
import { z } from 'zod';

const blankAsUnset = (value: unknown) => (value === '' ? undefined : value);

const settingsSchema = z.object({
  DATA_DIR: z.preprocess(blankAsUnset, z.string().default('./data')),
  DATABASE_URL: z.preprocess(
    blankAsUnset,
    z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// or postgresql:// URL').optional(),
  ),
  // A short key would let anyone with the log brute-force the (small) space of user agents.
  RECEIPT_SALT: z.preprocess(blankAsUnset, z.string().min(16, 'RECEIPT_SALT must be at least 16 characters long').optional()),
  RECEIPT_RETENTION_MONTHS: z.preprocess(
    blankAsUnset,
    z.coerce.number().int('RECEIPT_RETENTION_MONTHS must be a whole number of months').positive('RECEIPT_RETENTION_MONTHS must be positive').default(36),
  ),
  CONSENT_RATE_LIMIT_PER_MINUTE: z.preprocess(
    blankAsUnset,
    z.coerce.number().int().positive('CONSENT_RATE_LIMIT_PER_MINUTE must be a positive whole number').default(30),
  ),
  MIGRATE_ON_START: z.preprocess(blankAsUnset, z.enum(['0', '1'], 'MIGRATE_ON_START must be 1 (migrate PostgreSQL at start-up) or 0').default('0')),
});

/** Where the consent log lives and how it is kept. */
export interface ReceiptSettings {
  /** `DATA_DIR/receipts.sqlite` when no DATABASE_URL is set. */
  sqliteFile: string;
  databaseUrl: string | undefined;
  salt: string | undefined;
  retentionMonths: number;
  rateLimitPerMinute: number;
  /** MIGRATE_ON_START=1: the server migrates PostgreSQL itself at start-up (SQLite always is). */
  migrateOnStart: boolean;
}

/** The consent log's settings from the environment; throws one readable message naming every bad variable. */
export function receiptSettings(source: Record<string, string | undefined> = process.env): ReceiptSettings {
  const result = settingsSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid consent log configuration:\n${lines.join('\n')}`);
  }
  const data = result.data;
  return {
    sqliteFile: path.resolve(data.DATA_DIR, 'receipts.sqlite'),
    databaseUrl: data.DATABASE_URL,
    salt: data.RECEIPT_SALT,
    retentionMonths: data.RECEIPT_RETENTION_MONTHS,
    rateLimitPerMinute: data.CONSENT_RATE_LIMIT_PER_MINUTE,
    migrateOnStart: data.MIGRATE_ON_START === '1',
  };
}

/** Where the log is, for messages: never prints a password. */
export function describeLocation(settings: Pick<ReceiptSettings, 'sqliteFile' | 'databaseUrl'>): string {
  if (!settings.databaseUrl) return `SQLite ${settings.sqliteFile}`;
  try {
    const url = new URL(settings.databaseUrl);
    return `PostgreSQL ${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}
