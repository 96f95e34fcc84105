import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CookieTable } from '@/components/cookies/cookie-table';
import { CurrentChoice } from '@/components/cookies/current-choice';
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
  const t = await getTranslations({ locale, namespace: 'Cookies' });
  return (
    <article className={styles.wide}>
      <h1>{t('title')}</h1>
      <p>
        {t('intro')} <Link href={`/${locale}/privacy#cookies`}>{t('policyLink')}</Link>
      </p>
      <h2>{t('choiceHeading')}</h2>
      <CurrentChoice locale={locale} />
      <h2>{t('tableHeading')}</h2>
      <CookieTable locale={locale} />
    </article>
  );
}
