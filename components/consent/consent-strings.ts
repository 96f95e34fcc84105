import { getTranslations } from 'next-intl/server';
import { CATEGORIES } from '@/lib/consent/categories';
import { declarationsIn } from '@/lib/cookies/registry';
import type { Locale } from '@/lib/i18n/routing';
import type { CategoryView } from './preferences-form';

/** Each category's label, description and cookie names in `locale`, for the preferences form. */
export async function consentCategories(locale: Locale): Promise<CategoryView[]> {
  const t = await getTranslations({ locale, namespace: 'Consent' });
  return CATEGORIES.map((key) => {
    const names = declarationsIn(key)
      .filter((entry) => entry.storage === 'cookie')
      .map((entry) => entry.name);
    return {
      key,
      label: t(`categories.${key}.label`),
      description: t(`categories.${key}.description`),
      cookies: names.length > 0 ? t('cookiesLabel', { names: names.join(', ') }) : t('noCookies'),
    };
  });
}
