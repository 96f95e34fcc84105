import type { BrowserContext, Page } from '@playwright/test';
import { ALL_GRANTED, NOTHING_GRANTED, type Preferences } from '../../lib/consent/categories';
import { CONSENT_COOKIE, createConsentRecord, serializeConsent, type ConsentRecord } from '../../lib/consent/format';
import { addCalendarMonths } from '../../lib/consent/months';

export { ALL_GRANTED, NOTHING_GRANTED, CONSENT_COOKIE };

/** A consent cookie as the site writes it, made `monthsAgo` calendar months and `daysAgo` days ago. */
export async function giveConsent(
  context: BrowserContext,
  baseURL: string,
  options: { preferences?: Preferences; rev?: number; monthsAgo?: number; daysAgo?: number; raw?: string } = {},
): Promise<ConsentRecord> {
  const at = addCalendarMonths(new Date(), -(options.monthsAgo ?? 0));
  at.setUTCDate(at.getUTCDate() - (options.daysAgo ?? 0));
  const record = createConsentRecord(options.preferences ?? ALL_GRANTED, options.rev ?? 1, at);
  await context.addCookies([{ name: CONSENT_COOKIE, value: options.raw ?? serializeConsent(record), url: baseURL, sameSite: 'Lax', expires: Date.now() / 1000 + 86_400 }]);
  return record;
}

/** The consent cookie the browser holds, decoded, or undefined. */
export async function storedConsent(context: BrowserContext): Promise<{ record: ConsentRecord; expires: number } | undefined> {
  const cookie = (await context.cookies()).find((c) => c.name === CONSENT_COOKIE);
  if (!cookie) return undefined;
  return { record: JSON.parse(decodeURIComponent(cookie.value)) as ConsentRecord, expires: cookie.expires };
}

/** The consent banner, located as a visitor's assistive technology finds it. */
export const banner = (page: Page) => page.getByRole('region', { name: /cookie/i });

/** The preferences dialog. */
export const preferences = (page: Page) => page.getByRole('dialog', { name: /cookie/i });

export { NOTHING_GRANTED as REJECTED };
