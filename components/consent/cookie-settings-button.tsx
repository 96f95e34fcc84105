'use client';

import { PreferencesLink } from './preferences-link';

/** The footer's "Cookie settings": the preferences form's link, a dialog button once hydrated. */
export function CookieSettingsButton({ label, locale, className }: { label: string; locale: string; className?: string }) {
  return (
    <PreferencesLink locale={locale} className={className}>
      {label}
    </PreferencesLink>
  );
}
