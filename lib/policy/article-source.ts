/*
 * Which policy text a <StaticArticle> shows (components/policy/static-article.tsx): the current
 * policy or an archived edition, in one language. Browser-safe: the client needs the key and the
 * public address, never the text.
 */
import type { Locale } from '../i18n/routing';
import { archivedPath } from './history-paths';

export type ArticleSource = { kind: 'current'; locale: Locale } | { kind: 'edition'; id: string; locale: Locale };

/** A stable name for the text, written on the <article> as `data-article` (e.g. `current-ru`, `r1-e2-en`). */
export function articleKey(source: ArticleSource): string {
  return `${source.kind === 'current' ? 'current' : source.id}-${source.locale}`;
}

/** The public page whose prerendered HTML holds the text. */
export function articlePath(source: ArticleSource): string {
  return `/${source.locale}${source.kind === 'current' ? '/privacy' : archivedPath(source.id)}`;
}
