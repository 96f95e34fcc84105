'use client';

import { usePathname } from 'next/navigation';
import Cookies from 'js-cookie';
import { useEffect, useState } from 'react';
import { LOCALE_COOKIE, LOCALE_COOKIE_DAYS } from '@/lib/i18n/locale-cookie-name';
import { switchLocalePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { useConsent } from '../consent/consent-provider';
import styles from './layout.module.css';

interface LanguageSwitcherProps {
  label: string;
  targets: { locale: Locale; name: string }[];
}

/**
 * Plain links to the same page in the other languages; with JavaScript they also keep the
 * #section and, with usability consent, remember the choice.
 */
export function LanguageSwitcher({ label, targets }: LanguageSwitcherProps) {
  const pathname = usePathname();
  const { record } = useConsent();
  const [hash, setHash] = useState('');
  useEffect(() => {
    const update = () => setHash(window.location.hash);
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return (
    <nav aria-label={label} className={styles.languages}>
      <ul>
        {targets.map(({ locale, name }) => (
          <li key={locale}>
            <a
              href={switchLocalePath(pathname, locale, hash)}
              hrefLang={locale}
              lang={locale}
              onClick={() => {
                // Remembering the language is a usability cookie: only with that consent.
                if (record?.usability) {
                  Cookies.set(LOCALE_COOKIE, locale, { expires: LOCALE_COOKIE_DAYS, path: '/', sameSite: 'Lax', secure: window.location.protocol === 'https:' });
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
