import { describe, expect, it } from 'vitest';
import { formatDate } from '@/lib/i18n/dates';

describe('formatDate', () => {
  const day = new Date('2026-03-05T23:30:00.000Z');

  it('writes Kazakh dates as DD.MM.YYYY, which needs no month names from the browser', () => {
    expect(formatDate('kk', day)).toBe('05.03.2026');
  });

  it('names the month in Russian and English, in UTC so the day never shifts with the visitor’s zone', () => {
    expect(formatDate('ru', day)).toBe('5 марта 2026 г.');
    expect(formatDate('en', day)).toBe('March 5, 2026');
  });
});

describe('formatDate without Intl', () => {
  it('writes every month of a year, on its first and last day, as Intl’s long date style does', () => {
    for (const locale of ['ru', 'en'] as const) {
      const intl = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
      for (let month = 0; month < 12; month += 1) {
        for (const date of [new Date(Date.UTC(2026, month, 1)), new Date(Date.UTC(2027, month + 1, 0, 23, 59, 59))]) {
          expect(formatDate(locale, date)).toBe(intl.format(date));
        }
      }
    }
  });
});
