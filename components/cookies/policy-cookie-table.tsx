import { getLocale } from 'next-intl/server';
import { isLocale, routing } from '@/lib/i18n/routing';
import { CookieTable } from './cookie-table';

/** `<CookieTable />` inside the policy MDX: the declaration in the page's language. */
export async function PolicyCookieTable() {
  const locale = await getLocale();
  return <CookieTable locale={isLocale(locale) ? locale : routing.defaultLocale} />;
}
