'use client';

import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { ConsentAction } from '@/lib/consent/categories';
import { useConsent } from './consent-provider';
import { focusMain } from './focus';
import { PreferencesLink } from './preferences-link';
import { usePublicPath } from '../layout/public-path';
import styles from './consent.module.css';

export interface BannerStrings {
  title: string;
  text: string;
  policyLink: string;
  policyUpdated: string;
  acceptAll: string;
  rejectAll: string;
  customize: string;
  gpcNotice: string;
}

const noSubscription = () => () => {};

const browserGpc = () => (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;

/**
 * The first layer: three equal choices, shown until the visitor makes one. A plain form that the
 * server answers with 303 back to this page when no script runs; with JavaScript the choice is
 * applied at once and posted in the background.
 */
export function ConsentBanner({ strings, locale, gpc }: { strings: BannerStrings; locale: string; gpc: boolean }) {
  const { choice, status, choose } = useConsent();
  const returnPath = usePublicPath(locale);
  // Global Privacy Control: from the Sec-GPC header on the server, from navigator in the browser.
  const signal = useSyncExternalStore(noSubscription, () => gpc || browserGpc(), () => gpc);
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    const banner = ref.current;
    if (!banner) return;
    // The page keeps room below its content so the banner never hides what has focus.
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--banner-height', `${banner.offsetHeight}px`));
    observer.observe(banner);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--banner-height');
    };
  }, [choice]);

  if (choice) return null;
  const decide = (event: { preventDefault(): void }, action: ConsentAction) => {
    event.preventDefault();
    void choose(action);
    focusMain();
  };
  return (
    <section ref={ref} className={styles.banner} aria-labelledby="consent-banner-title" data-consent-banner="">
      <form method="post" action="/api/consent" className={styles.bannerInner}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="return" value={returnPath} />
        <h2 id="consent-banner-title" className={styles.bannerTitle}>
          {strings.title}
        </h2>
        {status === 'outdated' && <p className={styles.notice}>{strings.policyUpdated}</p>}
        {signal && <p className={styles.notice}>{strings.gpcNotice}</p>}
        <p className={styles.bannerText}>
          {strings.text} <a href={`/${locale}/privacy#cookies`}>{strings.policyLink}</a>
        </p>
        <div className={styles.actions}>
          <button type="submit" name="action" value="accept_all" className={styles.button} onClick={(event) => decide(event, 'accept_all')}>
            {strings.acceptAll}
          </button>
          <button type="submit" name="action" value="reject_all" className={styles.button} onClick={(event) => decide(event, 'reject_all')}>
            {strings.rejectAll}
          </button>
          <PreferencesLink locale={locale} className={styles.button}>
            {strings.customize}
          </PreferencesLink>
        </div>
      </form>
    </section>
  );
}
