import { routing } from '../i18n/routing';
import { SITE_PAGES } from '../site-pages';
import { CONSENT_COOKIE } from './format';
import { MISSING_HEADER, VARIANT_HEADER, type Variant } from './variants';

/**
 * A first visit needs no judgement: without a consent cookie and without Sec-GPC, proxy.ts always
 * chooses `_v-first`. Next runs a proxy at a fixed cost of its own, whatever the proxy does (the bare
 * floor page serves 0.27–0.36x the floor's requests per second behind a proxy, 0.62–0.75x behind a
 * config rewrite: `npm run bench`, reference rows), so these requests skip it. next.config.ts serves them by a rewrite and a headers rule on the same
 * conditions, and proxy.ts's matcher leaves exactly them out. Everything else still goes through
 * the proxy: any consent cookie (garbage, outdated, expired or valid), Sec-GPC, requests of Next's
 * client router (which keep the variant of the page they come from), a variant named by the client.
 */
export const FIRST_VISIT_VARIANT: Variant = '_v-first';

/** What a request must not carry to be served as a first visit without the proxy. */
export const FIRST_VISIT_MISSING = [
  { type: 'cookie', key: CONSENT_COOKIE },
  { type: 'header', key: 'sec-gpc' },
  // Next's client router: `next-url` names the page it navigates from, `rsc` asks for the payload.
  { type: 'header', key: 'next-url' },
  { type: 'header', key: 'rsc' },
  // Only the proxy may name a variant or a missing page: a client's own header goes through it.
  { type: 'header', key: VARIANT_HEADER },
  { type: 'header', key: MISSING_HEADER },
] as const satisfies readonly { type: 'cookie' | 'header'; key: string }[];

/** One public page served as a first visit without the proxy. */
export interface FirstVisitPage {
  /** The public address, e.g. `/ru/privacy` (`/ru` for the home page). */
  source: string;
  /** The prerendered page it is served from, e.g. `/ru/_v-first/privacy`. */
  route: string;
}

/** Every locale × every page of the site (SITE_PAGES; the policy archive still goes through the proxy). */
export function firstVisitPages(): FirstVisitPage[] {
  return routing.locales.flatMap((locale) =>
    SITE_PAGES.map((page) => {
      const rest = page === '/' ? '' : page;
      return { source: `/${locale}${rest}`, route: `/${locale}/${FIRST_VISIT_VARIANT}${rest}` };
    }),
  );
}
