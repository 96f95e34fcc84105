/*
 * The one list of the site's pages. Every page exists below each locale (`/ru`, `/en/privacy`,
 * `/kk/privacy/history/r1-e2/changes`); the proxy serves these and answers 404 to anything else,
 * the consent form sends a visitor back only to one of them, the sitemap lists the main ones, and
 * the build prerenders, and the tests walk, all of them. Browser-safe (no fs): the archive's
 * editions come from its index.
 */
import { routing } from './i18n/routing';
import { EDITIONS, previousEdition, type Edition } from './policy/editions';
import { archivedPath, changesPath, HISTORY_PATH } from './policy/history-paths';

/** The main pages below a locale (`''` is the home page): the sitemap lists these. */
export const MAIN_PAGES = ['', '/privacy', '/cookies'] as const;

/** Every page below a locale: the main pages, the policy's history, each edition and what changed in it. */
export function sitePages(editions: readonly Edition[] = EDITIONS): string[] {
  const withChanges = editions.filter((e) => previousEdition(e.id, editions));
  return [...MAIN_PAGES, HISTORY_PATH, ...editions.map((e) => archivedPath(e.id)), ...withChanges.map((e) => changesPath(e.id))];
}

const PAGES = new Set(sitePages());

/** True when `path` (below the locale: `''` for the home page, `/privacy`, …) is a page of the site. */
export function isPage(path: string): boolean {
  return PAGES.has(path);
}

/** Every page's public address in every locale, e.g. `/ru`, `/ru/privacy`, `/en/cookies`. */
export function pageAddresses(pages: readonly string[] = sitePages()): string[] {
  return routing.locales.flatMap((locale) => pages.map((page) => `/${locale}${page}`));
}
