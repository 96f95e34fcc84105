import type { Category, Preferences } from './categories';
import { consentExpiry, type ConsentRecord } from './format';
import { parseConsent } from './record';

/**
 * Why a visitor has or has no valid choice: `none` (no or unreadable cookie), `outdated`
 * (given for an earlier policy revision), `expired` (13 months passed) or `valid`.
 */
export type ConsentStatus = 'none' | 'outdated' | 'expired' | 'valid';

export interface ConsentState {
  status: ConsentStatus;
  /** The choice in force; null unless status is `valid`. */
  record: ConsentRecord | null;
}

/** Judges a cookie value by the server's clock and the current policy revision. */
export function evaluateConsent(raw: string | null | undefined, currentRevision: number, now: Date = new Date()): ConsentState {
  const record = parseConsent(raw, now);
  if (!record) return { status: 'none', record: null };
  if (record.rev !== currentRevision) return { status: 'outdated', record: null };
  if (now.getTime() >= consentExpiry(record).getTime()) return { status: 'expired', record: null };
  return { status: 'valid', record };
}

/** True when `category` may run under `record`; technical always may, nothing else without a valid choice. */
export function isGranted(record: Preferences | null, category: Category): boolean {
  if (category === 'technical') return true;
  return record?.[category] === true;
}
