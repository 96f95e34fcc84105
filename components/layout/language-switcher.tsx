'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { switchLocalePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import styles from './layout.module.css';

interface LanguageSwitcherProps {
  label: string;
  targets: { locale: Locale; name: string }[];
}

/** Plain links to the same page in the other languages; with JavaScript they also keep the #section. */
export function LanguageSwitcher({ label, targets }: LanguageSwitcherProps) {
  const pathname = usePathname();
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
            <a href={switchLocalePath(pathname, locale, hash)} hrefLang={locale} lang={locale}>
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
