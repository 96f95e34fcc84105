import { describe, expect, it } from 'vitest';
import { EDITIONS } from '@/lib/policy/editions';
import { isPage, MAIN_PAGES, pageAddresses, sitePages } from '@/lib/routes';
import { routing } from '@/lib/i18n/routing';

describe('the list of pages', () => {
  it('holds the main pages, the history, every published edition and what changed in each after the first', () => {
    const [first, ...later] = EDITIONS;
    expect(sitePages()).toEqual([
      '',
      '/privacy',
      '/cookies',
      '/privacy/history',
      ...EDITIONS.map((e) => `/privacy/history/${e.id}`),
      ...later.map((e) => `/privacy/history/${e.id}/changes`),
    ]);
    expect(isPage(`/privacy/history/${first!.id}/changes`)).toBe(false);
  });

  it('knows only real editions: an id that looks like one is no page', () => {
    expect(isPage(`/privacy/history/${EDITIONS.at(-1)!.id}`)).toBe(true);
    for (const path of ['/privacy/history/r9-e9', '/privacy/history/r1-e2/diff', '/terms', '/privacy/', '/', '/_v-first/privacy']) expect(isPage(path), path).toBe(false);
  });

  it('follows the editions it is given: a release adds its pages', () => {
    const next = { ...EDITIONS.at(-1)!, id: 'r2-e1', revision: 2, edition: 1 };
    expect(sitePages([...EDITIONS, next])).toEqual(expect.arrayContaining(['/privacy/history/r2-e1', '/privacy/history/r2-e1/changes']));
  });

  it('lists every page in every language', () => {
    const addresses = pageAddresses();
    expect(addresses).toHaveLength(routing.locales.length * sitePages().length);
    for (const locale of routing.locales) for (const page of MAIN_PAGES) expect(addresses).toContain(`/${locale}${page}`);
  });
});
