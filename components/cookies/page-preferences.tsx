'use client';

import { NOTHING_GRANTED } from '@/lib/consent/categories';
import { useConsent } from '../consent/consent-provider';
import { PreferencesForm, type CategoryView, type FormStrings } from '../consent/preferences-form';

/**
 * The preferences form on the cookies page, where "Customize" and "Cookie settings" lead when no
 * script runs. It shows the choice in force (prerendered for the page's consent variant) and
 * starts afresh after every new choice.
 */
export function PagePreferences({ locale, strings, categories }: { locale: string; strings: FormStrings; categories: CategoryView[] }) {
  const { choice, choose } = useConsent();
  return (
    <PreferencesForm
      key={choice ? `${choice.usability}${choice.tracking}${choice.marketing}` : 'none'}
      strings={strings}
      categories={categories}
      locale={locale}
      returnPath={`/${locale}/cookies`}
      idPrefix="preferences"
      initial={choice ?? NOTHING_GRANTED}
      hadGrant={Boolean(choice && (choice.usability || choice.tracking || choice.marketing))}
      onChoose={(action, prefs) => void choose(action, prefs)}
    />
  );
}
