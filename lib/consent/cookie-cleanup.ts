import { cookieDomains, cookieNames, expiredCookie, GA_COOKIE_PATTERN } from '../analytics/browser-cookies';
import { LOCALE_COOKIE } from '../i18n/locale-cookie-name';
import type { Preferences } from './categories';

const LOCALE_PATTERN = new RegExp(`^${LOCALE_COOKIE}$`);

/** The cookies a choice (or its absence) does not allow: Google's without tracking, the language cookie without usability. */
export function disallowedCookies(preferences: Preferences | null): RegExp[] {
  const patterns: RegExp[] = [];
  if (!preferences?.tracking) patterns.push(GA_COOKIE_PATTERN);
  if (!preferences?.usability) patterns.push(LOCALE_PATTERN);
  return patterns;
}

/** The host name the browser asked for, as a proxy reports it or from Host; no port. */
export function requestHostname(request: Request): string {
  const host = (request.headers.get('x-forwarded-host')?.split(',')[0] ?? request.headers.get('host') ?? '').trim();
  try {
    return new URL(`http://${host || new URL(request.url).host}`).hostname.toLowerCase();
  } catch {
    return new URL(request.url).hostname;
  }
}

/**
 * Set-Cookie values expiring every disallowed cookie the request carries, on the host and each
 * parent domain: what the browser's script does on a choice, for a form post where none runs.
 */
export function expireDisallowedCookies(request: Request, preferences: Preferences): string[] {
  const carried = request.headers.get('cookie') ?? '';
  const domains = cookieDomains(requestHostname(request));
  return disallowedCookies(preferences)
    .flatMap((pattern) => cookieNames(carried, pattern))
    .flatMap((name) => domains.map((domain) => expiredCookie(name, domain)));
}
