import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { CONSENT_COOKIE } from './lib/consent/format';
import { LOCALE_COOKIE, rememberedLocale } from './lib/i18n/locale-cookie';
import { isLocale, routing } from './lib/i18n/routing';

const intl = createMiddleware(routing);

/** Locale negotiation: a remembered language (with usability consent) wins over Accept-Language. */
export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split('/')[1];
  if (!isLocale(first)) {
    const remembered = rememberedLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.cookies.get(CONSENT_COOKIE)?.value);
    if (remembered) {
      const url = request.nextUrl.clone();
      url.pathname = `/${remembered}${pathname === '/' ? '' : pathname}`;
      url.search = search;
      return NextResponse.redirect(url, 307);
    }
  }
  return intl(request);
}

export const config = {
  // Everything but the API, Next's internals and files with an extension (icon, robots.txt, sitemap.xml).
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
