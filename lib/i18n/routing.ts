import { defineRouting } from 'next-intl/routing';

/**
 * The one list of locales. Adding a language means a line here, `messages/xx.json`
 * and `content/policy/xx.mdx`.
 */
export const routing = defineRouting({
  locales: ['ru', 'en', 'kk'],
  defaultLocale: 'ru',
  localePrefix: 'always',
  // The language cookie belongs to the usability consent category: we write it ourselves.
  localeCookie: false,
  // hreflang alternates are rendered in <head> from SITE_URL, not guessed from the Host header.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

/** True when `value` is one of the site's locales. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (routing.locales as readonly string[]).includes(value);
}

/** The locale's own name for itself, capitalised as a menu label ("Русский", "English"). */
export function localeLabel(locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
