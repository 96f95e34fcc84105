import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { gtagBootstrapScript, gtagScriptUrl } from '@/lib/analytics/consent-mode';
import { variantState, type Variant } from '@/lib/consent/variants';
import { env } from '@/lib/env/schema';
import type { Locale } from '@/lib/i18n/routing';
import { currentRevision } from '@/lib/policy/revision';
import { VercelAnalytics } from '../analytics/vercel-analytics';
import { ConsentBanner } from './consent-banner';
import { ConsentProvider } from './consent-provider';
import { consentCategories } from './consent-strings';
import { PreferencesDialog } from './preferences-dialog';
import { EnhanceScript } from './enhance-script';

/**
 * The consent parts of a page prerendered for one variant (see lib/consent/variants.ts): the
 * page's consent store, started from the variant; the banner while no valid choice exists; GA in
 * the first HTML only for tracking consent (a grant made on the page starts it from the store,
 * lib/consent/side-effects.ts); and the preferences dialog, each given the strings it needs and
 * nothing more.
 */
export async function ConsentRoot({ locale, variant, children }: { locale: Locale; variant: Variant; children: ReactNode }) {
  const state = variantState(variant);
  const [t, revision] = await Promise.all([getTranslations({ locale, namespace: 'Consent' }), currentRevision()]);
  const { NEXT_PUBLIC_GA_ID: measurementId, VERCEL } = env();
  const { choice } = state;
  return (
    <ConsentProvider initial={{ status: state.status, choice }} revision={revision} locale={locale} measurementId={measurementId}>
      {VERCEL && <VercelAnalytics />}
      {!choice && (
        <ConsentBanner
          locale={locale}
          gpc={state.gpc}
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
      {measurementId && choice?.tracking && (
        // A returning visitor with tracking consent gets GA from the first HTML, defaults denied
        // before config; after the content, so that no inline script holds the parser before the
        // content (docs/architecture.md, "Main thread").
        <>
          <script dangerouslySetInnerHTML={{ __html: gtagBootstrapScript(measurementId, choice) }} />
          <script async src={gtagScriptUrl(measurementId)} />
        </>
      )}
      <EnhanceScript />
      <PreferencesDialog
        locale={locale}
        categories={await consentCategories(locale)}
        strings={{ title: t('dialogTitle'), intro: t('dialogIntro'), save: t('save'), acceptAll: t('acceptAll'), rejectAll: t('rejectAll'), close: t('close'), alwaysOn: t('alwaysOn') }}
      />
    </ConsentProvider>
  );
}
