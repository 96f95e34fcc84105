import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { env } from '@/lib/env/schema';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/page-metadata';
import styles from './pages.module.css';

interface PageProps {
  params: Promise<{ locale: Locale }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Home' });
  return pageMetadata(env().SITE_URL, locale, '/', t('title'), t('description'));
}

export default async function HomePage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const footer = await getTranslations({ locale, namespace: 'Footer' });
  return (
    <article className={styles.prose}>
      <h1>{t('heading')}</h1>
      <p className={styles.lead}>{t('lead')}</p>
      <h2>{t('controllerHeading')}</h2>
      <p>{t('controllerText')}</p>
      <h2>{t('addressHeading')}</h2>
      <address className={styles.address}>
        {footer('company')}
        <br />
        {footer('address')}
      </address>
      <h2>{t('contactsHeading')}</h2>
      <p>{t('contactsText')}</p>
      <ul>
        <li>
          <a href={`/${locale}/privacy`}>{t('policyLink')}</a>
        </li>
        <li>
          <a href={`/${locale}/privacy#contacts`}>{t('contactsLink')}</a>
        </li>
      </ul>
    </article>
  );
}
