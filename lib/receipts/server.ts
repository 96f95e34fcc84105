import { randomBytes } from 'node:crypto';
import { env } from '../env/schema';
import { createConsentLog, type ConsentLog } from './consent-log';
import { resolveSalt } from './hashing';
import { openReceiptLog, type OpenReceiptLog } from './open';
import { createRateLimiter, limitByClient, type RateLimiter, type RequestLimiter } from './rate-limit';
import { receiptSettings } from './settings';
import type { ReceiptStore } from './types';

interface ServerState {
  log?: Promise<OpenReceiptLog>;
  salt?: string;
  /** Keys the rate limit only while RECEIPT_SALT is invalid (receipts then fail with 503 anyway). */
  spareSecret?: string;
  consentLog?: ConsentLog;
  shared?: { raw: OpenReceiptLog['raw']; limiter: RateLimiter };
  fallback?: RateLimiter;
  limiter?: RequestLimiter;
}

// On globalThis so `next dev` reloading this module does not open a new pool on every edit.
const KEY = Symbol.for('almajet.consentLog');
const holder = globalThis as typeof globalThis & { [KEY]?: ServerState };
const state: ServerState = (holder[KEY] ??= {});

function serverLog(): Promise<OpenReceiptLog> {
  if (!state.log) {
    const opening = (async () => openReceiptLog(receiptSettings()))();
    state.log = opening;
    opening.catch(() => {
      if (state.log === opening) state.log = undefined;
    });
  }
  return state.log;
}

/** This process's store: opened and checked on first use; a failed open is retried by the next request. */
export async function serverReceiptStore(): Promise<ReceiptStore> {
  return (await serverLog()).store;
}

/** Closes this process's consent log if it is open (graceful shutdown); a later use opens it again. */
export async function closeServerReceiptStore(): Promise<void> {
  const log = state.log;
  state.log = undefined;
  state.shared = undefined;
  if (log) await log.then(({ store }) => store.close(), () => undefined);
}

function serverSalt(): string {
  // Resolved once per process, so the warning about a missing RECEIPT_SALT is printed once.
  state.salt ??= resolveSalt(receiptSettings().salt);
  return state.salt;
}

/** The consent log the API route writes to. */
export function serverConsentLog(): ConsentLog {
  state.consentLog ??= {
    async record(choice) {
      // A bad setting rejects here and the API answers 503 instead of failing on every import.
      await createConsentLog(await serverReceiptStore(), serverSalt()).record(choice);
    },
  };
  return state.consentLog;
}

function limitPerMinute(): number {
  try {
    return receiptSettings().rateLimitPerMinute;
  } catch {
    // A bad setting is reported by the log's 503; the limit keeps its default meanwhile.
    return 30;
  }
}

/** The counters in the consent log's database; this process's memory while the log cannot be opened. */
async function currentLimiter(): Promise<RateLimiter> {
  try {
    const { raw } = await serverLog();
    if (state.shared?.raw !== raw) state.shared = { raw, limiter: createRateLimiter({ limit: limitPerMinute(), store: raw }) };
    return state.shared.limiter;
  } catch {
    state.fallback ??= createRateLimiter({ limit: limitPerMinute() });
    return state.fallback;
  }
}

/** The per-client limit of POST /api/consent, shared by every process on the same database. */
export function serverRateLimiter(): RequestLimiter {
  state.limiter ??= limitByClient(
    { hit: async (key) => (await currentLimiter()).hit(key) },
    {
      hops: env().TRUSTED_PROXY_HOPS,
      secret: () => {
        try {
          return serverSalt();
        } catch {
          // A bad RECEIPT_SALT already makes every receipt fail with 503; keys stay unreadable anyway.
          state.spareSecret ??= randomBytes(32).toString('hex');
          return state.spareSecret;
        }
      },
    },
  );
  return state.limiter;
}
