'use client';

import { useEffect, useRef, useState } from 'react';
import { useArticleBody } from '@/lib/policy/article-body';
import { articleKey, articlePath, type ArticleSource } from '@/lib/policy/article-source';

interface StaticArticleProps {
  source: ArticleSource;
  className?: string;
  /** The link text shown when the text cannot be fetched after a client-side navigation. */
  unavailable: string;
}

/** The policy HTML of `path`'s prerendered page: the `<article>` this component rendered there. */
async function fetchArticleHtml(path: string, key: string, signal: AbortSignal): Promise<string> {
  const response = await fetch(path, { signal, headers: { accept: 'text/html' } });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const article = page.querySelector(`article[data-article="${CSS.escape(key)}"]`);
  if (!article) throw new Error(`${path} holds no article "${key}"`);
  return article.innerHTML;
}

/** The element the address's #fragment names, if any. */
function sectionInAddress(): HTMLElement | null {
  try {
    return window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
  } catch {
    return null; // a malformed %-escape names nothing
  }
}

/**
 * A policy text rendered by the server and never by React in the browser (a static island).
 *
 * On the server, lib/policy/article-body.tsx renders the MDX into the page's HTML. In the browser
 * that module is a stand-in returning nothing, so the text is in neither the client JavaScript nor
 * the RSC payload: hydration keeps the server's HTML untouched (`dangerouslySetInnerHTML` with an
 * empty string is never compared while hydrating; `suppressHydrationWarning` tells `next dev`).
 * After a client-side navigation there is no server HTML to keep, so the text is read from the
 * page's own prerendered HTML.
 */
export function StaticArticle({ source, className, unavailable }: StaticArticleProps) {
  const body = useArticleBody(source);
  const key = articleKey(source);
  const path = articlePath(source);
  const ref = useRef<HTMLElement>(null);
  const shown = useRef<string | null>(null);
  const [state, setState] = useState<'shown' | 'loading' | 'failed'>('shown');

  useEffect(() => {
    const article = ref.current;
    if (!article) return;
    // Hydrated over the server's HTML: the text is already there.
    if (shown.current === null && article.hasChildNodes()) shown.current = key;
    if (shown.current === key) return;
    const controller = new AbortController();
    // Never another text under this text's name while it loads (or if it cannot be loaded).
    article.replaceChildren();
    shown.current = null;
    setState('loading');
    fetchArticleHtml(path, key, controller.signal).then(
      (html) => {
        if (controller.signal.aborted) return;
        article.innerHTML = html;
        shown.current = key;
        setState('shown');
        // The router looked for the address's #section before the text was there: go to it now.
        const target = sectionInAddress();
        if (target && article.contains(target)) target.scrollIntoView();
      },
      () => {
        if (!controller.signal.aborted) setState('failed');
      },
    );
    return () => controller.abort();
  }, [key, path]);

  const attributes = { ref, className, 'data-article': key, 'data-edition': source.kind === 'edition' ? source.id : undefined, 'aria-busy': state === 'loading' ? true : undefined };
  return (
    <>
      {body ? <article {...attributes}>{body}</article> : <article {...attributes} dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />}
      {state === 'failed' && (
        <p role="alert">
          <a href={path}>{unavailable}</a>
        </p>
      )}
    </>
  );
}
