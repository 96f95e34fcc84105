import { NextRequest, NextResponse } from 'next/server';
import createMiddleware from 'next-intl/middleware';
import { CONSENT_COOKIE } from './lib/consent/format';
import { LOCALE_COOKIE, rememberedLocale } from './lib/i18n/locale-cookie';
import { isLocale, routing } from './lib/i18n/routing';
import { buildCsp, createNonce, LOCKED_DOWN_CSP } from './lib/security/csp';

const intl = createMiddleware(routing);

/** A remembered language (with usability consent) for an unprefixed URL, as a redirect. */
function rememberedRedirect(request: NextRequest): NextResponse | undefined {
  const { pathname } = request.nextUrl;
  if (isLocale(pathname.split('/')[1])) return undefined;
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
 * Every page request: a fresh CSP nonce (Next reads the policy from the request headers and puts
 * the nonce on its own scripts; our inline scripts read `x-nonce`), then locale negotiation.
 */
export default function proxy(request: NextRequest) {
  if (!isDecodable(request.nextUrl.pathname)) {
    // A malformed %-escape would otherwise throw while Next decodes the route parameters (a 500).
    return new NextResponse('Bad request: the address contains a malformed %-escape.', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': LOCKED_DOWN_CSP },
    });
  }
  // Only pages get a nonce and locale negotiation: the API, Next's internals and files pass through.
  if (/^\/(api|_next|_vercel)(\/|$)|\.[^/]*$/.test(request.nextUrl.pathname)) return NextResponse.next();
  const nonce = createNonce();
  const csp = buildCsp(nonce, { dev: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  const response = rememberedRedirect(request) ?? intl(new NextRequest(request, { headers }));
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  // Every request, so that a malformed address anywhere answers 400 rather than 500.
  matcher: ['/:path*'],
};
