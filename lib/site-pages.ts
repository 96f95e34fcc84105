/** Every public page below a locale; the sitemap and the link checks list these. */
export const SITE_PAGES = ['/', '/privacy', '/cookies'] as const;
