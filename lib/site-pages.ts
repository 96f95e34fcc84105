import { historyPaths } from './policy/history-paths';

/** Every public page below a locale; the sitemap and the link checks list these. */
export const SITE_PAGES = ['/', '/privacy', '/cookies'] as const;

/**
 * True when `path` (below the locale, e.g. `/privacy` or `` for the home page) is a page of the
 * site. proxy.ts answers every other address below a locale with the localized 404 page.
 */
export function isSitePage(path: string): boolean {
  if (path === '' || path === '/') return true;
  // The policy history (archived texts, what changed) is public but kept out of the sitemap.
  return (SITE_PAGES as readonly string[]).includes(path) || historyPaths().includes(path);
}

/** The archive of policy texts: public, but not in the sitemap. */
export const ARCHIVE_PAGES = ['/privacy/history'] as const;

/** An archived text and what changed in it: `/privacy/history/<id>` and `/privacy/history/<id>/changes`. */
const ARCHIVE_ENTRY = /^\/privacy\/history\/[a-z0-9-]+(?:\/changes)?$/;

/** True when `path` (below the locale) is a public page a visitor can be sent back to: a page of the site or of the policy archive. */
export function isPublicPage(path: string): boolean {
  return isSitePage(path) || (ARCHIVE_PAGES as readonly string[]).includes(path) || ARCHIVE_ENTRY.test(path);
}
