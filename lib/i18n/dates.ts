import type { Locale } from './routing';

/**
 * A date for people in `locale`, the same on the server and in every browser: Kazakh as
 * DD.MM.YYYY, since browsers such as Chromium ship no Kazakh month names (they print "2026 M11 28");
 * Russian and English with the month's name, which every browser has.
 */
export function formatDate(locale: Locale, value: Date): string {
  if (locale === 'kk') {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(value.getUTCDate())}.${pad(value.getUTCMonth() + 1)}.${value.getUTCFullYear()}`;
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(value);
}
