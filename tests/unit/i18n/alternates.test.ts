import { describe, expect, it } from 'vitest';
import { alternatesFor } from '@/lib/i18n/alternates';
import { routing } from '@/lib/i18n/routing';

const SITE = 'https://almajet.aero';

describe('alternatesFor', () => {
  it('uses the page in the current language as the canonical URL', () => {
    expect(alternatesFor(SITE, 'en', '/privacy').canonical).toBe('https://almajet.aero/en/privacy');
    expect(alternatesFor(SITE, 'ru', '/privacy').canonical).toBe('https://almajet.aero/ru/privacy');
  });

  it('lists the page in every locale plus x-default', () => {
    const { languages } = alternatesFor(SITE, 'ru', '/privacy');
    expect(Object.keys(languages).sort()).toEqual([...routing.locales, 'x-default'].sort());
    expect(languages).toEqual({
      ru: 'https://almajet.aero/ru/privacy',
      en: 'https://almajet.aero/en/privacy',
      kk: 'https://almajet.aero/kk/privacy',
      'x-default': 'https://almajet.aero/privacy',
    });
  });

  it('points x-default at the unprefixed path so the server negotiates the language', () => {
    expect(alternatesFor(SITE, 'en', '/privacy').languages['x-default']).toBe('https://almajet.aero/privacy');
  });

  it('handles the home page: locale roots without a trailing slash, x-default at the site root', () => {
    expect(alternatesFor(SITE, 'en', '/')).toEqual({
      canonical: 'https://almajet.aero/en',
      languages: {
        ru: 'https://almajet.aero/ru',
        en: 'https://almajet.aero/en',
        kk: 'https://almajet.aero/kk',
        'x-default': 'https://almajet.aero/',
      },
    });
  });

  it('gives the same alternates whichever language the page is rendered in', () => {
    const fromRu = alternatesFor(SITE, 'ru', '/privacy');
    const fromEn = alternatesFor(SITE, 'en', '/privacy');
    expect(fromRu.languages).toEqual(fromEn.languages);
    expect(fromRu.canonical).not.toBe(fromEn.canonical);
  });

  it('builds every URL on the configured site address', () => {
    const { canonical, languages } = alternatesFor('http://localhost:3000', 'ru', '/privacy');
    for (const url of [canonical, ...Object.values(languages)]) expect(url.startsWith('http://localhost:3000/')).toBe(true);
  });
});
