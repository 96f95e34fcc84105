import type { Locale } from './routing';

// Month names in the genitive ("28 ноября") and in English, exactly as Intl.DateTimeFormat's
// `dateStyle: 'long'` writes them (tests/unit/i18n/dates.test.ts compares every month). Written
// out rather than asked of Intl, because the cookies page formats dates in the browser and a
// first Intl.DateTimeFormat there loads the locale's data on the main thread
// (docs/architecture.md, "Main thread").
const MONTHS: Record<Exclude<Locale, 'kk'>, readonly string[]> = {
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * A date for people in `locale`, in UTC, the same on the server and in every browser: Kazakh as
 * DD.MM.YYYY, since browsers such as Chromium ship no Kazakh month names (they print "2026 M11 28");
 * Russian and English with the month's name, as Intl's long date style writes them.
 */
export function formatDate(locale: Locale, value: Date): string {
  const day = value.getUTCDate();
  const month = value.getUTCMonth();
  const year = value.getUTCFullYear();
  if (locale === 'kk') {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(day)}.${pad(month + 1)}.${year}`;
  }
  const name = MONTHS[locale][month];
  return locale === 'ru' ? `${day} ${name} ${year} г.` : `${name} ${day}, ${year}`;
}
