import { isLocale, routing, type Locale } from './routing';

/** The path below the locale prefix: `/ru/privacy` → `/privacy`, `/en` → `/`. */
export function stripLocale(pathname: string): string {
  const segments = pathname.split('/');
  if (isLocale(segments[1])) segments.splice(1, 1);
  const rest = segments.join('/');
  return rest === '' ? '/' : rest;
}

/** A site path in `locale`: `localePath('en', '/privacy')` → `/en/privacy`. */
export function localePath(locale: Locale, path = '/'): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return clean === '/' ? `/${locale}` : `/${locale}${clean}`;
}

/** The same page in another locale, keeping any `#fragment`. */
export function switchLocalePath(pathname: string, target: Locale, hash = ''): string {
  const fragment = hash && !hash.startsWith('#') ? `#${hash}` : hash;
  return localePath(target, stripLocale(pathname)) + fragment;
}

/** The locales other than `current`, in routing order. */
export function otherLocales(current: Locale): Locale[] {
  return routing.locales.filter((locale) => locale !== current);
}
