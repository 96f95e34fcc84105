import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { StaticArticle } from '@/components/policy/static-article';
import { Toc } from '@/components/policy/toc';
import { env } from '@/lib/env/schema';
import type { Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { HISTORY_PATH } from '@/lib/policy/history-paths';
import { loadPolicy, loadPolicyMeta } from '@/lib/policy/load';
import styles from '../pages.module.css';

interface PageProps {
  params: Promise<{ locale: Locale }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const meta = await loadPolicyMeta(locale);
  return pageMetadata(env().SITE_URL, locale, '/privacy', meta.title, meta.description);
}

export default async function PrivacyPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [{ meta, sections }, t, history] = await Promise.all([loadPolicy(locale), getTranslations({ locale, namespace: 'Privacy' }), getTranslations({ locale, namespace: 'History' })]);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${meta.lastUpdated}T00:00:00Z`));
  return (
    <div className={styles.policyLayout}>
      <Toc title={t('toc')} sections={sections} />
      <div>
        <StaticArticle source={{ kind: 'current', locale }} className={styles.prose} unavailable={t('unavailable')} />
        <p className={styles.meta}>
          {t('lastUpdated', { date })} · {t('revision', { revision: meta.revision })}
          <br />
          <a href={`/${locale}${HISTORY_PATH}`}>{history('link')}</a>
        </p>
      </div>
    </div>
  );
}
