'use client';

import type { KeyboardEvent, ReactNode } from 'react';
import { useConsentStore } from './consent-provider';

/** What makes the link a button that opens a dialog: EnhanceScript's attributes, also on an element React creates itself. */
function enhance(link: HTMLAnchorElement | null): void {
  link?.setAttribute('role', 'button');
  link?.setAttribute('aria-haspopup', 'dialog');
}

/**
 * "Customize" and "Cookie settings": without JavaScript a link to the preferences form on the
 * cookies page; with it, a button that opens the preferences dialog. EnhanceScript gives the
 * prerendered links their button role while the page is parsed, so the role never changes under a
 * visitor once scripts run; React leaves those attributes alone (they are not among its props, so
 * hydration renders the link once, as the server did) and the ref sets them on a link React
 * creates itself. The link reads no consent state, so it never re-renders on a choice.
 */
export function PreferencesLink({ locale, className, children }: { locale: string; className?: string; children: ReactNode }) {
  const store = useConsentStore();
  const open = (event: { preventDefault(): void }) => {
    event.preventDefault();
    store.openPreferences();
  };
  return (
    <a
      ref={enhance}
      href={`/${locale}/cookies#preferences`}
      className={className}
      data-preferences=""
      // EnhanceScript set role and aria-haspopup before hydration, on purpose: no mismatch to report.
      suppressHydrationWarning
      onClick={open}
      onKeyDown={(event: KeyboardEvent) => event.key === ' ' && open(event)}
    >
      {children}
    </a>
  );
}
