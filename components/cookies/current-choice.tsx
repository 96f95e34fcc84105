'use client';

import { OPTIONAL_CATEGORIES, type OptionalCategory } from '@/lib/consent/categories';
import { consentExpiry } from '@/lib/consent/format';
import { useConsent } from '../consent/consent-provider';
import styles from './cookies.module.css';

export interface CurrentChoiceStrings {
  noChoice: string;
  granted: string;
  denied: string;
  given: string;
  expires: string;
  consentId: string;
  consentIdHint: string;
  change: string;
  categories: Record<OptionalCategory, string>;
}

/** The visitor's choice in force, with the ID to quote in a request, and a way to change it. */
export function CurrentChoice({ locale, strings }: { locale: string; strings: CurrentChoiceStrings }) {
  const { record, openPreferences } = useConsent();
  // UTC on both server and browser, so the date is the same in the first HTML and after hydration.
  const date = (value: Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(value);
  return (
    <>
      {record ? (
        <dl className={styles.choice} data-testid="current-choice">
          {OPTIONAL_CATEGORIES.map((category) => (
            <div key={category} className={styles.pair}>
              <dt>{strings.categories[category]}</dt>
              <dd>{record[category] ? strings.granted : strings.denied}</dd>
            </div>
          ))}
          <dt>{strings.given}</dt>
          <dd>
            <time dateTime={record.at}>{date(new Date(record.at))}</time>
          </dd>
          <dt>{strings.expires}</dt>
          <dd>
            <time dateTime={consentExpiry(record).toISOString()}>{date(consentExpiry(record))}</time>
          </dd>
          <dt>{strings.consentId}</dt>
          <dd>
            <code>{record.id}</code>
            <br />
            <small>{strings.consentIdHint}</small>
          </dd>
        </dl>
      ) : (
        <p>{strings.noChoice}</p>
      )}
      <button type="button" className={styles.button} aria-haspopup="dialog" onClick={openPreferences}>
        {strings.change}
      </button>
    </>
  );
}
