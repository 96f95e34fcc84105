import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import styles from '@/components/policy/history.module.css';
import { env } from '@/lib/env/schema';
import { formatDate } from '@/lib/i18n/dates';
import type { Locale } from '@/lib/i18n/routing';
import { readEditionRecord } from '@/lib/policy/archive';
import { EDITIONS, latestEdition, previousEdition } from '@/lib/policy/editions';
import { archivedPath, changesPath, HISTORY_PATH } from '@/lib/policy/history-paths';
import { pageMetadata } from '@/lib/seo/page-metadata';
import pages from '../../pages.module.css';

interface PageProps {
  params: Promise<{ locale: Locale; variant: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'History' });
  return pageMetadata(env().SITE_URL, locale, HISTORY_PATH, `${t('title')} — ALMA JET`, t('description'));
}

/** Every published revision and edition, newest first, with its summary and links to its text and changes. */
export default async function HistoryPage({ params }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'History' });
  const current = latestEdition();
  return (
    <article className={pages.prose}>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ol className={styles.entries} reversed>
        {[...EDITIONS].reverse().map((e) => (
          <li key={e.id} className={styles.entry} data-edition={e.id}>
            <h2>
              {t('entry', { revision: e.revision, edition: e.edition })}
              {e === current && <span className={styles.status}> — {t('current')}</span>}
            </h2>
            <p>
              <time dateTime={e.date}>{t('published', { date: formatDate(locale, new Date(`${e.date}T00:00:00Z`)) })}</time>
              {' · '}
              <span className={styles.kind}>{t(e.kind)}</span>
            </p>
            <p>{readEditionRecord(process.cwd(), e.id).summary[locale]}</p>
            <ul className={styles.links}>
              <li>
                <a href={`/${locale}${archivedPath(e.id)}`}>{t('read')}</a>
              </li>
              {previousEdition(e.id) && (
                <li>
                  <a href={`/${locale}${changesPath(e.id)}`}>{t('changes')}</a>
                </li>
              )}
            </ul>
          </li>
        ))}
      </ol>
    </article>
  );
}
