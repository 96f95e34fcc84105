import { RECEIPT_COLUMNS, type ConsentReceipt } from './types';

type Column = (typeof RECEIPT_COLUMNS)[number];

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
export function csvHeader(): string {
  return `${RECEIPT_COLUMNS.join(',')}\r\n`;
}

/** One receipt as a CSV line, columns in RECEIPT_COLUMNS order. */
export function csvLine(receipt: ConsentReceipt): string {
  const row = cells(receipt);
  return `${RECEIPT_COLUMNS.map((column) => csvField(row[column])).join(',')}\r\n`;
}

/** One receipt as a JSON object with the export's snake_case column names. */
export function jsonRow(receipt: ConsentReceipt): Record<Column, string | number | boolean | null> {
  return cells(receipt);
}

/** Writes receipts as CSV (header first) or as one JSON array, a line per receipt, without holding them all. */
export async function writeExport(receipts: AsyncIterable<ConsentReceipt>, format: 'csv' | 'json', write: (chunk: string) => void | Promise<void>): Promise<number> {
  let n = 0;
  if (format === 'csv') await write(csvHeader());
  else await write('[');
  for await (const receipt of receipts) {
    if (format === 'csv') await write(csvLine(receipt));
    else await write(`${n === 0 ? '\n' : ',\n'}${JSON.stringify(jsonRow(receipt))}`);
    n += 1;
  }
  if (format === 'json') await write(n === 0 ? ']\n' : '\n]\n');
  return n;
}
