import { isLocale, routing, type Locale } from '../i18n/routing';
import { isPage } from '../routes';

/** A return path longer than this is not one of ours. */
const MAX_RETURN_PATH_LENGTH = 512;

// Deliberately strict: only plain ASCII letters, digits, '/', '-' and one '#fragment' get through,
// so no percent-encoding, backslash, control character or scheme can reach the Location header.
const SHAPE = /^\/([a-z]{2})(\/[a-z0-9/-]*)?(#[A-Za-z0-9_-]+)?$/;

/** The home page of `locale`, or of the default locale when none was posted. */
export function localeHome(locale: Locale | undefined): string {
  return `/${locale ?? routing.defaultLocale}`;
}

/**
 * Where a form post may send the visitor back to: `raw` when it is a same-origin path of a public
 * page of the site (`/{locale}`, `/{locale}/privacy`, …, optionally with `#fragment`), otherwise
 * the home page of the posted locale. Never an open redirect.
 */
export function safeReturnPath(raw: string | undefined, locale: Locale | undefined): string {
  const fallback = localeHome(locale);
  if (typeof raw !== 'string' || raw.length > MAX_RETURN_PATH_LENGTH) return fallback;
  const match = SHAPE.exec(raw);
  if (!match) return fallback;
  const [, pathLocale, below = '', fragment = ''] = match;
  // The home page is `/ru`, not `/ru/`: the site redirects the latter.
  const page = below === '/' ? '' : below;
  if (!isLocale(pathLocale) || !isPage(page)) return fallback;
  return `/${pathLocale}${page}${fragment}`;
}
