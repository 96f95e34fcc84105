import { consentExpiry } from '../consent/format';
import { parseConsent } from '../consent/record';
import { isLocale, type Locale } from './routing';

export { LOCALE_COOKIE, LOCALE_COOKIE_DAYS } from './locale-cookie-name';

/**
 * The remembered language for an unprefixed URL, or undefined. Honoured only while the consent
 * cookie grants usability and has not expired; the revision is checked by the pages themselves.
 */
export function rememberedLocale(localeCookie: string | undefined, consentCookie: string | undefined, now: Date = new Date()): Locale | undefined {
  if (!isLocale(localeCookie)) return undefined;
  const consent = parseConsent(consentCookie, now);
  if (!consent?.usability || now >= consentExpiry(consent)) return undefined;
  return localeCookie;
}
