'use client';

import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { ConsentAction } from '@/lib/consent/categories';
import { useConsent } from './consent-provider';
import { focusMain } from './focus';
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

/** The first layer: three equal choices, shown until the visitor makes one. */
export function ConsentBanner({ strings, policyHref, gpc }: { strings: BannerStrings; policyHref: string; gpc: boolean }) {
  const { record, status, choose, openPreferences } = useConsent();
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
  }, [record]);

  if (record) return null;
  const decide = (action: ConsentAction) => {
    void choose(action);
    focusMain();
  };
  return (
    <section ref={ref} className={styles.banner} aria-labelledby="consent-banner-title" data-consent-banner="">
      <div className={styles.bannerInner}>
        <h2 id="consent-banner-title" className={styles.bannerTitle}>
          {strings.title}
        </h2>
        {status === 'outdated' && <p className={styles.notice}>{strings.policyUpdated}</p>}
        {signal && <p className={styles.notice}>{strings.gpcNotice}</p>}
        <p className={styles.bannerText}>
          {strings.text} <a href={policyHref}>{strings.policyLink}</a>
        </p>
        <div className={styles.actions}>
          <button type="button" className={styles.button} onClick={() => decide('accept_all')}>
            {strings.acceptAll}
          </button>
          <button type="button" className={styles.button} onClick={() => decide('reject_all')}>
            {strings.rejectAll}
          </button>
          <button type="button" className={styles.button} aria-haspopup="dialog" onClick={openPreferences}>
            {strings.customize}
          </button>
        </div>
      </div>
    </section>
  );
}
