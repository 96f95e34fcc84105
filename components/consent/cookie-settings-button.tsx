'use client';

import { useConsent } from './consent-provider';

/** A control that opens the preferences: in the footer of every page and on the cookies page. */
export function CookieSettingsButton({ label, className }: { label: string; className?: string }) {
  const { openPreferences } = useConsent();
  return (
    <button type="button" className={className} aria-haspopup="dialog" onClick={openPreferences}>
      {label}
    </button>
  );
}
