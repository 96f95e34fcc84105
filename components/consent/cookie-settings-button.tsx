'use client';

import { PreferencesLink } from './preferences-link';

/** "Cookie settings": opens the preferences (the dialog, or the cookies page's form without JavaScript). */
export function CookieSettingsButton({ label, locale, className }: { label: string; locale: string; className?: string }) {
  return (
    <PreferencesLink locale={locale} className={className}>
      {label}
    </PreferencesLink>
  );
}
