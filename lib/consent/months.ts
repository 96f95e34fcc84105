/** How long a choice lasts: the policy promises consent expires within 13 months. */
export const CONSENT_MONTHS = 13;

/**
 * `date` plus `months` calendar months in UTC; a day that does not exist in the target month
 * clamps to its last day (31 January + 1 month = 28/29 February).
 */
export function addCalendarMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(
    Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds()),
  );
}
