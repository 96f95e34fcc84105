// @vitest-environment jsdom
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { act, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { StaticArticle } from '@/components/policy/static-article';
import { articleKey, articlePath, type ArticleSource } from '@/lib/policy/article-source';

// As in browser bundles (next.config.ts aliases the module to components/policy/article-body.browser.ts):
// the browser never renders the policy text itself.
vi.mock('@/components/policy/article-body', () => ({ useArticleBody: () => null }));

const UNAVAILABLE = 'Текст не загрузился. Откройте страницу заново';
const CURRENT_RU: ArticleSource = { kind: 'current', locale: 'ru' };
const EDITION_EN: ArticleSource = { kind: 'edition', id: 'r1-e2', locale: 'en' };

const BODY = '<h2 id="general">Общие условия</h2><p>Вы всегда можете узнать или проверить информацию.</p>';

const articleOf = (container: HTMLElement, key: string) => container.querySelector<HTMLElement>(`article[data-article="${key}"]`)!;

let consoleError: MockInstance<typeof console.error>;

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
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
    it(`keeps the server’s text as it is, fetches nothing, offers nothing and reports no hydration error${strict ? ' (StrictMode)' : ''}`, async () => {
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

describe('StaticArticle mounted without the server’s text', () => {
  it.each([
    [CURRENT_RU, '/ru/privacy'],
    [EDITION_EN, '/en/privacy/history/r1-e2'],
  ] satisfies [ArticleSource, string][])('%j: fetches nothing and offers the page itself, never an empty policy alone', (source, path) => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const { container } = render(<StaticArticle source={source} unavailable={UNAVAILABLE} />);
    const link = within(screen.getByRole('alert')).getByRole('link', { name: UNAVAILABLE });
    expect(link).toHaveAttribute('href', path);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(articleOf(container, articleKey(source))).toBeEmptyDOMElement();
  });

  it('marks an archived edition on the article', () => {
    const { container } = render(<StaticArticle source={EDITION_EN} unavailable={UNAVAILABLE} />);
    expect(articleOf(container, 'r1-e2-en')).toHaveAttribute('data-edition', 'r1-e2');
  });
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
