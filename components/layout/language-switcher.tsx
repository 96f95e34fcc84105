'use client';

import { writeCookie } from '@/lib/browser/cookie';
import { LOCALE_COOKIE, LOCALE_COOKIE_DAYS } from '@/lib/i18n/locale-cookie-name';
import { switchLocalePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { useConsentStore } from '../consent/consent-provider';
import { usePublicPath } from './public-path';
import styles from './layout.module.css';

interface LanguageSwitcherProps {
  label: string;
  locale: Locale;
  targets: { locale: Locale; name: string }[];
}

/**
 * Plain links to the same page in the other languages (they work without JavaScript); with
 * usability consent a click also remembers the choice. KeepHashScript carries the #section over.
 */
export function LanguageSwitcher({ label, locale: current, targets }: LanguageSwitcherProps) {
  const pathname = usePublicPath(current);
  // Read when a link is followed, not subscribed to: the links look the same whatever the choice.
  const store = useConsentStore();
  return (
    <nav aria-label={label} className={styles.languages}>
      <ul>
        {targets.map(({ locale, name }) => (
          <li key={locale}>
            <a
              href={switchLocalePath(pathname, locale)}
              hrefLang={locale}
              lang={locale}
              onClick={() => {
                // Remembering the language is a usability cookie: only with that consent.
                if (store.getSnapshot().choice?.usability) {
                  writeCookie(LOCALE_COOKIE, locale, new Date(Date.now() + LOCALE_COOKIE_DAYS * 86_400_000));
                }
              }}
            >
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
