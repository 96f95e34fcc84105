import { describe, expect, it } from 'vitest';
import { routing, type Locale } from '@/lib/i18n/routing';
import { pageMetadata } from '@/lib/seo/page-metadata';

const SITE = 'https://almajet.aero';
const TITLE = 'Privacy policy';
const DESCRIPTION = 'How ALMA JET processes personal data.';

const OG_LOCALES: Record<Locale, string> = { ru: 'ru_RU', en: 'en_US', kk: 'kk_KZ' };

describe('pageMetadata', () => {
  it('gives the title and description', () => {
    const meta = pageMetadata(SITE, 'en', '/privacy', TITLE, DESCRIPTION);
    expect(meta.title).toBe(TITLE);
    expect(meta.description).toBe(DESCRIPTION);
  });

  it.each(routing.locales)('uses the %s page as canonical and lists every language plus x-default', (locale) => {
    expect(pageMetadata(SITE, locale, '/privacy', TITLE, DESCRIPTION).alternates).toEqual({
      canonical: `https://almajet.aero/${locale}/privacy`,
      languages: {
        ru: 'https://almajet.aero/ru/privacy',
        en: 'https://almajet.aero/en/privacy',
        kk: 'https://almajet.aero/kk/privacy',
        'x-default': 'https://almajet.aero/privacy',
      },
    });
  });

  it('handles the home page: locale roots and x-default at the site root', () => {
    expect(pageMetadata(SITE, 'kk', '/', TITLE, DESCRIPTION).alternates).toEqual({
      canonical: 'https://almajet.aero/kk',
      languages: {
        ru: 'https://almajet.aero/ru',
        en: 'https://almajet.aero/en',
        kk: 'https://almajet.aero/kk',
        'x-default': 'https://almajet.aero/',
      },
    });
  });

  it.each(routing.locales)('shares the %s page on social networks under its canonical URL and language', (locale) => {
    expect(pageMetadata(SITE, locale, '/cookies', TITLE, DESCRIPTION).openGraph).toEqual({
      type: 'website',
      siteName: 'ALMA JET',
      title: TITLE,
      description: DESCRIPTION,
      url: `https://almajet.aero/${locale}/cookies`,
      locale: OG_LOCALES[locale],
      alternateLocale: routing.locales.filter((other) => other !== locale).map((other) => OG_LOCALES[other]),
    });
  });

  it('names the other two languages as Open Graph alternates, in routing order', () => {
    const alternateLocales = (locale: Locale) => {
      const { openGraph } = pageMetadata(SITE, locale, '/privacy', TITLE, DESCRIPTION);
      return openGraph && 'alternateLocale' in openGraph ? openGraph.alternateLocale : undefined;
    };
    expect(alternateLocales('ru')).toEqual(['en_US', 'kk_KZ']);
    expect(alternateLocales('en')).toEqual(['ru_RU', 'kk_KZ']);
    expect(alternateLocales('kk')).toEqual(['ru_RU', 'en_US']);
  });

  it('keeps the Open Graph URL equal to the canonical URL', () => {
    for (const locale of routing.locales) {
      for (const path of ['/', '/privacy', 'cookies']) {
        const meta = pageMetadata(SITE, locale, path, TITLE, DESCRIPTION);
        expect(meta.openGraph).toMatchObject({ url: meta.alternates?.canonical });
      }
    }
  });
});
