import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import styles from '../pages.module.css';

interface PageProps {
  params: Promise<{ locale: Locale }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: `${t('title')} — ALMA JET`, robots: { index: false } };
}

/**
 * The localized "page not found", prerendered like every page: proxy.ts rewrites an unknown
 * address below a locale here and answers with status 404.
 */
export default async function MissingPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <article className={styles.prose}>
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <ul>
        <li>
          <a href={`/${locale}`}>{t('home')}</a>
        </li>
        <li>
          <a href={`/${locale}/privacy`}>{t('policy')}</a>
        </li>
      </ul>
    </article>
  );
}
