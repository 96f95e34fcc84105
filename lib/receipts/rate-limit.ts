import { createHmac } from 'node:crypto';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, RateLimiterSQLite, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { clientAddress } from '../ops/client-address';
import type { RawClient } from './connect';
import { rateLimitSqliteClient } from './rate-limit-sqlite';
import { RATE_LIMIT_TABLE } from './schema';

/** The answer for one request: allowed, or refused with the seconds to wait. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts requests per client key in fixed windows. */
export interface RateLimiter {
  hit(key: string): Promise<RateDecision>;
}

/** How many requests per window, and where the counters live. */
export interface RateLimiterOptions {
  limit: number;
  windowSeconds?: number;
  /**
   * The consent log's database: the counters are then shared by every process using it. Absent,
   * or while it fails, counting falls back to this process's memory (the library's insurance).
   */
  store?: RawClient;
}

function storeLimiter(store: RawClient, points: number, duration: number, insuranceLimiter: RateLimiterMemory): RateLimiterAbstract {
  // The table is made by our migrations (tableCreated), under their lock, not by each instance.
  const common = { points, duration, keyPrefix: 'consent', tableName: RATE_LIMIT_TABLE, tableCreated: true, insuranceLimiter };
  if (store.kind === 'postgres') return new RateLimiterPostgres({ ...common, storeClient: store.pool, storeType: 'pool' });
  // The library names no node:sqlite client: it gets the better-sqlite3 calls it makes (rate-limit-sqlite.ts).
  return new RateLimiterSQLite({ ...common, storeClient: rateLimitSqliteClient(store.database), storeType: 'better-sqlite3' });
}

/** A limiter of `limit` requests per `windowSeconds` (60) per key, built on rate-limiter-flexible. */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const points = options.limit;
  const duration = options.windowSeconds ?? 60;
  const memory = new RateLimiterMemory({ points, duration, keyPrefix: 'consent' });
  const limiter = options.store ? storeLimiter(options.store, points, duration, memory) : memory;
  return {
    async hit(key) {
      try {
        await limiter.consume(key);
        return { allowed: true };
      } catch (outcome) {
        // The library rejects with a RateLimiterRes when the limit is reached, with an Error otherwise.
        if (outcome instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)) };
        throw outcome;
      }
    },
  };
}

/**
 * The counter key of a client address: an HMAC with the receipt salt, so the shared table never
 * holds an address (addresses are personal data, and IPv4 hashes without a key are reversible).
 */
export function clientKey(address: string | null, secret: string): string {
  return createHmac('sha256', secret).update(address === null ? 'unknown' : `ip:${address}`, 'utf8').digest('hex');
}

/** Limits whole requests: keyed by the client address the TRUSTED_PROXY_HOPS rule gives. */
export interface RequestLimiter {
  check(request: Request): Promise<RateDecision>;
}

/** Wraps `limiter` to key each request by its client address (lib/ops/client-address.ts). */
export function limitByClient(limiter: RateLimiter, options: { hops: number; secret: () => string }): RequestLimiter {
  let warned = false;
  return {
    check(request) {
      const address = clientAddress(request.headers, options.hops);
      if (address === null && !warned) {
        warned = true;
        console.warn('[consent log] requests carry no peer address (instrumentation.ts did not run): every client shares one rate-limit counter.');
      }
      return limiter.hit(clientKey(address, options.secret()));
    },
  };
}
