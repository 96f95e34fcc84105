// @vitest-environment jsdom
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { StaticArticle } from '@/components/policy/static-article';
import { articleKey, articlePath, type ArticleSource } from '@/lib/policy/article-source';

// As in browser bundles (next.config.ts aliases the module to lib/policy/article-body.browser.ts):
// the browser never renders the policy text itself.
vi.mock('@/lib/policy/article-body', () => ({ useArticleBody: () => null }));

const UNAVAILABLE = 'Текст не загрузился. Откройте страницу заново';
const CURRENT_RU: ArticleSource = { kind: 'current', locale: 'ru' };
const EDITION_EN: ArticleSource = { kind: 'edition', id: 'r1-e2', locale: 'en' };

const BODY = '<h2 id="general">Общие условия</h2><p>Вы всегда можете узнать или проверить информацию.</p>';
const EDITION_BODY = '<h2 id="general">General provisions</h2><p>You may at any time find out or verify the information.</p>';

/** A prerendered page as the server sends it: the article among the rest of the page. */
const pageHtml = (articles: Record<string, string>) => `<!DOCTYPE html><html lang="ru"><head><title>Политика</title></head><body>
<header><nav><a href="/ru">ALMA JET</a></nav></header>
<main><nav aria-label="Содержание"><a href="#general">Общие условия</a></nav>
${Object.entries(articles)
  .map(([key, html]) => `<article class="prose_abc" data-article="${key}">${html}</article>`)
  .join('\n')}
<p>Последнее обновление</p></main>
<footer>ТОО «ALMA JET»</footer>
<script>self.__next_f.push([1, "payload"])</script></body></html>`;

/** A fetch whose answer the test releases, and which rejects like the browser's when its signal aborts. */
function controllableFetch() {
  const pending: { resolve: (response: Response) => void; reject: (error: unknown) => void }[] = [];
  const fetchMock = vi.fn(
    (_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        pending.push({ resolve, reject });
        init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      }),
  );
  return { fetchMock, answer: (response: Response, call = pending.length - 1) => pending[call]!.resolve(response) };
}

const htmlResponse = (body: string, status = 200) => new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });

const articleOf = (container: HTMLElement, key: string) => container.querySelector<HTMLElement>(`article[data-article="${key}"]`)!;

let consoleError: MockInstance<typeof console.error>;

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('StaticArticle after a client-side navigation (no server HTML to keep)', () => {
  it('fetches its own page, shows exactly that page’s article and is busy only while loading', async () => {
    const { fetchMock, answer } = controllableFetch();
    vi.stubGlobal('fetch', fetchMock);
    const { container } = render(<StaticArticle source={CURRENT_RU} className="prose" unavailable={UNAVAILABLE} />);
    const article = articleOf(container, 'current-ru');

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/ru/privacy');
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    expect(new Headers(init?.headers).get('accept')).toBe('text/html');
    expect(article).toHaveAttribute('aria-busy', 'true');
    expect(article).toHaveClass('prose');
    expect(article).toBeEmptyDOMElement();

    // The page also holds another text, which must not leak in.
    await act(async () => answer(htmlResponse(pageHtml({ 'current-en': '<p>Another language</p>', 'current-ru': BODY }))));

    await waitFor(() => expect(article).not.toHaveAttribute('aria-busy'));
    expect(article.innerHTML).toBe(BODY);
    expect(within(article).getByRole('heading', { level: 2 })).toHaveTextContent('Общие условия');
    expect(within(article).getByText('Вы всегда можете узнать или проверить информацию.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('fetches an archived edition from its own page and marks the edition', async () => {
    const { fetchMock, answer } = controllableFetch();
    vi.stubGlobal('fetch', fetchMock);
    const { container } = render(<StaticArticle source={EDITION_EN} unavailable="Unavailable" />);
    const article = articleOf(container, 'r1-e2-en');
    expect(fetchMock.mock.calls[0]![0]).toBe('/en/privacy/history/r1-e2');
    expect(article).toHaveAttribute('data-edition', 'r1-e2');
    await act(async () => answer(htmlResponse(pageHtml({ 'r1-e2-en': EDITION_BODY }))));
    await waitFor(() => expect(article.innerHTML).toBe(EDITION_BODY));
    expect(article).not.toHaveAttribute('aria-busy');
  });

  it('under StrictMode the first, aborted request shows no error and the text still arrives', async () => {
    const { fetchMock, answer } = controllableFetch();
    vi.stubGlobal('fetch', fetchMock);
    const { container } = render(
      <StrictMode>
        <StaticArticle source={CURRENT_RU} unavailable={UNAVAILABLE} />
      </StrictMode>,
    );
    const article = articleOf(container, 'current-ru');
    // Effects run twice in development: the first request is aborted by the first cleanup.
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/ru/privacy', '/ru/privacy']);
    // The aborted request has settled: still loading, no alert.
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(article).toHaveAttribute('aria-busy', 'true');
    await act(async () => answer(htmlResponse(pageHtml({ 'current-ru': BODY })), 1));
    await waitFor(() => expect(article.innerHTML).toBe(BODY));
    expect(article).not.toHaveAttribute('aria-busy');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(consoleError).not.toHaveBeenCalled();
  });

  /** Shows the current Russian text (fetched), then gives the same component the English edition. */
  async function switchFromCurrentToEdition() {
    const { fetchMock, answer } = controllableFetch();
    vi.stubGlobal('fetch', fetchMock);
    const { container, rerender } = render(<StaticArticle source={CURRENT_RU} unavailable={UNAVAILABLE} />);
    await act(async () => answer(htmlResponse(pageHtml({ 'current-ru': BODY }))));
    await waitFor(() => expect(articleOf(container, 'current-ru').innerHTML).toBe(BODY));
    rerender(<StaticArticle source={EDITION_EN} unavailable={UNAVAILABLE} />);
    return { fetchMock, answer, article: articleOf(container, 'r1-e2-en') };
  }

  it('replaces the text when the same article is given another source', async () => {
    const { fetchMock, answer, article } = await switchFromCurrentToEdition();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(fetchMock.mock.calls[1]![0]).toBe('/en/privacy/history/r1-e2');
    expect(article).toHaveAttribute('aria-busy', 'true');
    await act(async () => answer(htmlResponse(pageHtml({ 'r1-e2-en': EDITION_BODY }))));
    await waitFor(() => expect(article.innerHTML).toBe(EDITION_BODY));
    expect(article).not.toHaveAttribute('aria-busy');
  });

  it('never shows the previous text under the new name while the new one loads or when it fails', async () => {
    const { answer, article } = await switchFromCurrentToEdition();
    expect(article.innerHTML).toBe('');
    await act(async () => answer(new Response('', { status: 500 })));
    await waitFor(() => expect(screen.getByRole('alert')).toBeInTheDocument());
    expect(article.innerHTML).toBe('');
  });
});

describe('StaticArticle hydrating over the server’s HTML', () => {
  const SERVER_MARKUP = `<article data-article="current-ru" class="x">${BODY}</article>`;
  let root: Root | undefined;

  afterEach(() => {
    act(() => root?.unmount());
    root = undefined;
    document.body.innerHTML = '';
  });

  for (const strict of [false, true]) {
    it(`keeps the server’s text as it is, fetches nothing and reports no hydration error${strict ? ' (StrictMode)' : ''}`, async () => {
      const fetchMock = vi.fn();
      vi.stubGlobal('fetch', fetchMock);
      const container = document.createElement('div');
      container.innerHTML = SERVER_MARKUP;
      document.body.append(container);
      const serverArticle = container.firstElementChild;
      const serverHeading = container.querySelector('h2');
      const recoverable = vi.fn();
      const element = <StaticArticle source={CURRENT_RU} className="x" unavailable={UNAVAILABLE} />;

      await act(async () => {
        root = hydrateRoot(container, strict ? <StrictMode>{element}</StrictMode> : element, { onRecoverableError: recoverable });
      });
      // Let any effect-started work settle.
      await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

      expect(fetchMock).not.toHaveBeenCalled();
      expect(container.innerHTML).toBe(SERVER_MARKUP);
      // The very nodes the server sent, not a re-render of them.
      expect(container.firstElementChild).toBe(serverArticle);
      expect(container.querySelector('h2')).toBe(serverHeading);
      expect(recoverable).not.toHaveBeenCalled();
      expect(consoleError).not.toHaveBeenCalled();
      expect(screen.queryByRole('alert')).toBeNull();
    });
  }
});

describe('StaticArticle when the text cannot be fetched', () => {
  const cases: { name: string; source: ArticleSource; path: string; fetch: () => Promise<Response> }[] = [
    { name: 'the page answers 500', source: CURRENT_RU, path: '/ru/privacy', fetch: async () => htmlResponse('<h1>Internal Server Error</h1>', 500) },
    { name: 'the page holds no matching article', source: CURRENT_RU, path: '/ru/privacy', fetch: async () => htmlResponse(pageHtml({ 'current-en': '<p>Another language</p>' })) },
    { name: 'the network fails', source: EDITION_EN, path: '/en/privacy/history/r1-e2', fetch: () => Promise.reject(new TypeError('Failed to fetch')) },
  ];

  for (const c of cases) {
    it(`${c.name}: an alert links to the page itself with the given text`, async () => {
      const fetchMock = vi.fn<typeof fetch>(() => c.fetch());
      vi.stubGlobal('fetch', fetchMock);
      const { container } = render(<StaticArticle source={c.source} unavailable={UNAVAILABLE} />);
      const alert = await screen.findByRole('alert');
      const link = within(alert).getByRole('link', { name: UNAVAILABLE });
      expect(link).toHaveAttribute('href', c.path);
      expect(fetchMock.mock.calls[0]![0]).toBe(c.path);
      const article = articleOf(container, articleKey(c.source));
      expect(article).not.toHaveAttribute('aria-busy');
      expect(article).toBeEmptyDOMElement();
    });
  }
});

describe('articleKey and articlePath', () => {
  it.each([
    [{ kind: 'current', locale: 'ru' }, 'current-ru', '/ru/privacy'],
    [{ kind: 'current', locale: 'en' }, 'current-en', '/en/privacy'],
    [{ kind: 'current', locale: 'kk' }, 'current-kk', '/kk/privacy'],
    [{ kind: 'edition', id: 'r1-e1', locale: 'ru' }, 'r1-e1-ru', '/ru/privacy/history/r1-e1'],
    [{ kind: 'edition', id: 'r1-e2', locale: 'en' }, 'r1-e2-en', '/en/privacy/history/r1-e2'],
    [{ kind: 'edition', id: 'r1-e2', locale: 'kk' }, 'r1-e2-kk', '/kk/privacy/history/r1-e2'],
  ] satisfies [ArticleSource, string, string][])('%j → %s at %s', (source, key, path) => {
    expect(articleKey(source)).toBe(key);
    expect(articlePath(source)).toBe(path);
  });

  it('gives every text of every locale its own key', () => {
    const sources: ArticleSource[] = (['ru', 'en', 'kk'] as const).flatMap((locale) => [
      { kind: 'current', locale },
      { kind: 'edition', id: 'r1-e1', locale },
      { kind: 'edition', id: 'r1-e2', locale },
    ]);
    expect(new Set(sources.map(articleKey)).size).toBe(sources.length);
    expect(new Set(sources.map(articlePath)).size).toBe(sources.length);
  });
});
