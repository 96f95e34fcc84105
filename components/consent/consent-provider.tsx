'use client';

import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import Cookies from 'js-cookie';
import { browserConsentEnvironment } from '@/lib/consent/browser';
import { CONSENT_COOKIE, readConsentCookie } from '@/lib/consent/format';
import { applyChoice, removeDisallowedCookies } from '@/lib/consent/side-effects';
import { createConsentStore, type ConsentSeed, type ConsentSnapshot, type ConsentStore } from '@/lib/consent/store';

const ConsentContext = createContext<ConsentStore | null>(null);

interface ConsentProviderProps {
  revision: number;
  locale: string;
  /** GA4 measurement ID, when analytics is configured: withdrawal disables it by ID. */
  measurementId?: string;
  /** The state to start with; pages leave it out and seed it with <ConsentSeeder> (tests pass it). */
  initial?: ConsentSeed;
  children: ReactNode;
}

/**
 * Holds the visit's consent store. It sits above the consent variant, so a client-side navigation
 * to a page prerendered for another variant (or a prefetched one from before a choice) keeps the
 * live choice; the first page seeds it with the state the server judged from the cookie.
 */
export function ConsentProvider({ revision, locale, measurementId, initial, children }: ConsentProviderProps) {
  const [store] = useState(() => createConsentStore(initial ?? null, { revision, locale, env: browserConsentEnvironment() }));
  useEffect(() => {
    // The consent id and dates are per visitor: read from the cookie once the page is hydrated.
    store.fill(readConsentCookie(Cookies.get(CONSENT_COOKIE)));
    // An expired or withdrawn choice leaves no Google or language cookie behind on the next visit.
    removeDisallowedCookies(store.getSnapshot().choice);
    // The store ignores a second call while one retry is in flight (StrictMode runs effects twice).
    void store.retryPending();
    return store.onChoice((_previous, next, settled) => {
      applyChoice(next, { measurementId, settled, reload: () => window.location.reload() });
    });
  }, [store, measurementId]);
  return <ConsentContext.Provider value={store}>{children}</ConsentContext.Provider>;
}

/** Gives the store the state this prerendered page was rendered for (first page of a visit only). */
export function ConsentSeeder({ state, children }: { state: ConsentSeed; children: ReactNode }) {
  useConsentStore().seed(state);
  return children;
}

/** The consent store of the page. Throws outside <ConsentProvider>. */
export function useConsentStore(): ConsentStore {
  const store = useContext(ConsentContext);
  if (!store) throw new Error('useConsent() must be called inside <ConsentProvider> (components/consent/consent-provider.tsx).');
  return store;
}

/** The visitor's current choice and the actions to change it. Throws outside <ConsentProvider>. */
export function useConsent(): ConsentSnapshot & Pick<ConsentStore, 'choose' | 'openPreferences' | 'closePreferences'> {
  const store = useConsentStore();
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return { ...snapshot, choose: store.choose, openPreferences: store.openPreferences, closePreferences: store.closePreferences };
}
