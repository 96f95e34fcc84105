import { getTranslations } from 'next-intl/server';
import { OPTIONAL_CATEGORIES } from '@/lib/consent/categories';
import { consentExpiry } from '@/lib/consent/format';
import type { Locale } from '@/lib/i18n/routing';
import { CookieSettingsButton } from '../consent/cookie-settings-button';
import { readConsent } from '../consent/read-consent';
import { RefreshOnChoice } from './refresh-on-choice';
import styles from './cookies.module.css';

/**
 * The visitor's choice in force, with the ID to quote in a request, and a way to change it.
 * Rendered on the server (dates in the server's full Intl data: browsers may lack a locale's
 * date names) and re-rendered after every new choice.
 */
export async function CurrentChoice({ locale }: { locale: Locale }) {
  const [{ record }, t, consent] = await Promise.all([readConsent(), getTranslations({ locale, namespace: 'Cookies' }), getTranslations({ locale, namespace: 'Consent' })]);
  const date = (value: Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(value);
  return (
    <>
      <RefreshOnChoice />
      {record ? (
        <dl className={styles.choice} data-testid="current-choice">
          {OPTIONAL_CATEGORIES.map((category) => (
            <div key={category} className={styles.pair}>
              <dt>{consent(`categories.${category}.label`)}</dt>
              <dd>{record[category] ? t('granted') : t('denied')}</dd>
            </div>
          ))}
          <div className={styles.pair}>
            <dt>{t('given')}</dt>
            <dd>
              <time dateTime={record.at}>{date(new Date(record.at))}</time>
            </dd>
          </div>
          <div className={styles.pair}>
            <dt>{t('expires')}</dt>
            <dd>
              <time dateTime={consentExpiry(record).toISOString()}>{date(consentExpiry(record))}</time>
            </dd>
          </div>
          <div className={styles.pair}>
            <dt>{t('consentId')}</dt>
            <dd>
              <code>{record.id}</code>
              <br />
              <small>{t('consentIdHint')}</small>
            </dd>
          </div>
        </dl>
      ) : (
        <p>{t('noChoice')}</p>
      )}
      <CookieSettingsButton label={t('change')} className={styles.button} />
    </>
  );
}
