import type { MetadataRoute } from 'next';
import { env } from '@/lib/env/schema';

export default function robots(): MetadataRoute.Robots {
  const site = env().SITE_URL;
  return { rules: { userAgent: '*', allow: '/', disallow: '/api/' }, sitemap: `${site}/sitemap.xml` };
}
