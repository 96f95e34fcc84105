import type { Metadata } from 'next';
import { alternatesFor } from '../i18n/alternates';
import { routing, type Locale } from '../i18n/routing';

/** Open Graph locale tags (language_TERRITORY) of our locales. */
const OG_LOCALE: Record<Locale, string> = { ru: 'ru_RU', en: 'en_US', kk: 'kk_KZ' };

/** A page's title, description, canonical URL, hreflang alternates and Open Graph tags. */
export function pageMetadata(siteUrl: string, locale: Locale, path: string, title: string, description: string): Metadata {
  const alternates = alternatesFor(siteUrl, locale, path);
  return {
    title,
    description,
    alternates,
    openGraph: {
      type: 'website',
      siteName: 'ALMA JET',
      title,
      description,
      url: alternates.canonical,
      locale: OG_LOCALE[locale],
      alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => OG_LOCALE[l]),
    },
  };
}
