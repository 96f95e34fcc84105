/*
 * The policy text inside <StaticArticle>, rendered during server rendering only.
 *
 * next.config.ts aliases this module to ./article-body.browser.ts in browser bundles: the MDX is
 * rendered into the page's HTML by the server, but it is neither in the client JavaScript nor in
 * the page's RSC payload, and React does not hydrate it. The policy is static text with no
 * client component inside, so nothing in it needs hydrating (docs/architecture.md, "The policy
 * text"). The cookie table inside it is rendered here too, from the same messages and rows the
 * server components use.
 */
import { use, type ReactNode } from 'react';
import { cookieTableRows } from '@/lib/cookies/table-rows';
import type { Locale } from '@/lib/i18n/routing';
import { readEditionRecord, type EditionRecord } from '@/lib/policy/archive';
import type { ArticleSource } from '@/lib/policy/article-source';
import { loadPolicyText } from '@/lib/policy/load';
import en from '@/messages/en.json' with { type: 'json' };
import kk from '@/messages/kk.json' with { type: 'json' };
import ru from '@/messages/ru.json' with { type: 'json' };
import { CookieRowsTableView, cookieTableLabels } from '../cookies/cookie-table';

const MESSAGES: Record<Locale, typeof ru> = { ru, en, kk };

// A released edition never changes: its record is read once per process, not once per variant.
const records = new Map<string, EditionRecord>();

function editionRecord(id: string): EditionRecord {
  let record = records.get(id);
  if (!record) {
    record = readEditionRecord(process.cwd(), id);
    records.set(id, record);
  }
  return record;
}

/** The cookie table the text shows: today's registry, or the rows an archived edition froze. */
function cookieTable(source: ArticleSource): ReactNode {
  const messages = MESSAGES[source.locale];
  const rows = source.kind === 'current' ? cookieTableRows(source.locale, messages) : editionRecord(source.id).cookieTable[source.locale];
  return <CookieRowsTableView labels={cookieTableLabels(messages)} rows={rows} />;
}

/** The text of `source` as React elements, with its cookie table where the MDX places `<CookieTable />`. */
export function useArticleBody(source: ArticleSource): ReactNode {
  const { default: Content } = use(loadPolicyText(source));
  return <Content components={{ CookieTable: () => cookieTable(source) }} />;
}
