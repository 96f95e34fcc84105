import type { ArchivedText } from './archived-text';
import { RECEIPT_COLUMNS, type ConsentReceipt } from './types';

type Column = (typeof RECEIPT_COLUMNS)[number];

/** The export's columns when receipts are resolved against the policy archive: the stored ones, then the edition and archived text. */
export const EXPORT_COLUMNS = [...RECEIPT_COLUMNS, 'policy_edition', 'archived_text'] as const;
type ExportColumn = (typeof EXPORT_COLUMNS)[number];
type Cells = Partial<Record<ExportColumn, string | number | boolean | null>>;
type Resolve = (receipt: ConsentReceipt) => ArchivedText;

function resolvedCells(receipt: ConsentReceipt, resolve: Resolve | undefined): Cells {
  if (!resolve) return cells(receipt);
  const text = resolve(receipt);
  return { ...cells(receipt), policy_edition: text.status === 'not archived' ? null : text.edition, archived_text: text.status === 'not archived' ? 'not archived' : text.id };
}

function cells(r: ConsentReceipt): Record<Column, string | number | boolean | null> {
  return {
    consent_id: r.consentId,
    at: r.at,
    policy_revision: r.policyRevision,
    technical: r.technical,
    usability: r.usability,
    tracking: r.tracking,
    marketing: r.marketing,
    action: r.action,
    locale: r.locale,
    gpc: r.gpc,
    texts_hash: r.textsHash,
    user_agent_hash: r.userAgentHash,
  };
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV header line, CRLF-terminated as RFC 4180 asks. */
export function csvHeader(columns: readonly string[] = RECEIPT_COLUMNS): string {
  return `${columns.join(',')}\r\n`;
}

/** One receipt as a CSV line, columns in RECEIPT_COLUMNS order. */
export function csvLine(receipt: ConsentReceipt, resolve?: Resolve): string {
  const row = resolvedCells(receipt, resolve);
  const columns: readonly ExportColumn[] = resolve ? EXPORT_COLUMNS : RECEIPT_COLUMNS;
  return `${columns.map((column) => csvField(row[column] ?? null)).join(',')}\r\n`;
}

/** One receipt as a JSON object with the export's snake_case column names. */
export function jsonRow(receipt: ConsentReceipt, resolve?: Resolve): Cells {
  return resolvedCells(receipt, resolve);
}

/**
 * Writes receipts as CSV (header first) or as one JSON array, a line per receipt, without holding
 * them all. With `resolve`, each row also names the policy edition and archived text its hash proves.
 */
export async function writeExport(receipts: AsyncIterable<ConsentReceipt>, format: 'csv' | 'json', write: (chunk: string) => void | Promise<void>, resolve?: Resolve): Promise<number> {
  let n = 0;
  if (format === 'csv') await write(csvHeader(resolve ? EXPORT_COLUMNS : RECEIPT_COLUMNS));
  else await write('[');
  for await (const receipt of receipts) {
    if (format === 'csv') await write(csvLine(receipt, resolve));
    else await write(`${n === 0 ? '\n' : ',\n'}${JSON.stringify(jsonRow(receipt, resolve))}`);
    n += 1;
  }
  if (format === 'json') await write(n === 0 ? ']\n' : '\n]\n');
  return n;
}
