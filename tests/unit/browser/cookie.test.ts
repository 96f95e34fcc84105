// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeCookie } from '@/lib/browser/cookie';
import { cookieValue } from '@/lib/analytics/browser-cookies';
import { CONSENT_COOKIE, createConsentRecord, readConsentCookie, serializeConsent } from '@/lib/consent/format';

/** The JSDOM instance vitest's jsdom environment exposes, typed just enough to move the page to another address. */
const dom = (globalThis as unknown as { jsdom: { reconfigure(options: { url: string }): void } }).jsdom;
const START_URL = window.location.href;

/** Captures what the page hands the browser as a cookie string, without storing it. */
function captureCookieWrites(): string[] {
  const written: string[] = [];
  vi.spyOn(document, 'cookie', 'set').mockImplementation((value: string) => {
    written.push(value);
  });
  return written;
}

afterEach(() => {
  vi.restoreAllMocks();
  dom.reconfigure({ url: START_URL });
  document.cookie = `${CONSENT_COOKIE}=; Max-Age=0; Path=/`;
});

describe('writeCookie', () => {
  it('writes a cookie for the whole site, Lax, with the expiry given, and Secure only over https', () => {
    const expires = new Date(Date.UTC(2027, 11, 31, 12));
    const written = captureCookieWrites();
    writeCookie('NEXT_LOCALE', 'kk', expires);
    dom.reconfigure({ url: 'https://almajet.aero/ru' });
    writeCookie('NEXT_LOCALE', 'kk', expires);
    expect(written).toEqual([
      'NEXT_LOCALE=kk; Path=/; Expires=Fri, 31 Dec 2027 12:00:00 GMT; SameSite=Lax',
      'NEXT_LOCALE=kk; Path=/; Expires=Fri, 31 Dec 2027 12:00:00 GMT; SameSite=Lax; Secure',
    ]);
  });

  it('stores the consent value byte for byte, so the server and the page read the same choice back', () => {
    const record = createConsentRecord({ usability: true, tracking: false, marketing: true }, 1, new Date('2026-12-01T10:00:00Z'));
    writeCookie(CONSENT_COOKIE, serializeConsent(record), new Date(Date.now() + 86_400_000));
    expect(readConsentCookie(cookieValue(document.cookie, CONSENT_COOKIE))).toEqual(record);
  });
});
