import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { env } from '@/lib/env/schema';
import { routing } from '@/lib/i18n/routing';
import { jsonLdSource, organizationJsonLd } from '@/lib/seo/organization';
import '../globals.css';

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#121418' },
  ],
};

// Every page is prerendered per locale (and per consent variant below): no other locale exists.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: 'NotFound' });
  // Every page sets its own title; the only one without, the not-found page, gets this default.
  return { metadataBase: new URL(env().SITE_URL), title: { default: `${t('title')} — ALMA JET`, template: '%s' } };
}

interface LayoutProps {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

/** The document of every page; the consent parts are per variant (app/[locale]/[variant]/layout.tsx). */
export default async function LocaleLayout({ children, params }: LayoutProps) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, footer] = await Promise.all([getTranslations({ locale, namespace: 'Layout' }), getTranslations({ locale, namespace: 'Footer' })]);
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#content">
          {t('skipLink')}
        </a>
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdSource(organizationJsonLd(env().SITE_URL, footer('company'))) }} />
        {children}
      </body>
    </html>
  );
}
