import type { Preferences } from './categories';
import { addCalendarMonths, CONSENT_MONTHS } from './months';

// This module is shipped to the browser: it must stay free of zod and other heavy imports.

/** The consent cookie's name (technical category). */
export const CONSENT_COOKIE = 'almajet_consent';
/** The version of the cookie's format; a change of format bumps it. */
export const CONSENT_FORMAT_VERSION = 1;

/** Format v1 of the cookie value, documented in README. */
export interface ConsentRecord {
  v: typeof CONSENT_FORMAT_VERSION;
  /** Random UUID that identifies this choice in a request to the company. */
  id: string;
  /** ISO-8601 UTC time of the choice. */
  at: string;
  /** Policy revision the choice was given for. */
  rev: number;
  usability: boolean;
  tracking: boolean;
  marketing: boolean;
}

/** The cookie value of a record: URL-encoded JSON with keys in the documented order. */
export function serializeConsent(record: ConsentRecord): string {
  const { v, id, at, rev, usability, tracking, marketing } = record;
  return encodeURIComponent(JSON.stringify({ v, id, at, rev, usability, tracking, marketing }));
}

/** When a record stops counting: 13 calendar months after the choice. */
export function consentExpiry(record: Pick<ConsentRecord, 'at'>): Date {
  return addCalendarMonths(new Date(record.at), CONSENT_MONTHS);
}

/** A random UUID v4, also where `crypto.randomUUID` is missing (pages served over plain http). */
export function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A new record for a choice made `now` under policy revision `rev`. */
export function createConsentRecord(preferences: Preferences, rev: number, now: Date = new Date(), id: string = randomId()): ConsentRecord {
  return { v: CONSENT_FORMAT_VERSION, id, at: now.toISOString(), rev, usability: preferences.usability, tracking: preferences.tracking, marketing: preferences.marketing };
}

/**
 * The record in a cookie value, for display in the browser; null when it is not one. The server has
 * already judged the cookie (zod, its own clock) to choose the page, and the store takes the record
 * only when its categories are the page's: a shape check is all this needs (and it stays small).
 */
export function readConsentCookie(raw: string | undefined): ConsentRecord | null {
  // No cookie is the common case (a first visit): answered without parsing, let alone throwing.
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as ConsentRecord | null;
    return value?.v === CONSENT_FORMAT_VERSION && typeof value.id === 'string' && typeof value.at === 'string' ? value : null;
  } catch {
    return null;
  }
}
