import type { MetadataRoute } from 'next';
import { env } from '@/lib/env/schema';
import { alternatesFor } from '@/lib/i18n/alternates';
import { routing } from '@/lib/i18n/routing';
import { MAIN_PAGES } from '@/lib/routes';

export default function sitemap(): MetadataRoute.Sitemap {
  const site = env().SITE_URL;
  return MAIN_PAGES.flatMap((path) =>
    routing.locales.map((locale) => {
      const { canonical, languages } = alternatesFor(site, locale, path);
      return { url: canonical, alternates: { languages }, changeFrequency: 'monthly' as const };
    }),
  );
}
