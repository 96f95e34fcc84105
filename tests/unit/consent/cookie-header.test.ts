import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consentSetCookie } from '@/lib/consent/cookie-header';
import { CONSENT_COOKIE, createConsentRecord, type ConsentRecord } from '@/lib/consent/format';
import { parseConsent } from '@/lib/consent/record';

const DAY_SECONDS = 24 * 3600;
const NOW = new Date('2026-11-28T12:00:00.000Z');
const record: ConsentRecord = createConsentRecord({ usability: true, tracking: false, marketing: true }, 2, NOW, '9b2f6c1e-7d4a-4f3b-8e5c-2a1d0f9e8b7c');

/** The header split into its name=value pair and its attributes. */
function parse(header: string): { name: string; value: string; attributes: Map<string, string | true> } {
  const [pair = '', ...rest] = header.split(';').map((part) => part.trim());
  const eq = pair.indexOf('=');
  const attributes = new Map<string, string | true>();
  for (const attribute of rest) {
    const at = attribute.indexOf('=');
    if (at === -1) attributes.set(attribute.toLowerCase(), true);
    else attributes.set(attribute.slice(0, at).toLowerCase(), attribute.slice(at + 1));
  }
  return { name: pair.slice(0, eq), value: pair.slice(eq + 1), attributes };
}

describe('consentSetCookie', () => {
  it('sets the almajet_consent cookie to a value parseConsent reads back', () => {
    const { name, value } = parse(consentSetCookie(record, { secure: true, now: NOW }));
    expect(name).toBe(CONSENT_COOKIE);
    expect(name).toBe('almajet_consent');
    expect(parseConsent(value, NOW)).toEqual(record);
  });

  it('keeps a just-made choice for 13 calendar months', () => {
    const { attributes } = parse(consentSetCookie(record, { secure: true, now: NOW }));
    // 28 November 2026 + 13 months = 28 December 2027: 365 + 30 days.
    expect(attributes.get('max-age')).toBe(String(395 * DAY_SECONDS));
    expect(attributes.get('expires')).toBe('Tue, 28 Dec 2027 12:00:00 GMT');
  });

  it('gives a just-made choice between 395 and 397 days in an ordinary month', () => {
    const now = new Date('2026-04-10T08:00:00.000Z');
    const fresh = createConsentRecord({ usability: false, tracking: false, marketing: false }, 1, now);
    const maxAge = Number(parse(consentSetCookie(fresh, { secure: false, now })).attributes.get('max-age'));
    expect(maxAge).toBeGreaterThanOrEqual(395 * DAY_SECONDS);
    expect(maxAge).toBeLessThanOrEqual(397 * DAY_SECONDS);
  });

  it('counts Max-Age from now, keeping the same expiry, when the choice was made earlier', () => {
    const later = new Date(NOW.getTime() + 100 * DAY_SECONDS * 1000);
    const { attributes } = parse(consentSetCookie(record, { secure: true, now: later }));
    expect(attributes.get('max-age')).toBe(String(295 * DAY_SECONDS));
    expect(attributes.get('expires')).toBe('Tue, 28 Dec 2027 12:00:00 GMT');
  });

  it('never gives a negative Max-Age for an already-expired record', () => {
    const { attributes } = parse(consentSetCookie(record, { secure: true, now: new Date('2030-01-01T00:00:00.000Z') }));
    expect(attributes.get('max-age')).toBe('0');
  });

  it('makes Max-Age the whole seconds until 13 calendar months after the choice, for any moment of choice', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2099-12-31T23:59:59.999Z'), noInvalidDate: true }), (now) => {
        const fresh = createConsentRecord({ usability: true, tracking: true, marketing: true }, 1, now);
        const { attributes } = parse(consentSetCookie(fresh, { secure: true, now }));
        const expires = new Date(now);
        expires.setUTCMonth(expires.getUTCMonth() + 13);
        if (expires.getUTCDate() !== now.getUTCDate()) expires.setUTCDate(0); // clamp to the month's last day
        expect(Number(attributes.get('max-age'))).toBe(Math.floor((expires.getTime() - now.getTime()) / 1000));
        expect(Number(attributes.get('max-age'))).toBeGreaterThanOrEqual(393 * DAY_SECONDS);
        expect(Number(attributes.get('max-age'))).toBeLessThanOrEqual(397 * DAY_SECONDS);
      }),
    );
  });

  it('makes the cookie site-wide, SameSite=Lax and readable by the page (no HttpOnly)', () => {
    for (const secure of [true, false]) {
      const { attributes } = parse(consentSetCookie(record, { secure, now: NOW }));
      expect(attributes.get('path')).toBe('/');
      expect(attributes.get('samesite')).toBe('Lax');
      expect(attributes.has('httponly')).toBe(false);
      expect(attributes.has('domain')).toBe(false);
    }
  });

  it('marks the cookie Secure only when the site is served over https', () => {
    expect(parse(consentSetCookie(record, { secure: true, now: NOW })).attributes.get('secure')).toBe(true);
    expect(parse(consentSetCookie(record, { secure: false, now: NOW })).attributes.has('secure')).toBe(false);
  });

  it('writes a header with no characters a Set-Cookie value may not hold', () => {
    const { value } = parse(consentSetCookie(record, { secure: true, now: NOW }));
    expect(value).not.toMatch(/[\s",;\\]/);
  });
});
