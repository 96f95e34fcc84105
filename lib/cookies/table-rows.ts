import type { Locale } from '../i18n/routing';
import { COOKIE_REGISTRY, providerIn, type CookieDeclaration } from './registry';

/** One row of the cookie table exactly as a visitor reads it: every cell is final text. */
export interface CookieRow {
  name: string;
  /** "(sets no cookie)" / "(session storage)" after the name, or null for an ordinary cookie. */
  note: string | null;
  provider: string;
  category: string;
  purpose: string;
  lifetime: string;
}

/** The message strings the table needs (a subset of messages/<locale>.json). */
export interface CookieTableMessages {
  Cookies: { noCookie: string; sessionStorage: string };
  Consent: { categories: Record<string, { label: string }> };
}

/**
 * The rows of the cookie table in `locale`. Pure, so the live table, the archive (which freezes
 * these rows with each edition) and the receipts hash all read the same text.
 */
export function cookieTableRows(locale: Locale, messages: CookieTableMessages, registry: readonly CookieDeclaration[] = COOKIE_REGISTRY): CookieRow[] {
  return registry.map((entry) => ({
    name: entry.name,
    note: entry.storage === 'cookie' ? null : entry.storage === 'none' ? messages.Cookies.noCookie : messages.Cookies.sessionStorage,
    provider: providerIn(entry, locale),
    category: messages.Consent.categories[entry.category]?.label ?? entry.category,
    purpose: entry.purpose[locale],
    lifetime: entry.lifetime[locale],
  }));
}
