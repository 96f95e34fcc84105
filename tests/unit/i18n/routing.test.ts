import { describe, expect, it } from 'vitest';
import { isLocale, localeLabel, routing } from '@/lib/i18n/routing';

describe('routing', () => {
  it('serves Russian, English and Kazakh with Russian as the default language', () => {
    expect(routing.locales).toEqual(['ru', 'en', 'kk']);
    expect(routing.defaultLocale).toBe('ru');
  });

  it('always puts the language in the address', () => {
    expect(routing.localePrefix).toBe('always');
  });

  it('does not let next-intl write the language cookie, because it needs consent first', () => {
    expect(routing.localeCookie).toBe(false);
  });

  it('does not let next-intl guess hreflang links from the Host header', () => {
    expect(routing.alternateLinks).toBe(false);
  });
});

describe('isLocale', () => {
  it('accepts every configured locale', () => {
    for (const locale of routing.locales) expect(isLocale(locale)).toBe(true);
  });

  it.each(['de', 'RU', 'En', 'ru-RU', '', ' ru', 'russian'])('rejects the string "%s"', (value) => {
    expect(isLocale(value)).toBe(false);
  });

  it.each([undefined, null, 0, ['ru'], { locale: 'ru' }])('rejects the non-string value %j', (value) => {
    expect(isLocale(value)).toBe(false);
  });
});

describe('localeLabel', () => {
  it('names Russian in Russian with a capital letter', () => {
    expect(localeLabel('ru')).toBe('Русский');
  });

  it('names English in English', () => {
    expect(localeLabel('en')).toBe('English');
  });

  it('gives every locale a distinct, non-empty menu label', () => {
    const labels = routing.locales.map(localeLabel);
    expect(new Set(labels).size).toBe(routing.locales.length);
    for (const label of labels) expect(label.trim()).not.toBe('');
  });
});
