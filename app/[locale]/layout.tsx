import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ConsentRoot } from '@/components/consent/consent-root';
import { CookieSettingsButton } from '@/components/consent/cookie-settings-button';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
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
        {/* The banner comes first after the skip link, so keyboard users meet the choice at once. */}
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdSource(organizationJsonLd(env().SITE_URL, footer('company'))) }} />
        <ConsentRoot locale={locale}>
          <SiteHeader locale={locale} />
          <main id="content" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter locale={locale}>
            <li>
              <CookieSettingsButton label={footer('cookieSettings')} />
            </li>
          </SiteFooter>
        </ConsentRoot>
      </body>
    </html>
  );
}
