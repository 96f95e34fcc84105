/*
 * Browser substitute for ./article-body.tsx (aliased in next.config.ts): the browser never renders
 * the policy text itself; it keeps the server's HTML when it hydrates
 * (components/policy/static-article.tsx).
 */
import type { ReactNode } from 'react';
import type { ArticleSource } from '@/lib/policy/article-source';

export function useArticleBody(source: ArticleSource): ReactNode {
  void source;
  return null;
}
