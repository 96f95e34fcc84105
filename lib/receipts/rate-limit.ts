import { createHash } from 'node:crypto';

/** The answer for one request: allowed, or refused with the seconds to wait. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts requests per client key in fixed one-window buckets. */
export interface RateLimiter {
  hit(key: string): RateDecision;
}

interface Bucket {
  start: number;
  count: number;
}

/** An in-process limiter: `limit` requests per `windowMs` per key (per server process, not shared). */
export function createRateLimiter(options: { limit: number; windowMs?: number; clock?: () => number }): RateLimiter {
  const { limit, windowMs = 60_000, clock = Date.now } = options;
  const buckets = new Map<string, Bucket>();
  let lastSweep = clock();

  // Forget finished windows now and then, so a flood of distinct keys cannot grow memory forever.
  const sweep = (now: number) => {
    if (now - lastSweep < windowMs) return;
    lastSweep = now;
    for (const [key, bucket] of buckets) if (now - bucket.start >= windowMs) buckets.delete(key);
  };

  return {
    hit(key) {
      const now = clock();
      sweep(now);
      let bucket = buckets.get(key);
      if (!bucket || now - bucket.start >= windowMs) {
        bucket = { start: now, count: 0 };
        buckets.set(key, bucket);
      }
      bucket.count += 1;
      if (bucket.count <= limit) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((bucket.start + windowMs - now) / 1000)) };
    },
  };
}

/**
 * Who a request comes from: a hash of the first X-Forwarded-For address (the client as the proxy
 * saw it) or, without a proxy header, of the user agent. Hashed so no address is kept in memory.
 */
export function clientKey(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  const source = forwarded ? `ip:${forwarded}` : `ua:${request.headers.get('user-agent') ?? ''}`;
  return createHash('sha256').update(source, 'utf8').digest('hex');
}
