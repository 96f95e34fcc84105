import { cookies } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { CATEGORIES } from '@/lib/consent/categories';
import { CONSENT_COOKIE } from '@/lib/consent/format';
import { evaluateConsent } from '@/lib/consent/state';
import { declarationsIn } from '@/lib/cookies/registry';
import type { Locale } from '@/lib/i18n/routing';
import { currentRevision } from '@/lib/policy/revision';
import { ConsentBanner } from './consent-banner';
import { ConsentProvider } from './consent-provider';
import { PreferencesDialog, type CategoryView } from './preferences-dialog';

/**
 * Reads the consent cookie while rendering (no banner flash for returning visitors) and puts the
 * banner and the preferences dialog on the page with the strings they need, and nothing more.
 */
export async function ConsentRoot({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [jar, revision, t] = await Promise.all([cookies(), currentRevision(), getTranslations({ locale, namespace: 'Consent' })]);
  const { status, record } = evaluateConsent(jar.get(CONSENT_COOKIE)?.value, revision);
  const categories: CategoryView[] = CATEGORIES.map((key) => {
    const names = declarationsIn(key)
      .filter((entry) => entry.storage === 'cookie')
      .map((entry) => entry.name);
    return {
      key,
      label: t(`categories.${key}.label`),
      description: t(`categories.${key}.description`),
      cookies: names.length > 0 ? t('cookiesLabel', { names: names.join(', ') }) : t('noCookies'),
    };
  });
  return (
    <ConsentProvider status={status} record={record} revision={revision} locale={locale}>
      {!record && (
        <ConsentBanner
          policyHref={`/${locale}/privacy#cookies`}
          strings={{
            title: t('bannerTitle'),
            text: t('bannerText'),
            policyLink: t('policyLink'),
            policyUpdated: t('policyUpdated'),
            acceptAll: t('acceptAll'),
            rejectAll: t('rejectAll'),
            customize: t('customize'),
          }}
        />
      )}
      {children}
      <PreferencesDialog
        categories={categories}
        strings={{ title: t('dialogTitle'), intro: t('dialogIntro'), save: t('save'), acceptAll: t('acceptAll'), rejectAll: t('rejectAll'), close: t('close'), alwaysOn: t('alwaysOn') }}
      />
    </ConsentProvider>
  );
}
