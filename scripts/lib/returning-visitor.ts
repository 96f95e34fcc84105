/*
 * The returning visitor the measurement scripts (audit, paint, profile, bench) load pages as: a consent
 * cookie for the current policy revision (every category granted unless given), as the e2e suite builds one
 * (tests/e2e/prerendering.spec.ts), and the hosts of Google's scripts, which such a page asks for
 * and which the scripts answer on the machine so that no request leaves it.
 */
import { ALL_GRANTED, type Preferences } from '../../lib/consent/categories';
import { CONSENT_COOKIE, createConsentRecord, serializeConsent } from '../../lib/consent/format';
import { sourceRevision } from '../../lib/policy/sources';

/** Google's hosts a page with tracking consent asks for (gtag.js, its collection endpoints). */
export const GOOGLE_HOST = /(^|\.)(googletagmanager\.com|google-analytics\.com|analytics\.google\.com|doubleclick\.net|google\.com)$/;

/** The same hosts as Chromium's URL-blocking patterns (DevTools' Network.setBlockedURLs, Lighthouse's blockedUrlPatterns). */
export const GOOGLE_URL_PATTERNS = ['googletagmanager.com', 'google-analytics.com', 'analytics.google.com', 'doubleclick.net', 'google.com'].flatMap((host) => [`*://${host}/*`, `*://*.${host}/*`]);

/** The consent cookie of a visitor who made this choice just now (every category by default), for the current revision. */
export function grantedCookie(preferences: Preferences = ALL_GRANTED): { name: string; value: string } {
  return { name: CONSENT_COOKIE, value: serializeConsent(createConsentRecord(preferences, sourceRevision())) };
}
