import { localePath } from './paths';
import { routing, type Locale } from './routing';

/** Canonical URL and hreflang alternates (every locale plus x-default) of a page. */
export function alternatesFor(siteUrl: string, locale: Locale, page: string) {
  const path = page.startsWith('/') ? page : `/${page}`;
  const languages: Record<string, string> = {};
  for (const l of routing.locales) languages[l] = `${siteUrl}${localePath(l, path)}`;
  // x-default points at the unprefixed path, which negotiates the language.
  languages['x-default'] = `${siteUrl}${path}`;
  return { canonical: `${siteUrl}${localePath(locale, path)}`, languages };
}
