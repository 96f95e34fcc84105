import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localePath, otherLocales, stripLocale, switchLocalePath } from '@/lib/i18n/paths';
import { isLocale, routing } from '@/lib/i18n/routing';

describe('stripLocale', () => {
  it.each([
    ['/ru/privacy', '/privacy'],
    ['/en/privacy', '/privacy'],
    ['/en/privacy/', '/privacy/'],
    ['/ru', '/'],
    ['/en/', '/'],
    ['/', '/'],
    ['', '/'],
  ])('turns %j into %j', (pathname, expected) => {
    expect(stripLocale(pathname)).toBe(expected);
  });

  it.each(['/de/privacy', '/privacy', '/russia', '/RU/privacy', '/english'])(
    'leaves %j alone because its first segment is not a locale',
    (pathname) => {
      expect(stripLocale(pathname)).toBe(pathname);
    },
  );

  it('removes only the first locale segment', () => {
    expect(stripLocale('/ru/en/privacy')).toBe('/en/privacy');
  });
});

describe('localePath', () => {
  it('prefixes a page with the locale', () => {
    expect(localePath('en', '/privacy')).toBe('/en/privacy');
    expect(localePath('ru', '/privacy')).toBe('/ru/privacy');
  });

  it('gives the locale home page without a trailing slash', () => {
    expect(localePath('en', '/')).toBe('/en');
    expect(localePath('ru')).toBe('/ru');
  });

  it('adds the missing leading slash to a relative path', () => {
    expect(localePath('en', 'privacy')).toBe('/en/privacy');
  });

  it('is undone by stripLocale for any page path', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,10}$/);
    const page = fc.array(segment, { maxLength: 4 }).map((segments) => `/${segments.join('/')}`);
    const locale = fc.constantFrom(...routing.locales);
    fc.assert(
      fc.property(locale, page, (l, p) => {
        expect(stripLocale(localePath(l, p))).toBe(p);
      }),
    );
  });
});

describe('switchLocalePath', () => {
  it('opens the same page in the other language', () => {
    expect(switchLocalePath('/ru/privacy', 'en')).toBe('/en/privacy');
    expect(switchLocalePath('/en/privacy', 'ru')).toBe('/ru/privacy');
  });

  it('switches the home page', () => {
    expect(switchLocalePath('/ru', 'en')).toBe('/en');
  });

  it('keeps a #fragment given with its leading #', () => {
    expect(switchLocalePath('/ru/privacy', 'en', '#cookies')).toBe('/en/privacy#cookies');
  });

  it('keeps a fragment given without the leading #', () => {
    expect(switchLocalePath('/ru/privacy', 'en', 'cookies')).toBe('/en/privacy#cookies');
  });

  it('adds nothing when there is no fragment', () => {
    expect(switchLocalePath('/ru/privacy', 'en', '')).toBe('/en/privacy');
  });

  it('keeps an unknown first segment as part of the page path', () => {
    expect(switchLocalePath('/de/privacy', 'en')).toBe('/en/de/privacy');
  });

  it('returns the current page when switching to the current language', () => {
    expect(switchLocalePath('/en/privacy', 'en', '#contacts')).toBe('/en/privacy#contacts');
  });
});

describe('otherLocales', () => {
  it('lists the other languages for each locale', () => {
    expect(otherLocales('ru')).toEqual(['en', 'kk']);
    expect(otherLocales('en')).toEqual(['ru', 'kk']);
    expect(otherLocales('kk')).toEqual(['ru', 'en']);
  });

  it('never includes the current locale and keeps routing order', () => {
    for (const current of routing.locales) {
      const others = otherLocales(current);
      expect(others).not.toContain(current);
      expect(others).toEqual(routing.locales.filter((l) => l !== current));
      for (const l of others) expect(isLocale(l)).toBe(true);
    }
  });
});
