import type { ConsentAction } from '../consent/categories';

/** One row of the consent log: the proof that a visitor made a choice. Never updated. */
export interface ConsentReceipt {
  /** The id of the choice, as in the visitor's cookie. */
  consentId: string;
  /** ISO-8601 UTC time of the choice (server clock). */
  at: string;
  policyRevision: number;
  /** Always true: technical cookies need no consent, recorded so a receipt lists all four categories. */
  technical: boolean;
  usability: boolean;
  tracking: boolean;
  marketing: boolean;
  action: ConsentAction;
  locale: string;
  /** Whether the browser sent Global Privacy Control (`Sec-GPC: 1`). */
  gpc: boolean;
  /** SHA-256 (hex) of the banner and dialog texts shown in that locale. */
  textsHash: string;
  /** HMAC-SHA-256 (hex) of the user agent with the secret salt; null when none was sent. */
  userAgentHash: string | null;
}

/** The columns of an export, in order; also the CSV header. */
export const RECEIPT_COLUMNS = [
  'consent_id',
  'at',
  'policy_revision',
  'technical',
  'usability',
  'tracking',
  'marketing',
  'action',
  'locale',
  'gpc',
  'texts_hash',
  'user_agent_hash',
] as const;

/** The append-only consent log, whichever database holds it. */
export interface ReceiptStore {
  /** Commits one receipt; resolves only once it is durable. */
  append(receipt: ConsentReceipt): Promise<void>;
  /** Every receipt of one consent id, oldest first. */
  history(consentId: string): Promise<ConsentReceipt[]>;
  /** Receipts with from ≤ at < to, in insertion order, read in pages so an export never sits whole in memory. */
  range(from: Date, to: Date): AsyncIterable<ConsentReceipt>;
  /** Retention: deletes receipts older than `cutoff`; returns how many. */
  purgeOlderThan(cutoff: Date): Promise<number>;
  count(): Promise<number>;
  /** A trivial query: resolves when the database answers (the health check). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
