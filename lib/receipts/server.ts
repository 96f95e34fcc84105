import { createConsentLog, type ConsentLog } from './consent-log';
import { resolveSalt } from './hashing';
import { openReceiptStore } from './open';
import { createRateLimiter, type RateLimiter } from './rate-limit';
import { receiptSettings } from './settings';
import type { ReceiptStore } from './types';

interface ServerState {
  store?: Promise<ReceiptStore>;
  salt?: string;
  log?: ConsentLog;
  limiter?: RateLimiter;
}

// On globalThis so `next dev` reloading this module does not open a new pool on every edit.
const KEY = Symbol.for('almajet.consentLog');
const holder = globalThis as typeof globalThis & { [KEY]?: ServerState };
const state: ServerState = (holder[KEY] ??= {});

/** This process's store: opened and checked on first use; a failed open is retried by the next request. */
export function serverReceiptStore(): Promise<ReceiptStore> {
  if (!state.store) {
    const opening = (async () => openReceiptStore(receiptSettings()))();
    state.store = opening;
    opening.catch(() => {
      if (state.store === opening) state.store = undefined;
    });
  }
  return state.store;
}

/** The consent log the API route writes to. */
export function serverConsentLog(): ConsentLog {
  state.log ??= {
    async record(choice) {
      // Resolved once per process, so the warning about a missing RECEIPT_SALT is printed once;
      // a bad setting rejects here and the API answers 503 instead of failing on every import.
      state.salt ??= resolveSalt(receiptSettings().salt);
      await createConsentLog(await serverReceiptStore(), state.salt).record(choice);
    },
  };
  return state.log;
}

/** The per-client limit of POST /api/consent in this process. */
export function serverRateLimiter(): RateLimiter {
  if (!state.limiter) {
    let limit = 30;
    try {
      limit = receiptSettings().rateLimitPerMinute;
    } catch {
      // A bad setting is reported by the log's 503; the limit keeps its default meanwhile.
    }
    state.limiter = createRateLimiter({ limit });
  }
  return state.limiter;
}
