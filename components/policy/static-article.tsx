'use client';

import { useEffect, useRef, useState } from 'react';
import { articleKey, articlePath, type ArticleSource } from '@/lib/policy/article-source';
// next.config.ts aliases this very specifier to the browser substitute: keep it as it is.
import { useArticleBody } from '@/components/policy/article-body';

interface StaticArticleProps {
  source: ArticleSource;
  className?: string;
  /** The link text offered should the text be missing from the page. */
  unavailable: string;
}

/**
 * A policy text rendered by the server and never by React in the browser (a static island).
 *
 * On the server, ./article-body.tsx renders the MDX into the page's HTML. In the browser that
 * module is a substitute returning nothing, so the text is in neither the client JavaScript nor the
 * RSC payload: hydration keeps the server's HTML untouched (`dangerouslySetInnerHTML` with an
 * empty string is never compared while hydrating; `suppressHydrationWarning` tells `next dev`).
 * Every link into a policy text is a document navigation (the site makes no client-side ones), so
 * the server's HTML is always there to keep. docs/architecture.md, "The policy text".
 */
export function StaticArticle({ source, className, unavailable }: StaticArticleProps) {
  const body = useArticleBody(source);
  const ref = useRef<HTMLElement>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    // Mounted without the server's text (only a client-side navigation could do that): offer the
    // page itself rather than an empty policy.
    if (!ref.current?.hasChildNodes()) setMissing(true);
  }, []);

  const attributes = { ref, className, 'data-article': articleKey(source), 'data-edition': source.kind === 'edition' ? source.id : undefined };
  return (
    <>
      {body ? <article {...attributes}>{body}</article> : <article {...attributes} dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />}
      {missing && (
        <p role="alert">
          <a href={articlePath(source)}>{unavailable}</a>
        </p>
      )}
    </>
  );
}
