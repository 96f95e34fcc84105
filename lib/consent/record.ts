import { z } from 'zod';
import { CONSENT_FORMAT_VERSION, type ConsentRecord } from './format';

/** A longer cookie value is not ours: it is ignored without being parsed. */
export const MAX_CONSENT_COOKIE_LENGTH = 1024;
/** Clock difference tolerated between a browser and the server for a just-made choice. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** The zod schema of format v1 (see ConsentRecord). */
export const consentRecordSchema = z.strictObject({
  v: z.literal(CONSENT_FORMAT_VERSION),
  id: z.uuid(),
  at: z.iso.datetime({ offset: false }),
  rev: z.number().int().positive(),
  usability: z.boolean(),
  tracking: z.boolean(),
  marketing: z.boolean(),
});

// The schema and the browser-side interface must describe the same format.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const sameShape: Same<z.infer<typeof consentRecordSchema>, ConsentRecord> = true;
void sameShape;

/**
 * Reads a cookie value, URL-encoded or already decoded. Never throws: anything that is not a
 * well-formed v1 record made no later than `now` (garbage, truncated, too long, another version,
 * future-dated) gives null, which means "no choice yet".
 */
export function parseConsent(raw: string | null | undefined, now: Date = new Date()): ConsentRecord | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_CONSENT_COOKIE_LENGTH) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw.startsWith('{') ? raw : decodeURIComponent(raw));
  } catch {
    return null;
  }
  const result = consentRecordSchema.safeParse(json);
  if (!result.success) return null;
  if (Date.parse(result.data.at) > now.getTime() + CLOCK_SKEW_MS) return null;
  return result.data;
}
