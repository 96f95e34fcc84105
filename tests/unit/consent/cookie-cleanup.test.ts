import { describe, expect, it } from 'vitest';
import { GA_COOKIE_PATTERN } from '@/lib/analytics/browser-cookies';
import { ALL_GRANTED, NOTHING_GRANTED } from '@/lib/consent/categories';
import { disallowedCookies, expireDisallowedCookies, requestHostname } from '@/lib/consent/cookie-cleanup';

const request = (headers: Record<string, string>, url = 'https://almajet.aero/api/consent') => new Request(url, { method: 'POST', headers });

describe('disallowedCookies', () => {
  it('lists Google’s cookies without tracking and the language cookie without usability', () => {
    expect(disallowedCookies(null).map(String)).toEqual([String(GA_COOKIE_PATTERN), '/^NEXT_LOCALE$/']);
    expect(disallowedCookies({ ...NOTHING_GRANTED, usability: true })).toEqual([GA_COOKIE_PATTERN]);
    expect(disallowedCookies(ALL_GRANTED)).toEqual([]);
  });
});

describe('requestHostname', () => {
  it('takes the host the browser asked for, without the port', () => {
    expect(requestHostname(request({ host: 'WWW.Almajet.aero:443' }))).toBe('www.almajet.aero');
    expect(requestHostname(request({ host: 'internal:3000', 'x-forwarded-host': 'almajet.aero, proxy.internal' }))).toBe('almajet.aero');
  });

  it('falls back to the URL’s host when the Host header is unusable', () => {
    expect(requestHostname(request({ host: 'bad host/%' }, 'http://127.0.0.1:3200/api/consent'))).toBe('127.0.0.1');
  });
});

describe('expireDisallowedCookies', () => {
  it('expires only cookies that exist and that the choice disallows, once per name', () => {
    const headers = { host: 'almajet.aero', cookie: '_ga=1; _ga=2; _ga_X1=3; _gid=4; NEXT_LOCALE=kk' };
    expect(expireDisallowedCookies(request(headers), { ...NOTHING_GRANTED, usability: true })).toEqual([
      '_ga=; Max-Age=0; Path=/',
      '_ga=; Max-Age=0; Path=/; Domain=.almajet.aero',
      '_ga_X1=; Max-Age=0; Path=/',
      '_ga_X1=; Max-Age=0; Path=/; Domain=.almajet.aero',
    ]);
  });

  it('expires nothing when every category is granted', () => {
    expect(expireDisallowedCookies(request({ host: 'almajet.aero', cookie: '_ga=1; NEXT_LOCALE=en' }), ALL_GRANTED)).toEqual([]);
  });
});
