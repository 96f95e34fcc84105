'use client';

import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { browserConsentEnvironment } from '@/lib/consent/browser';
import { applyChoice, removeDisallowedCookies } from '@/lib/consent/side-effects';
import type { ConsentRecord } from '@/lib/consent/format';
import type { ConsentStatus } from '@/lib/consent/state';
import { createConsentStore, type ConsentSnapshot, type ConsentStore } from '@/lib/consent/store';

const ConsentContext = createContext<ConsentStore | null>(null);

interface ConsentProviderProps {
  status: ConsentStatus;
  record: ConsentRecord | null;
  revision: number;
  locale: string;
  /** GA4 measurement ID, when analytics is configured: withdrawal disables it by ID. */
  measurementId?: string;
  children: ReactNode;
}

/** Holds the page's consent store; the server passes the choice it read from the cookie. */
export function ConsentProvider({ status, record, revision, locale, measurementId, children }: ConsentProviderProps) {
  const [store] = useState(() => createConsentStore({ status, record }, { revision, locale, env: browserConsentEnvironment() }));
  useEffect(() => {
    // An expired or withdrawn choice leaves no Google or language cookie behind on the next visit.
    removeDisallowedCookies(store.getSnapshot().record);
    // The store ignores a second call while one retry is in flight (StrictMode runs effects twice).
    void store.retryPending();
    return store.onChoice((_previous, next, settled) => {
      applyChoice(next, { measurementId, settled, reload: () => window.location.reload() });
    });
  }, [store, measurementId]);
  return <ConsentContext.Provider value={store}>{children}</ConsentContext.Provider>;
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
