'use client';

import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { whenIdle } from '@/lib/browser/idle';
import { browserConsentEnvironment } from '@/lib/consent/browser';
import { applyChoice, removeDisallowedCookies } from '@/lib/consent/side-effects';
import { createConsentStore, type ConsentSeed, type ConsentSnapshot, type ConsentStore } from '@/lib/consent/store';

const ConsentContext = createContext<ConsentStore | null>(null);

interface ConsentProviderProps {
  /** The state the page was prerendered for: the consent variant the server judged from the cookie. */
  initial: ConsentSeed;
  revision: number;
  locale: string;
  /** GA4 measurement ID, when analytics is configured: a grant starts it, a withdrawal disables it by ID. */
  measurementId?: string;
  children: ReactNode;
}

/**
 * Holds the page's consent store, started from the page's variant. Every navigation loads a
 * document (docs/architecture.md, "The pages"), so a store lives exactly as long as its page.
 */
export function ConsentProvider({ initial, revision, locale, measurementId, children }: ConsentProviderProps) {
  const [store] = useState(() => createConsentStore(initial, { revision, locale, env: browserConsentEnvironment() }));
  useEffect(() => {
    const unsubscribe = store.onChoice((_previous, next, settled) => {
      applyChoice(next, { measurementId, settled, reload: () => window.location.reload() });
    });
    // Nothing a visitor waits for, so out of the tasks that hydrate the page (docs/architecture.md,
    // "Main thread"): an expired or withdrawn choice leaves no Google or language cookie behind, and
    // a choice whose POST failed on an earlier page is sent again (the store ignores a second call
    // while one is in flight).
    const cancel = whenIdle(() => {
      removeDisallowedCookies(store.getSnapshot().choice);
      void store.retryPending();
    });
    return () => {
      cancel();
      unsubscribe();
    };
  }, [store, measurementId]);
  return <ConsentContext.Provider value={store}>{children}</ConsentContext.Provider>;
}

/** The consent store of the page, for actions that need no re-render on a change. Throws outside <ConsentProvider>. */
export function useConsentStore(): ConsentStore {
  const store = useContext(ConsentContext);
  if (!store) throw new Error('useConsent() needs a <ConsentProvider> around it.');
  return store;
}

/** The visitor's current choice and the actions to change it; re-renders on every change. Throws outside <ConsentProvider>. */
export function useConsent(): ConsentSnapshot & Pick<ConsentStore, 'choose' | 'openPreferences' | 'closePreferences'> {
  const store = useConsentStore();
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return { ...snapshot, choose: store.choose, openPreferences: store.openPreferences, closePreferences: store.closePreferences };
}
