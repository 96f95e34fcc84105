'use client';

import { useConsent } from './consent-provider';

/** The footer control that reopens the preferences on every page. */
export function CookieSettingsButton({ label }: { label: string }) {
  const { openPreferences } = useConsent();
  return (
    <button type="button" aria-haspopup="dialog" onClick={openPreferences}>
      {label}
    </button>
  );
}
