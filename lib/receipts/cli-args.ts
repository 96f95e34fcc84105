import { parseArgs } from 'node:util';
import { addCalendarMonths } from '../consent/months';

/** What `npm run receipts` was asked to do. */
export type ReceiptsCommand =
  | { kind: 'export'; from: Date; to: Date; format: 'csv' | 'json' }
  | { kind: 'show'; consentId: string }
  | { kind: 'purge'; months: number; cutoff: Date };

/** The usage text printed on stderr for bad arguments. */
export const RECEIPTS_USAGE = `Usage:
  npm run receipts -- export [--from DATE] [--to DATE] [--format csv|json]   receipts to stdout (default csv)
  npm run receipts -- show <consent-id>                                      every receipt of one consent id
  npm run receipts -- purge [--older-than MONTHS]                            delete receipts older than MONTHS
                                                                             (default RECEIPT_RETENTION_MONTHS, 36)
DATE is YYYY-MM-DD (a whole UTC day; --from and --to days are both included)
or an ISO-8601 time with a zone, e.g. 2026-11-28T10:00:00Z (--to is then exclusive).`;

/** A usage error: the CLI prints it with the usage text and exits with code 2. */
export class UsageError extends Error {}

// The latest instant SQLite's text comparison can order: toISOString of year 10000 starts with '+'.
const END_OF_TIME = new Date('9999-12-31T23:59:59.999Z');
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parseDate(option: string, value: string, endOfDay: boolean): Date {
  if (DAY.test(value)) {
    const day = new Date(`${value}T00:00:00.000Z`);
    if (!Number.isNaN(day.getTime()) && day.toISOString().startsWith(value)) return endOfDay ? new Date(day.getTime() + 86_400_000) : day;
  } else if (INSTANT.test(value)) {
    const instant = new Date(value);
    if (!Number.isNaN(instant.getTime())) return instant;
  }
  throw new UsageError(`${option} "${value}" is not a date (YYYY-MM-DD or an ISO-8601 time with a zone).`);
}

function wholeMonths(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--older-than "${value}" must be a whole number of months, at least 1.`);
  return Number(value);
}

function exportCommand(args: string[]): ReceiptsCommand {
  const { values, positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: { from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' } } });
  if (positionals.length > 0) throw new UsageError(`export takes no argument "${positionals[0]}".`);
  const format = values.format ?? 'csv';
  if (format !== 'csv' && format !== 'json') throw new UsageError(`--format must be csv or json, not "${format}".`);
  const from = values.from === undefined ? new Date(0) : parseDate('--from', values.from, false);
  const to = values.to === undefined ? END_OF_TIME : parseDate('--to', values.to, true);
  if (from.getTime() >= to.getTime()) throw new UsageError('--from must come before --to.');
  return { kind: 'export', from, to, format };
}

function showCommand(args: string[]): ReceiptsCommand {
  const { positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: {} });
  const [consentId, extra] = positionals;
  if (!consentId || extra !== undefined) throw new UsageError('show takes exactly one consent id.');
  if (!UUID.test(consentId)) throw new UsageError(`"${consentId}" is not a consent id (a UUID such as 7d7f7a2e-8f57-4d3e-9a4e-0f5b1f7d2c11).`);
  return { kind: 'show', consentId: consentId.toLowerCase() };
}

function purgeCommand(args: string[], defaultMonths: number, now: Date): ReceiptsCommand {
  const { values, positionals } = parseArgs({ args, strict: true, allowPositionals: true, options: { 'older-than': { type: 'string' } } });
  if (positionals.length > 0) throw new UsageError(`purge takes no argument "${positionals[0]}".`);
  const months = values['older-than'] === undefined ? defaultMonths : wholeMonths(values['older-than']);
  return { kind: 'purge', months, cutoff: addCalendarMonths(now, -months) };
}

/** Parses the CLI's arguments; throws UsageError with a one-line reason when they are wrong. */
export function parseReceiptsArgs(argv: string[], options: { defaultMonths: number; now?: Date }): ReceiptsCommand {
  const [command, ...rest] = argv;
  try {
    if (command === 'export') return exportCommand(rest);
    if (command === 'show') return showCommand(rest);
    if (command === 'purge') return purgeCommand(rest, options.defaultMonths, options.now ?? new Date());
  } catch (error) {
    // parseArgs reports unknown options with a TypeError naming them: that is a usage error too.
    if (error instanceof UsageError) throw error;
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
}
