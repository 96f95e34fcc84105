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
