import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CookieTable } from '@/components/cookies/cookie-table';
import { CurrentChoice } from '@/components/cookies/current-choice';
import { env } from '@/lib/env/schema';
import { alternatesFor } from '@/lib/i18n/alternates';
import type { Locale } from '@/lib/i18n/routing';
import styles from '../pages.module.css';

interface PageProps {
  params: Promise<{ locale: Locale }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Cookies' });
  return { title: t('title'), description: t('description'), alternates: alternatesFor(env().SITE_URL, locale, '/cookies') };
}

export default async function CookiesPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, consent] = await Promise.all([getTranslations({ locale, namespace: 'Cookies' }), getTranslations({ locale, namespace: 'Consent' })]);
  return (
    <article className={styles.wide}>
      <h1>{t('title')}</h1>
      <p>
        {t('intro')} <Link href={`/${locale}/privacy#cookies`}>{t('policyLink')}</Link>
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
          consentId: t('consentId'),
          consentIdHint: t('consentIdHint'),
          change: t('change'),
          categories: { usability: consent('categories.usability.label'), tracking: consent('categories.tracking.label'), marketing: consent('categories.marketing.label') },
        }}
      />
      <h2>{t('tableHeading')}</h2>
      <CookieTable locale={locale} />
    </article>
  );
}
