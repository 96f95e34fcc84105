/** Every public page below a locale; the sitemap and the link checks list these. */
export const SITE_PAGES = ['/', '/privacy', '/cookies'] as const;

/** The archive of policy texts: public, but not in the sitemap. */
export const ARCHIVE_PAGES = ['/privacy/history'] as const;

/** An archived text and what changed in it: `/privacy/history/<id>` and `/privacy/history/<id>/changes`. */
const ARCHIVE_ENTRY = /^\/privacy\/history\/[a-z0-9-]+(?:\/changes)?$/;

/** True when `path` (below a locale, `/` for the home page) names a public page of the site. */
export function isSitePage(path: string): boolean {
  return (SITE_PAGES as readonly string[]).includes(path) || (ARCHIVE_PAGES as readonly string[]).includes(path) || ARCHIVE_ENTRY.test(path);
}
