import { NextResponse } from 'next/server';

// The mechanism the site's proxy.ts uses, with no decision in it: name a variant in a request
// header, on which next.config.mjs rewrites to a prerendered page below /[locale]/[variant].
export default function proxy(request) {
  const headers = new Headers(request.headers);
  headers.set('x-variant', '_v-first');
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ['/:path*'] };
