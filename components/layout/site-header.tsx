import { getTranslations } from 'next-intl/server';
import { otherLocales } from '@/lib/i18n/paths';
import { localeLabel, type Locale } from '@/lib/i18n/routing';
import { LanguageSwitcher } from './language-switcher';
import styles from './layout.module.css';

/** The site header: the company name home link and the language switcher. */
export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Layout' });
  const targets = otherLocales(locale).map((l) => ({ locale: l, name: localeLabel(l) }));
  return (
    <header className={styles.header}>
      <a href={`/${locale}`} className={styles.brand} aria-label={t('homeLabel')}>
        {t('siteName')}
      </a>
      <LanguageSwitcher label={t('languageNav')} locale={locale} targets={targets} />
    </header>
  );
}
