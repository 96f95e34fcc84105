import { writeCookie } from '../browser/cookie';
import { CONSENT_COOKIE, consentExpiry, serializeConsent, type ConsentRecord } from './format';
import type { ConsentEnvironment, ConsentPost } from './store';

const PENDING_KEY = 'almajet_consent_pending';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage disabled: a failed POST is then not retried, the cookie still holds.
  }
}

/** The consent store's environment in a browser: document.cookie, fetch and sessionStorage. */
export function browserConsentEnvironment(): ConsentEnvironment {
  return {
    writeCookie(record: ConsentRecord) {
      // serializeConsent's value is already URL-encoded: written byte for byte, as the server does.
      writeCookie(CONSENT_COOKIE, serializeConsent(record), consentExpiry(record));
    },
    async post(body: ConsentPost) {
      const response = await fetch('/api/consent', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        credentials: 'same-origin',
      });
      if (!response.ok) throw new Error(`POST /api/consent answered ${response.status}`);
      const { record } = (await response.json()) as { record: ConsentRecord };
      return record;
    },
    savePending(body: ConsentPost | null) {
      const store = storage();
      if (!store) return;
      if (body) store.setItem(PENDING_KEY, JSON.stringify(body));
      else store.removeItem(PENDING_KEY);
    },
    loadPending() {
      try {
        const raw = storage()?.getItem(PENDING_KEY);
        return raw ? (JSON.parse(raw) as ConsentPost) : null;
      } catch {
        return null;
      }
    },
  };
}
