import { NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { CONSENT_COOKIE } from './lib/consent/format';
import { chooseVariant, MISSING_HEADER, VARIANT_HEADER } from './lib/consent/variants';
import { LOCALE_COOKIE, rememberedLocale } from './lib/i18n/locale-cookie';
import { isLocale, routing } from './lib/i18n/routing';
import { effectiveRevision } from './lib/policy/revision-value';
import { buildCsp, LOCKED_DOWN_CSP } from './lib/security/csp';
import { isPage } from './lib/routes';

const intl = createMiddleware(routing);
// `next dev` prerenders nothing, so no page carries its own policy there: this relaxed one instead.
const DEV_CSP = process.env.NODE_ENV === 'development' ? buildCsp({ scriptHashes: [], analytics: true, dev: true }) : undefined;

/** A remembered language (with usability consent) for an unprefixed URL, as a redirect. */
function rememberedRedirect(request: NextRequest): NextResponse | undefined {
  const { pathname } = request.nextUrl;
  const remembered = rememberedLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.cookies.get(CONSENT_COOKIE)?.value);
  if (!remembered) return undefined;
  const url = request.nextUrl.clone();
  url.pathname = `/${remembered}${pathname === '/' ? '' : pathname}`;
  return NextResponse.redirect(url, 307);
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * A page below a locale: judge the consent cookie (server clock, current revision) and Sec-GPC,
 * and serve the page prerendered for that consent variant. Unknown addresses, and the internal
 * variant paths themselves, get the localized 404 page. The page's Content-Security-Policy comes
 * with the prerendered page itself (scripts/page-csp.ts), so a second one is never added here.
 */
function servePage(request: NextRequest, rest: string): NextResponse {
  const revision = effectiveRevision(Number(process.env.POLICY_REVISION));
  const gpc = request.headers.get('sec-gpc')?.trim() === '1';
  const variant = chooseVariant(request.cookies.get(CONSENT_COOKIE)?.value, revision, gpc);
  // Only the site's own pages: an internal variant path (`/ru/_v-first/…`) is no page, so it gets the 404.
  const known = isPage(rest);
  // next.config.ts rewrites on these request headers: unlike a proxy rewrite, that leaves no
  // x-middleware-rewrite header naming the internal path in the response.
  const headers = new Headers(request.headers);
  headers.set(VARIANT_HEADER, variant);
  if (known) headers.delete(MISSING_HEADER);
  else headers.set(MISSING_HEADER, '1');
  const response = NextResponse.next({ request: { headers }, status: known ? 200 : 404 });
  if (DEV_CSP) response.headers.set('Content-Security-Policy', DEV_CSP);
  // The same address serves other HTML to another visitor: no shared cache may keep it.
  response.headers.set('Cache-Control', 'private, no-cache');
  return response;
}

function withoutVariant(source: Headers): Headers {
  const headers = new Headers(source);
  headers.delete(VARIANT_HEADER);
  headers.delete(MISSING_HEADER);
  return headers;
}

/**
 * Every request (no matcher: one path for all, so that a malformed address anywhere answers 400, not
 * 500, and no request reaches a page without its consent judged): pages, then locale negotiation.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!isDecodable(pathname)) {
    // A malformed %-escape would otherwise throw while Next decodes the route parameters (a 500).
    return new NextResponse('Bad request: the address contains a malformed %-escape.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': LOCKED_DOWN_CSP },
    });
  }
  const [, first = ''] = pathname.split('/');
  if (isLocale(first)) return servePage(request, pathname.slice(first.length + 1));
  // The API, Next's internals and files pass through, never with a variant chosen by the client.
  if (/^\/(api|_next|_vercel)(\/|$)|\.[^/]*$/.test(pathname)) return NextResponse.next({ request: { headers: withoutVariant(request.headers) } });
  // No locale yet: a remembered language, or negotiation from Accept-Language (a redirect).
  const response = rememberedRedirect(request) ?? intl(request);
  response.headers.set('Content-Security-Policy', LOCKED_DOWN_CSP);
  return response;
}
