'use client';

import { useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';
import { useConsent } from './consent-provider';

const noSubscription = () => () => {};

/**
 * "Customize" and "Cookie settings": without JavaScript a link to the preferences form on the
 * cookies page; with it, a button that opens the preferences dialog. EnhanceScript gives the
 * prerendered links their button role while the page is parsed (so the role never changes under a
 * visitor once scripts run); React keeps it on hydration and on elements it creates later.
 */
export function PreferencesLink({ locale, className, children }: { locale: string; className?: string; children: ReactNode }) {
  const { openPreferences } = useConsent();
  // False while hydrating (as on the server), true from then on and for pages created in the browser.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  const open = (event: { preventDefault(): void }) => {
    event.preventDefault();
    openPreferences();
  };
  return (
    <a
      href={`/${locale}/cookies#preferences`}
      className={className}
      data-preferences=""
      // EnhanceScript set role and aria-haspopup before hydration, on purpose: no mismatch to report.
      suppressHydrationWarning
      role={enhanced ? 'button' : undefined}
      aria-haspopup={enhanced ? 'dialog' : undefined}
      onClick={open}
      onKeyDown={(event: KeyboardEvent) => event.key === ' ' && open(event)}
    >
      {children}
    </a>
  );
}
