'use client';

import { PreferencesButton } from './preferences-button';

/** "Cookie settings": opens the preferences (the dialog, or the cookies page's form without JavaScript). */
export function CookieSettingsButton({ label, locale, className }: { label: string; locale: string; className?: string }) {
  return (
    <PreferencesButton locale={locale} className={className}>
      {label}
    </PreferencesButton>
  );
}
