'use client';

import { useEffect } from 'react';
import { cookieValue } from '@/lib/analytics/browser-cookies';
import { OPTIONAL_CATEGORIES, type OptionalCategory } from '@/lib/consent/categories';
import { CONSENT_COOKIE, consentExpiry, readConsentCookie } from '@/lib/consent/format';
import { formatDate } from '@/lib/i18n/dates';
import { editionAt } from '@/lib/policy/editions';
import type { Locale } from '@/lib/i18n/routing';
import { useConsent, useConsentStore } from '../consent/consent-provider';
import styles from './cookies.module.css';

export interface ChoiceStrings {
  noChoice: string;
  granted: string;
  denied: string;
  given: string;
  expires: string;
  /** Label of the policy edition the choice was given under, and the edition's name ("Revision {revision}, edition {edition}"). */
  edition: string;
  editionName: string;
  consentId: string;
  consentIdHint: string;
  /** Shown for the id and dates until the browser has read them from the cookie. */
  pending: string;
  labels: Record<OptionalCategory, string>;
}

/**
 * The visitor's choice in force and the ID to quote in a request. The page is prerendered per
 * consent variant, so the categories are in the HTML; the id and dates are per visitor and are
 * filled in by the browser from the cookie.
 */
export function CurrentChoice({ locale, strings }: { locale: Locale; strings: ChoiceStrings }) {
  const { choice, record } = useConsent();
  const store = useConsentStore();
  // The one place that shows the record, so the one place that reads it from the cookie; the
  // store takes it only when it holds the choice the page was prerendered for.
  useEffect(() => store.fill(readConsentCookie(cookieValue(document.cookie, CONSENT_COOKIE))), [store]);
  if (!choice) return <p>{strings.noChoice}</p>;
  const expiry = record ? consentExpiry(record) : null;
  const edition = record ? editionAt(record.rev, record.at) : null;
  return (
    <dl className={styles.choice} data-testid="current-choice">
      {OPTIONAL_CATEGORIES.map((category) => (
        <div key={category} className={styles.pair}>
          <dt>{strings.labels[category]}</dt>
          <dd>{choice[category] ? strings.granted : strings.denied}</dd>
        </div>
      ))}
      <div className={styles.pair}>
        <dt>{strings.given}</dt>
        <dd>{record ? <time dateTime={record.at}>{formatDate(locale, new Date(record.at))}</time> : strings.pending}</dd>
      </div>
      <div className={styles.pair}>
        <dt>{strings.expires}</dt>
        <dd>{expiry ? <time dateTime={expiry.toISOString()}>{formatDate(locale, expiry)}</time> : strings.pending}</dd>
      </div>
      <div className={styles.pair}>
        <dt>{strings.edition}</dt>
        <dd>{edition ? <a href={`/${locale}/privacy/history/${edition.id}`}>{strings.editionName.replace('{revision}', String(edition.revision)).replace('{edition}', String(edition.edition))}</a> : strings.pending}</dd>
      </div>
      <div className={styles.pair}>
        <dt>{strings.consentId}</dt>
        <dd>
          {record ? <code>{record.id}</code> : strings.pending}
          <br />
          <small>{strings.consentIdHint}</small>
        </dd>
      </div>
    </dl>
  );
}
