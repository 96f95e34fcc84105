import { createHash, createHmac, randomBytes } from 'node:crypto';

/** JSON with object keys sorted at every level, so equal content always gives equal bytes. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256 (hex) of the stable JSON of `value`. */
export function sha256Json(value: unknown): string {
  return createHash('sha256').update(stableJson(value), 'utf8').digest('hex');
}

/** HMAC-SHA-256 (hex) of a user agent with the secret salt; the raw user agent is never stored. */
export function userAgentHash(userAgent: string | null, salt: string): string | null {
  if (!userAgent) return null;
  return createHmac('sha256', salt).update(userAgent, 'utf8').digest('hex');
}

/**
 * The salt for user-agent hashes: RECEIPT_SALT, or a random one for this process with a warning
 * (hashes from different processes then cannot be compared).
 */
export function resolveSalt(configured: string | undefined, warn: (message: string) => void = console.warn): string {
  if (configured) return configured;
  warn('[consent log] RECEIPT_SALT is not set: user-agent hashes use a random per-process salt and cannot be compared across restarts.');
  return randomBytes(32).toString('hex');
}
