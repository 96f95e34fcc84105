import { describe, expect, it } from 'vitest';
import { localeHome, safeReturnPath } from '@/lib/consent/return-path';
import { routing } from '@/lib/i18n/routing';
import { EDITIONS } from '@/lib/policy/editions';

describe('safeReturnPath: pages of the site', () => {
  for (const locale of routing.locales) {
    it.each([
      `/${locale}`,
      `/${locale}/privacy`,
      `/${locale}/cookies`,
      `/${locale}/cookies#preferences`,
      `/${locale}/privacy#cookies`,
      `/${locale}/privacy#section_2-1`,
      `/${locale}/privacy/history`,
      ...EDITIONS.map((e) => `/${locale}/privacy/history/${e.id}`),
      `/${locale}/privacy/history/${EDITIONS.at(-1)!.id}/changes`,
    ])(`sends a ${locale} visitor back to %s`, (path) => {
      expect(safeReturnPath(path, locale)).toBe(path);
    });
  }

  it('writes the home page without a trailing slash', () => {
    expect(safeReturnPath('/en/', 'en')).toBe('/en');
    expect(safeReturnPath('/kk/#top', 'kk')).toBe('/kk#top');
  });

  it('keeps the page’s own locale when the form posted another', () => {
    expect(safeReturnPath('/en/privacy', 'ru')).toBe('/en/privacy');
  });
});

describe('safeReturnPath: everything else falls back to the posted locale’s home page', () => {
  const attacks = [
    '//evil.example',
    '//evil.example/ru',
    'https://evil.example',
    'https://evil.example/ru/privacy',
    'http:/evil.example',
    'javascript:alert(1)',
    '/\\evil.example',
    '\\\\evil.example',
    '/ru\\privacy',
    '/ru/privacy\\',
    '%2F%2Fevil.example',
    '/%2F%2Fevil.example',
    '/%2fevil.example',
    '/ru/%2E%2E/%2E%2E/evil',
    '/%5Cevil.example',
    '/ru/privacy%23x',
    '/ru/privacy/../../evil',
    '/ru/./privacy',
    '/ru/privacy?next=//evil.example',
    '/ru/privacy#x"onmouseover="y',
    '/ru/privacy#a#b',
    '/ru/privacy#',
    '/ru/privacy\r\nSet-Cookie: x=1',
    '/ru/privacy\nLocation: //evil.example',
    '/ru/privacy\t',
    '/ru/privacy\u0000',
    ' /ru/privacy',
    '/ru/privacy ',
    '/ru/privacy\u2028',
    '/ｅvil.example',
    '/ru/prívacy',
    'ru/privacy',
    '',
    '/',
    '/ru/admin',
    '/ru/privacy/',
    '/ru/privacy/history/',
    '/ru/privacy/history/Rev_1',
    '/ru/privacy/history/a/b',
    '/ru/privacy/history/x/changes/more',
    '/ru/privacy/history/r9-e9',
    '/ru/privacy/history/r1-e1/changes',
    '/ru/cookies/history',
    '/de/privacy',
    '/en/unknown-page',
    '/RU/privacy',
    '/api/consent',
    '/_next/static/x.js',
    `/ru/privacy#${'a'.repeat(600)}`,
  ];

  it.each(attacks)('%j → /en', (raw) => {
    expect(safeReturnPath(raw, 'en')).toBe('/en');
  });

  it('uses the default locale when no locale was posted', () => {
    expect(safeReturnPath('//evil.example', undefined)).toBe('/ru');
    expect(localeHome(undefined)).toBe(`/${routing.defaultLocale}`);
  });

  it('falls back when there is no return field at all', () => {
    expect(safeReturnPath(undefined, 'kk')).toBe('/kk');
  });

  it('always answers a same-origin path: one slash, then a locale', () => {
    for (const raw of attacks) expect(safeReturnPath(raw, 'ru')).toMatch(/^\/(ru|en|kk)(\/[a-z0-9/-]+)?(#[A-Za-z0-9_-]+)?$/);
  });
});
