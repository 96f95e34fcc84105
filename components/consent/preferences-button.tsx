'use client';

import { useId, type ReactNode } from 'react';
import { useConsent } from './consent-provider';

/**
 * "Customize" and "Cookie settings": a button in every case. Without JavaScript it submits an
 * empty GET form to the preferences form on the cookies page (a plain navigation); once the page is
 * hydrated it opens the preferences dialog instead. The same markup before and after hydration.
 */
export function PreferencesButton({ locale, className, formId, children }: { locale: string; className?: string; formId?: string; children: ReactNode }) {
  const { openPreferences } = useConsent();
  const ownId = useId();
  const form = formId ?? ownId;
  return (
    <>
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
      {!formId && <PreferencesNavigation id={form} locale={locale} />}
    </>
  );
}

/**
 * The empty GET form a PreferencesButton submits without JavaScript. Inside another form (the
 * banner) the button names one rendered outside it with `formId`, since forms cannot nest.
 */
export function PreferencesNavigation({ id, locale }: { id: string; locale: string }) {
  return <form id={id} method="get" action={`/${locale}/cookies#preferences`} hidden />;
}
