/*
 * The policy text inside <StaticArticle>, rendered during server rendering only.
 *
 * next.config.ts aliases this module to ./article-body.browser.ts in browser bundles: the MDX is
 * rendered into the page's HTML by the server, but it is neither in the client JavaScript nor in
 * the page's RSC payload, and React does not hydrate it. The policy is static text with no
 * client component inside, so nothing in it needs hydrating; keeping it out of the payload halves
 * the page's HTML and its hydration work (README, "Rendering model"). The cookie table inside it
 * is rendered here too, from the same messages and rows the server components use.
 */
import { use, type ComponentType, type ReactNode } from 'react';
import type { MDXComponents } from 'mdx/types';
import { CookieRowsTableView, cookieTableLabels } from '@/components/cookies/cookie-table';
import en from '../../messages/en.json' with { type: 'json' };
import kk from '../../messages/kk.json' with { type: 'json' };
import ru from '../../messages/ru.json' with { type: 'json' };
import { cookieTableRows } from '../cookies/table-rows';
import type { Locale } from '../i18n/routing';
import { readEditionRecord, type EditionRecord } from './archive';
import { articleKey, type ArticleSource } from './article-source';

type MdxModule = { default: ComponentType<{ components?: MDXComponents }> };

const MESSAGES: Record<Locale, typeof ru> = { ru, en, kk };

// One import per text and process, so that `use()` sees the same promise on every render.
const modules = new Map<string, Promise<MdxModule>>();

function load(source: ArticleSource): Promise<MdxModule> {
  const key = articleKey(source);
  let mod = modules.get(key);
  if (!mod) {
    mod = (source.kind === 'current' ? import(`../../content/policy/${source.locale}.mdx`) : import(`../../content/policy/archive/${source.id}/${source.locale}.mdx`)) as Promise<MdxModule>;
    modules.set(key, mod);
    mod.catch(() => modules.delete(key));
  }
  return mod;
}

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
  const { default: Content } = use(load(source));
  return <Content components={{ CookieTable: () => cookieTable(source) }} />;
}
