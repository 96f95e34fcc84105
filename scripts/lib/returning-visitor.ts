/*
 * The returning visitor the measurement scripts (audit, paint, profile) load pages as: a consent
 * cookie with every category granted for the current policy revision, as the e2e suite builds one
 * (tests/e2e/prerendering.spec.ts), and the hosts of Google's scripts, which such a page asks for
 * and which the scripts answer on the machine so that no request leaves it.
 */
import { ALL_GRANTED } from '../../lib/consent/categories';
import { CONSENT_COOKIE, createConsentRecord, serializeConsent } from '../../lib/consent/format';
import { outline } from '../../lib/policy/outline';
import { readPolicySources } from '../../lib/policy/sources';

/** Google's hosts a page with tracking consent asks for (gtag.js, its collection endpoints). */
export const GOOGLE_HOST = /(^|\.)(googletagmanager\.com|google-analytics\.com|analytics\.google\.com|doubleclick\.net|google\.com)$/;

/** The same hosts as Chromium's URL-blocking patterns (DevTools' Network.setBlockedURLs, Lighthouse's blockedUrlPatterns). */
export const GOOGLE_URL_PATTERNS = ['googletagmanager.com', 'google-analytics.com', 'analytics.google.com', 'doubleclick.net', 'google.com'].flatMap((host) => [`*://${host}/*`, `*://*.${host}/*`]);

/** The revision in the default locale's policy metadata: a returning visitor's choice must carry it. */
export function policyRevision(): number {
  const [reference] = readPolicySources();
  const revision = (outline(reference?.source ?? '').metadata as { revision?: unknown } | undefined)?.revision;
  if (typeof revision !== 'number') throw new Error('The policy metadata has no revision: run `npm run content:check`.');
  return revision;
}

/** The consent cookie of a visitor who granted every category just now. */
export function grantedCookie(): { name: string; value: string } {
  return { name: CONSENT_COOKIE, value: serializeConsent(createConsentRecord(ALL_GRANTED, policyRevision())) };
}
