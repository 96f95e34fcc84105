import { getMessages } from 'next-intl/server';
import { cookieTableRows, type CookieRow, type CookieTableMessages } from '@/lib/cookies/table-rows';
import type { Locale } from '@/lib/i18n/routing';
import styles from './cookies.module.css';

/** The table's own words in one language (messages/<locale>.json, `Cookies`). */
export interface CookieTableLabels {
  caption: string;
  name: string;
  provider: string;
  category: string;
  purpose: string;
  lifetime: string;
}

/** The table's words read from a language's messages (plain strings: no placeholders). */
export function cookieTableLabels(messages: { Cookies: CookieTableLabels }): CookieTableLabels {
  const { caption, name, provider, category, purpose, lifetime } = messages.Cookies;
  return { caption, name, provider, category, purpose, lifetime };
}

/** A cookie table from final rows (today's registry, or the rows an archived edition froze) and words. */
export function CookieRowsTableView({ labels, rows }: { labels: CookieTableLabels; rows: readonly CookieRow[] }) {
  return (
    <div className={styles.scroller} role="group" aria-label={labels.caption} tabIndex={0} data-cookie-table="">
      <table className={styles.table}>
        <caption>{labels.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.name}</th>
            <th scope="col">{labels.provider}</th>
            <th scope="col">{labels.category}</th>
            <th scope="col">{labels.purpose}</th>
            <th scope="col">{labels.lifetime}</th>
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
  const messages = (await getMessages({ locale })) as unknown as CookieTableMessages & { Cookies: CookieTableLabels };
  return <CookieRowsTableView labels={cookieTableLabels(messages)} rows={cookieTableRows(locale, messages)} />;
}
