import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DiffView } from '@/components/policy/diff-view';
import { env } from '@/lib/env/schema';
import { formatDate } from '@/lib/i18n/dates';
import type { Locale } from '@/lib/i18n/routing';
import { EDITIONS, findEdition, previousEdition } from '@/lib/policy/editions';
import { archivedPath, HISTORY_PATH } from '@/lib/policy/history-paths';
import { archivedSections } from '@/lib/policy/load-archive';
import { diffPolicies } from '@/lib/policy/text-diff';
import { pageMetadata } from '@/lib/seo/page-metadata';
import pages from '../../../../pages.module.css';

interface PageProps {
  params: Promise<{ locale: Locale; variant: string; id: string }>;
}

// Every edition that has a predecessor is prerendered; any other id answers 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return EDITIONS.filter((e) => previousEdition(e.id)).map((e) => ({ id: e.id }));
}

function editions(id: string) {
  const edition = findEdition(id);
  const before = previousEdition(id);
  if (!edition || !before) throw new Error(`No changes page for policy edition "${id}"`);
  return { edition, before };
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale, id } = await params;
  const { edition } = editions(id);
  const t = await getTranslations({ locale, namespace: 'History' });
  const base = pageMetadata(env().SITE_URL, locale, '/privacy', `${t('changesTitle', { revision: edition.revision, edition: edition.edition })} — ALMA JET`, t('description'));
  return { ...base, robots: { index: false, follow: true } };
}

/** What changed in an edition since the one before it: the changed sections, word by word. */
export default async function ChangesPage({ params }: PageProps) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { edition, before } = editions(id);
  const t = await getTranslations({ locale, namespace: 'History' });
  const changed = diffPolicies(archivedSections(before.id, locale), archivedSections(edition.id, locale), locale).filter((s) => s.status !== 'same');
  const labels = { inserted: t('inserted'), insertedEnd: t('insertedEnd'), deleted: t('deleted'), deletedEnd: t('deletedEnd'), sectionAdded: t('sectionAdded'), sectionRemoved: t('sectionRemoved'), titleSection: t('titleSection') };
  return (
    <article className={pages.prose}>
      <h1>{t('changesTitle', { revision: edition.revision, edition: edition.edition })}</h1>
      <p>{t('changesIntro', { revision: before.revision, edition: before.edition, date: formatDate(locale, new Date(`${before.date}T00:00:00Z`)) })}</p>
      <p>
        <a href={`/${locale}${archivedPath(edition.id)}`}>{t('read')}</a> · <a href={`/${locale}${HISTORY_PATH}`}>{t('allVersions')}</a>
      </p>
      {changed.length > 0 ? <DiffView sections={changed} labels={labels} archivedHref={`/${locale}${archivedPath(edition.id)}`} /> : <p>{t('noChanges')}</p>}
      {changed.length > 0 && <p>{t('unchanged')}</p>}
    </article>
  );
}
