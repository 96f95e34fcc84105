import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import styles from './layout.module.css';

/** The site footer: the company's name and address, the policy link and any extra controls. */
export async function SiteFooter({ locale, children }: { locale: Locale; children?: ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'Footer' });
  return (
    <footer className={styles.footer}>
      <address className={styles.company}>
        <strong>{t('company')}</strong>
        <br />
        {t('address')}
      </address>
      <nav aria-label={t('nav')}>
        <ul className={styles.footerLinks}>
          <li>
            <a href={`/${locale}/privacy`}>{t('policy')}</a>
          </li>
          <li>
            <a href={`/${locale}/cookies`}>{t('cookies')}</a>
          </li>
          {children}
        </ul>
      </nav>
    </footer>
  );
}
