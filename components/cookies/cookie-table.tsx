import { getMessages, getTranslations } from 'next-intl/server';
import { cookieTableRows, type CookieRow, type CookieTableMessages } from '@/lib/cookies/table-rows';
import type { Locale } from '@/lib/i18n/routing';
import styles from './cookies.module.css';

/** A cookie table from final rows: today's registry, or the rows an archived edition froze. */
export async function CookieRowsTable({ locale, rows }: { locale: Locale; rows: readonly CookieRow[] }) {
  const t = await getTranslations({ locale, namespace: 'Cookies' });
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
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">
                <code>{row.name}</code>
                {row.note && <span className={styles.storage}> ({row.note})</span>}
              </th>
              <td>{row.provider}</td>
              <td>{row.category}</td>
              <td>{row.purpose}</td>
              <td>{row.lifetime}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The cookie declaration, rendered from the registry: the cookies page and the policy embed it. */
export async function CookieTable({ locale }: { locale: Locale }) {
  // The same rows the archive freezes and the receipts hash (lib/cookies/table-rows.ts).
  const messages = (await getMessages({ locale })) as unknown as CookieTableMessages;
  return <CookieRowsTable locale={locale} rows={cookieTableRows(locale, messages)} />;
}
