import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { gtagBootstrapScript, gtagScriptUrl } from '@/lib/analytics/consent-mode';
import { CATEGORIES } from '@/lib/consent/categories';
import { declarationsIn } from '@/lib/cookies/registry';
import { env } from '@/lib/env/schema';
import type { Locale } from '@/lib/i18n/routing';
import { GoogleAnalytics } from '../analytics/google-analytics';
import { VercelAnalytics } from '../analytics/vercel-analytics';
import { ConsentBanner } from './consent-banner';
import { ConsentProvider } from './consent-provider';
import { PreferencesDialog, type CategoryView } from './preferences-dialog';
import { readConsent } from './read-consent';

/**
 * Reads the consent cookie while rendering (no banner flash for returning visitors) and puts the
 * banner and the preferences dialog on the page with the strings they need, and nothing more.
 */
export async function ConsentRoot({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [{ status, record, revision, gpc, nonce }, t] = await Promise.all([readConsent(), getTranslations({ locale, namespace: 'Consent' })]);
  const { NEXT_PUBLIC_GA_ID: measurementId, VERCEL } = env();
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
    <ConsentProvider status={status} record={record} revision={revision} locale={locale} measurementId={measurementId}>
      {measurementId && record?.tracking && (
        // A returning visitor with tracking consent gets GA from the first HTML, defaults denied before config.
        <>
          <script nonce={nonce} dangerouslySetInnerHTML={{ __html: gtagBootstrapScript(measurementId, record) }} />
          <script async src={gtagScriptUrl(measurementId)} nonce={nonce} />
        </>
      )}
      {measurementId && <GoogleAnalytics measurementId={measurementId} nonce={nonce} />}
      {VERCEL && <VercelAnalytics />}
      {!record && (
        <ConsentBanner
          policyHref={`/${locale}/privacy#cookies`}
          gpc={gpc}
          strings={{
            title: t('bannerTitle'),
            text: t('bannerText'),
            policyLink: t('policyLink'),
            policyUpdated: t('policyUpdated'),
            acceptAll: t('acceptAll'),
            rejectAll: t('rejectAll'),
            customize: t('customize'),
            gpcNotice: t('gpcNotice'),
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
