'use client';

import { useSyncExternalStore, type KeyboardEvent, type ReactNode } from 'react';
import { useConsent } from './consent-provider';

const noSubscription = () => () => {};

/**
 * "Customize" and "Cookie settings": without JavaScript a link to the preferences form on the
 * cookies page; once the page is hydrated the same element is a button that opens the dialog.
 */
export function PreferencesLink({ locale, className, children }: { locale: string; className?: string; children: ReactNode }) {
  const { openPreferences } = useConsent();
  // False on the server and while hydrating (identical markup), true from then on.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  const open = (event: { preventDefault(): void }) => {
    event.preventDefault();
    openPreferences();
  };
  return (
    <a
      href={`/${locale}/cookies#preferences`}
      className={className}
      role={enhanced ? 'button' : undefined}
      aria-haspopup={enhanced ? 'dialog' : undefined}
      onClick={enhanced ? open : undefined}
      onKeyDown={enhanced ? (event: KeyboardEvent) => event.key === ' ' && open(event) : undefined}
    >
      {children}
    </a>
  );
}
