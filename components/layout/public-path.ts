'use client';

import { useSelectedLayoutSegments } from 'next/navigation';

/**
 * The public path of the current page (`/ru/privacy`), read from the route segments below the
 * consent-variant layout: usePathname could name the prerendered variant the proxy rewrote to on
 * the server and the address bar's path in the browser, a hydration mismatch.
 */
export function usePublicPath(locale: string): string {
  // Outside Next's router (unit tests render components alone) there are no segments to read.
  const segments = ((useSelectedLayoutSegments() as string[] | null) ?? []).filter((segment) => !segment.startsWith('('));
  return ['', locale, ...segments].join('/');
}
