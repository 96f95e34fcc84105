import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import styles from './pages.module.css';

export default async function LocaleNotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <article className={styles.prose}>
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <ul>
        <li>
          <Link href={`/${locale}`}>{t('home')}</Link>
        </li>
        <li>
          <Link href={`/${locale}/privacy`}>{t('policy')}</Link>
        </li>
      </ul>
    </article>
  );
}
