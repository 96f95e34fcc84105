import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarMonths, CONSENT_MONTHS } from '@/lib/consent/months';

/** `addCalendarMonths` on an ISO string, answered as an ISO string. */
function plus(iso: string, months: number): string {
  return addCalendarMonths(new Date(iso), months).toISOString();
}

describe('addCalendarMonths', () => {
  it('promises a choice that lasts 13 months', () => {
    expect(CONSENT_MONTHS).toBe(13);
  });

  it('adds 13 calendar months, crossing into the year after next month', () => {
    expect(plus('2026-03-15T00:00:00.000Z', 13)).toBe('2027-04-15T00:00:00.000Z');
    expect(plus('2026-12-01T00:00:00.000Z', 13)).toBe('2028-01-01T00:00:00.000Z');
  });

  it('keeps the day of the month when the target month has it', () => {
    expect(plus('2026-01-31T00:00:00.000Z', 13)).toBe('2027-02-28T00:00:00.000Z');
    expect(plus('2026-05-31T00:00:00.000Z', 13)).toBe('2027-06-30T00:00:00.000Z');
    expect(plus('2026-07-31T00:00:00.000Z', 13)).toBe('2027-08-31T00:00:00.000Z');
  });

  it('clamps 31 January plus one month to 28 February in a common year', () => {
    expect(plus('2026-01-31T00:00:00.000Z', 1)).toBe('2026-02-28T00:00:00.000Z');
    expect(plus('2026-01-29T00:00:00.000Z', 1)).toBe('2026-02-28T00:00:00.000Z');
  });

  it('clamps 31 January plus one month to 29 February in a leap year', () => {
    expect(plus('2028-01-31T00:00:00.000Z', 1)).toBe('2028-02-29T00:00:00.000Z');
    expect(plus('2027-01-31T00:00:00.000Z', 13)).toBe('2028-02-29T00:00:00.000Z');
  });

  it('moves 29 February to 28 February a year later and back to 29 February four years on', () => {
    expect(plus('2028-02-29T00:00:00.000Z', 12)).toBe('2029-02-28T00:00:00.000Z');
    expect(plus('2028-02-29T00:00:00.000Z', 48)).toBe('2032-02-29T00:00:00.000Z');
  });

  it('follows the Gregorian rules for century years', () => {
    expect(plus('2099-01-31T00:00:00.000Z', 13)).toBe('2100-02-28T00:00:00.000Z');
    expect(plus('1999-01-31T00:00:00.000Z', 13)).toBe('2000-02-29T00:00:00.000Z');
  });

  it('keeps the time of day to the millisecond', () => {
    expect(plus('2026-01-31T23:59:59.999Z', 13)).toBe('2027-02-28T23:59:59.999Z');
    expect(plus('2026-06-15T08:30:12.345Z', 13)).toBe('2027-07-15T08:30:12.345Z');
  });

  it('counts in UTC whatever the date looked like in a local time zone', () => {
    // 31 January 23:30 UTC is already 1 February east of Greenwich; the UTC day decides.
    expect(plus('2026-01-31T23:30:00.000Z', 1)).toBe('2026-02-28T23:30:00.000Z');
  });

  it('does not change the date it was given', () => {
    const date = new Date('2026-01-31T12:00:00.000Z');
    addCalendarMonths(date, 13);
    expect(date.toISOString()).toBe('2026-01-31T12:00:00.000Z');
  });

  it('always lands in the target calendar month, on the same or an earlier day, at the same time', () => {
    const dates = fc.date({ min: new Date('1970-01-01T00:00:00.000Z'), max: new Date('2200-12-31T23:59:59.999Z'), noInvalidDate: true });
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 240 }), (date, months) => {
        const result = addCalendarMonths(date, months);
        const target = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
        expect(result.getUTCFullYear() * 12 + result.getUTCMonth()).toBe(target);
        expect(result.getUTCDate()).toBeLessThanOrEqual(date.getUTCDate());
        if (result.getUTCDate() < date.getUTCDate()) {
          // Clamped: the result is the last day of its month.
          expect(new Date(result.getTime() + 24 * 3600 * 1000).getUTCDate()).toBe(1);
        }
        expect(result.toISOString().slice(10)).toBe(date.toISOString().slice(10));
      }),
    );
  });

  it('lasts between 393 and 397 days for 13 months from any day', () => {
    const day = 24 * 3600 * 1000;
    const dates = fc.date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2200-12-31T23:59:59.999Z'), noInvalidDate: true });
    fc.assert(
      fc.property(dates, (date) => {
        const days = (addCalendarMonths(date, CONSENT_MONTHS).getTime() - date.getTime()) / day;
        expect(days).toBeGreaterThanOrEqual(393);
        expect(days).toBeLessThanOrEqual(397);
      }),
    );
  });
});
