import { getTranslations } from 'next-intl/server';
import { COOKIE_REGISTRY } from '@/lib/cookies/registry';
import type { Locale } from '@/lib/i18n/routing';
import styles from './cookies.module.css';

/** The cookie declaration, rendered from the registry: the cookies page and the policy embed it. */
export async function CookieTable({ locale }: { locale: Locale }) {
  const [t, consent] = await Promise.all([getTranslations({ locale, namespace: 'Cookies' }), getTranslations({ locale, namespace: 'Consent' })]);
  return (
    <div className={styles.scroller} role="group" aria-label={t('caption')} tabIndex={0} data-cookie-table="">
      <table className={styles.table}>
        <caption>{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('provider')}</th>
            <th scope="col">{t('category')}</th>
            <th scope="col">{t('purpose')}</th>
            <th scope="col">{t('lifetime')}</th>
          </tr>
        </thead>
        <tbody>
          {COOKIE_REGISTRY.map((entry) => (
            <tr key={entry.name}>
              <th scope="row">
                <code>{entry.name}</code>
                {entry.storage !== 'cookie' && <span className={styles.storage}> ({entry.storage === 'none' ? t('noCookie') : t('sessionStorage')})</span>}
              </th>
              <td>{entry.provider}</td>
              <td>{consent(`categories.${entry.category}.label`)}</td>
              <td>{entry.purpose[locale]}</td>
              <td>{entry.lifetime[locale]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
