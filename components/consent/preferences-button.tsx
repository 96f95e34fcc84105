'use client';

import type { ReactNode } from 'react';
import { useConsent } from './consent-provider';

/**
 * "Customize" and "Cookie settings": a submit button of a <PreferencesNavigation> GET form, so that
 * without JavaScript it opens the preferences form on the cookies page; once the page is hydrated
 * it opens the preferences dialog instead. The same markup before and after hydration.
 */
export function PreferencesButton({ className, form, children }: { className?: string; form?: string; children: ReactNode }) {
  const { openPreferences } = useConsent();
  return (
    <button
      type="submit"
      form={form}
      className={className}
      aria-haspopup="dialog"
      onClick={(event) => {
        event.preventDefault();
        openPreferences();
      }}
    >
      {children}
    </button>
  );
}
