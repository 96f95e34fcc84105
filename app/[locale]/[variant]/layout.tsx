import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ConsentRoot } from '@/components/consent/consent-root';
import { CookieSettingsButton } from '@/components/consent/cookie-settings-button';
import { SiteFooter } from '@/components/layout/site-footer';
import { KeepHashScript } from '@/components/layout/keep-hash-script';
import { SiteHeader } from '@/components/layout/site-header';
import { isVariant, VARIANTS } from '@/lib/consent/variants';
import type { Locale } from '@/lib/i18n/routing';

// One prerendered copy of every page per consent variant; proxy.ts rewrites each request to one.
export const dynamicParams = false;

export function generateStaticParams() {
  return VARIANTS.map((variant) => ({ variant }));
}

interface LayoutProps {
  children: ReactNode;
  params: Promise<{ locale: Locale; variant: string }>;
}

/** A page's frame for one consent variant: the banner first (keyboard users meet it at once), then header, content, footer. */
export default async function VariantLayout({ children, params }: LayoutProps) {
  const { locale, variant } = await params;
  if (!isVariant(variant)) notFound();
  setRequestLocale(locale);
  const footer = await getTranslations({ locale, namespace: 'Footer' });
  return (
    <ConsentRoot locale={locale} variant={variant}>
      <SiteHeader locale={locale} />
      <main id="content" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={locale}>
        <li>
          <CookieSettingsButton label={footer('cookieSettings')} locale={locale} />
        </li>
      </SiteFooter>
      <KeepHashScript />
    </ConsentRoot>
  );
}
