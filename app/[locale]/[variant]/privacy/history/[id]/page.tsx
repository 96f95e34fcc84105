import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import styles from '@/components/policy/history.module.css';
import { StaticArticle } from '@/components/policy/static-article';
import { Toc } from '@/components/policy/toc';
import { env } from '@/lib/env/schema';
import { formatDate } from '@/lib/i18n/dates';
import type { Locale } from '@/lib/i18n/routing';
import { EDITIONS, latestEdition } from '@/lib/policy/editions';
import { HISTORY_PATH } from '@/lib/policy/history-paths';
import { loadArchivedPolicy } from '@/lib/policy/load-archive';
import { pageMetadata } from '@/lib/seo/page-metadata';
import pages from '../../../pages.module.css';

interface PageProps {
  params: Promise<{ locale: Locale; variant: string; id: string }>;
}

// Every archived edition is prerendered; any other id answers 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return EDITIONS.map((e) => ({ id: e.id }));
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, id } = await params;
  const { edition } = loadArchivedPolicy(id, locale);
  const t = await getTranslations({ locale, namespace: 'History' });
  // An archived text is a record, not a page to find: canonical to the current policy, not indexed.
  const base = pageMetadata(env().SITE_URL, locale, '/privacy', `${t('archivedTitle', { revision: edition.revision, edition: edition.edition })} — ALMA JET`, t('description'));
  return { ...base, robots: { index: false, follow: true } };
}

/** An archived edition in full, rendered by the same MDX components, with the cookie table it showed then. */
export default async function ArchivedPolicyPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { edition, sections } = loadArchivedPolicy(id, locale);
  const [t, privacy] = await Promise.all([getTranslations({ locale, namespace: 'History' }), getTranslations({ locale, namespace: 'Privacy' })]);
  const date = formatDate(locale, new Date(`${edition.date}T00:00:00Z`));
  return (
    <div className={pages.policyLayout}>
      <Toc title={privacy('toc')} sections={sections} />
      <div>
        <p className={styles.notice} role="note" data-archive-notice="">
          {edition === latestEdition()
            ? t('currentNotice', { date })
            : t.rich('archivedNotice', { date, link: (chunks) => <a href={`/${locale}/privacy`}>{chunks}</a> })}{' '}
          <a href={`/${locale}${HISTORY_PATH}`}>{t('allVersions')}</a>
        </p>
        <StaticArticle
          source={{ kind: 'edition', id: edition.id, locale }}
          className={pages.prose}
          unavailable={privacy('unavailable')}
        />
        <p className={pages.meta}>
          {t('published', { date })} · {t('entry', { revision: edition.revision, edition: edition.edition })}
        </p>
      </div>
    </div>
  );
}
