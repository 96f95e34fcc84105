import { describe, expect, it } from 'vitest';
import { NOTHING_GRANTED, type Preferences } from '@/lib/consent/categories';
import { createConsentRecord, serializeConsent } from '@/lib/consent/format';
import { LOCALE_COOKIE, LOCALE_COOKIE_DAYS, rememberedLocale } from '@/lib/i18n/locale-cookie';
import { routing } from '@/lib/i18n/routing';

const DAY = 24 * 3600 * 1000;
const CHOSEN = new Date('2026-03-15T10:00:00.000Z');
/** 13 calendar months after CHOSEN. */
const EXPIRY = new Date('2027-04-15T10:00:00.000Z');
const SOON = new Date('2026-03-20T00:00:00.000Z');
const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

function consent(granted: Partial<Preferences>, at: Date = CHOSEN): string {
  return serializeConsent(createConsentRecord({ ...NOTHING_GRANTED, ...granted }, 1, at, ID));
}

describe('rememberedLocale', () => {
  it.each(routing.locales)('remembers %s while the consent grants usability', (locale) => {
    expect(rememberedLocale(locale, consent({ usability: true }), SOON)).toBe(locale);
  });

  it('remembers the language with usability among other granted categories', () => {
    expect(rememberedLocale('kk', consent({ usability: true, tracking: true, marketing: true }), SOON)).toBe('kk');
  });

  it('still remembers the language a day before the consent expires', () => {
    expect(rememberedLocale('en', consent({ usability: true }), new Date(EXPIRY.getTime() - DAY))).toBe('en');
  });

  it.each(['de', '../', '', 'EN', 'en-US', 'ru/../admin'])('ignores the unknown locale value %j', (value) => {
    expect(rememberedLocale(value, consent({ usability: true }), SOON)).toBeUndefined();
  });

  it('ignores a missing language cookie', () => {
    expect(rememberedLocale(undefined, consent({ usability: true }), SOON)).toBeUndefined();
  });

  it('ignores the language cookie without any consent', () => {
    expect(rememberedLocale('en', undefined, SOON)).toBeUndefined();
    expect(rememberedLocale('en', '', SOON)).toBeUndefined();
  });

  it('ignores the language cookie when the consent does not grant usability', () => {
    expect(rememberedLocale('en', consent({}), SOON)).toBeUndefined();
    expect(rememberedLocale('en', consent({ tracking: true, marketing: true }), SOON)).toBeUndefined();
  });

  it('ignores the language cookie once the consent is exactly 13 months old', () => {
    expect(rememberedLocale('en', consent({ usability: true }), EXPIRY)).toBeUndefined();
  });

  it('ignores the language cookie when the consent is 13 months and a day old', () => {
    expect(rememberedLocale('en', consent({ usability: true }), new Date(EXPIRY.getTime() + DAY))).toBeUndefined();
  });

  it('ignores the language cookie with an unreadable consent cookie', () => {
    expect(rememberedLocale('en', 'garbage', SOON)).toBeUndefined();
    expect(rememberedLocale('en', '%7B%22usability%22%3Atrue%7D', SOON)).toBeUndefined();
    expect(rememberedLocale('en', consent({ usability: true }).slice(0, 40), SOON)).toBeUndefined();
  });

  it('ignores the language cookie with a consent dated in the future', () => {
    expect(rememberedLocale('en', consent({ usability: true }, new Date(SOON.getTime() + DAY)), SOON)).toBeUndefined();
  });
});

describe('the language cookie', () => {
  it('is called NEXT_LOCALE', () => {
    expect(LOCALE_COOKIE).toBe('NEXT_LOCALE');
  });

  it('lasts 393 days, the shortest span of 13 calendar months', () => {
    expect(LOCALE_COOKIE_DAYS).toBe(393);
  });
});
