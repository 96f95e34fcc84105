import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { consentCategories } from '@/components/consent/consent-strings';
import { CookieSettingsButton } from '@/components/consent/cookie-settings-button';
import { CookieTable } from '@/components/cookies/cookie-table';
import { CurrentChoice } from '@/components/cookies/current-choice';
import { PagePreferences } from '@/components/cookies/page-preferences';
import buttons from '@/components/cookies/cookies.module.css';
import { env } from '@/lib/env/schema';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/page-metadata';
import styles from '../pages.module.css';

interface PageProps {
  params: Promise<{ locale: Locale }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Cookies' });
  return pageMetadata(env().SITE_URL, locale, '/cookies', t('title'), t('description'));
}

export default async function CookiesPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, consent, history, categories] = await Promise.all([
    getTranslations({ locale, namespace: 'Cookies' }),
    getTranslations({ locale, namespace: 'Consent' }),
    getTranslations({ locale, namespace: 'History' }),
    consentCategories(locale),
  ]);
  return (
    <article className={styles.wide}>
      <h1>{t('title')}</h1>
      <p>
        {t('intro')} <a href={`/${locale}/privacy#cookies`}>{t('policyLink')}</a>
      </p>
      <h2>{t('choiceHeading')}</h2>
      <CurrentChoice
        locale={locale}
        strings={{
          noChoice: t('noChoice'),
          granted: t('granted'),
          denied: t('denied'),
          given: t('given'),
          expires: t('expires'),
          edition: t('edition'),
          editionName: history.raw('entry') as string,
          consentId: t('consentId'),
          consentIdHint: t('consentIdHint'),
          pending: t('pending'),
          labels: { usability: consent('categories.usability.label'), tracking: consent('categories.tracking.label'), marketing: consent('categories.marketing.label') },
        }}
      />
      <CookieSettingsButton label={t('change')} locale={locale} className={buttons.button} />
      {/* Not a landmark: the banner is the one region named for cookies. */}
      <div id="preferences">
        <h2>{consent('dialogTitle')}</h2>
        <p>{consent('dialogIntro')}</p>
        <PagePreferences locale={locale} categories={categories} strings={{ save: consent('save'), acceptAll: consent('acceptAll'), rejectAll: consent('rejectAll'), alwaysOn: consent('alwaysOn') }} />
      </div>
      <h2>{t('tableHeading')}</h2>
      <CookieTable locale={locale} />
    </article>
  );
}
