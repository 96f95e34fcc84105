import * as staticInfo from 'next/dist/build/analysis/get-page-static-info';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { getMiddlewareRouteMatcher } from 'next/dist/shared/lib/router/utils/middleware-route-matcher';
import { matchHas } from 'next/dist/shared/lib/router/utils/prepare-destination';
import { describe, expect, it, vi } from 'vitest';
import { CONSENT_COOKIE, createConsentRecord, serializeConsent } from '@/lib/consent/format';
import { FIRST_VISIT_VARIANT, firstVisitPages } from '@/lib/consent/first-visit';
import { chooseVariant, prefetchVariant } from '@/lib/consent/variants';
import { routing } from '@/lib/i18n/routing';
import { SITE_PAGES } from '@/lib/site-pages';
import nextConfig from '@/next.config';
import { config as proxyConfig } from '@/proxy';

// Only proxy.ts's `config` is read here; its locale negotiation is not what these tests are about.
vi.mock('next-intl/middleware', () => ({ default: () => () => undefined }));

// What Next does with these at run time, from its own modules (the version package-lock.json pins):
// the proxy's matchers as `next build` compiles them, and next.config.ts's rewrites and headers.
// (`next build`'s own function; its type declarations leave it out.)
const { getMiddlewareMatchers } = staticInfo as unknown as { getMiddlewareMatchers(matcher: unknown, nextConfig: object): Parameters<typeof getMiddlewareRouteMatcher>[0] };
const proxyRuns = getMiddlewareRouteMatcher(getMiddlewareMatchers(proxyConfig.matcher, {}));
const built = nextConfig('phase-production-server');
const REVISION = Number(built.env?.POLICY_REVISION);

interface Rule {
  source: string;
  has?: Parameters<typeof matchHas>[2];
  missing?: Parameters<typeof matchHas>[3];
}
/** A rule applies as Next's router applies it: the path (case-insensitively, Next's default), then has/missing. */
type RouterRequest = Parameters<typeof proxyRuns>[1] & Parameters<typeof matchHas>[0];
const applies = (rule: Rule, pathname: string, req: RouterRequest) =>
  getPathMatch(rule.source, { sensitive: false, strict: true, removeUnnamedParams: true })(pathname) !== false && matchHas(req, {}, rule.has, rule.missing) !== false;

const request = (headers: Record<string, string>) => ({ headers }) as unknown as RouterRequest;

/**
 * What a request may carry, and who must serve it: the proxy, or next.config.ts as a first visit.
 * An empty cookie or header counts as absent for Next's has/missing: the proxy would judge those
 * the same way (an empty consent cookie is no valid choice, an empty Sec-GPC is no signal).
 */
const CARRIES: { name: string; headers: Record<string, string>; servedBy: 'proxy' | 'first visit' }[] = [
  { name: 'nothing', headers: {}, servedBy: 'first visit' },
  { name: 'other cookies only', headers: { cookie: 'NEXT_LOCALE=en; _ga=GA1.1.1' }, servedBy: 'first visit' },
  { name: 'an empty consent cookie among others', headers: { cookie: `a=1; ${CONSENT_COOKIE}=; b=2` }, servedBy: 'first visit' },
  { name: 'an empty Sec-GPC', headers: { 'sec-gpc': '' }, servedBy: 'first visit' },
  { name: 'a garbage consent cookie', headers: { cookie: `${CONSENT_COOKIE}=x` }, servedBy: 'proxy' },
  { name: 'a valid consent cookie', headers: { cookie: `${CONSENT_COOKIE}=${serializeConsent(createConsentRecord({ usability: true, tracking: true, marketing: false }, REVISION))}` }, servedBy: 'proxy' },
  { name: 'Sec-GPC: 1', headers: { 'sec-gpc': '1' }, servedBy: 'proxy' },
  { name: 'Sec-GPC: 0', headers: { 'sec-gpc': '0' }, servedBy: 'proxy' },
  { name: "Next's client router", headers: { rsc: '1', 'next-url': '/ru/_v-first' }, servedBy: 'proxy' },
  { name: 'next-url alone', headers: { 'next-url': '/ru/_v-q111' }, servedBy: 'proxy' },
  { name: 'rsc alone', headers: { rsc: '1' }, servedBy: 'proxy' },
  { name: 'a variant named by the client', headers: { 'x-almajet-variant': '_v-q111' }, servedBy: 'proxy' },
  { name: 'a missing-page flag from the client', headers: { 'x-almajet-missing': '1' }, servedBy: 'proxy' },
];

/** The variant proxy.ts would choose for these headers (its own decision, as in proxy.ts). */
function proxyChoice(headers: Record<string, string>): string {
  const raw = (headers.cookie ?? '')
    .split(/;\s*/)
    .find((pair) => pair.startsWith(`${CONSENT_COOKIE}=`))
    ?.slice(CONSENT_COOKIE.length + 1);
  return prefetchVariant(chooseVariant(raw, REVISION, headers['sec-gpc']?.trim() === '1'), headers['next-url'] ?? null);
}

describe('first visits without the proxy', () => {
  const pages = firstVisitPages();

  it('lists every page of the site in every locale, each served from its _v-first page', () => {
    expect(pages).toHaveLength(routing.locales.length * SITE_PAGES.length);
    expect(pages).toContainEqual({ source: '/ru/privacy', route: '/ru/_v-first/privacy' });
    expect(pages).toContainEqual({ source: '/kk', route: '/kk/_v-first' });
  });

  it('serves each request either through the proxy or as a first visit: never both, never neither', async () => {
    const rewrites = (await built.rewrites?.()) as { beforeFiles: (Rule & { destination: string })[] };
    const headerRules = (await built.headers?.()) as (Rule & { headers: { key: string; value: string }[] })[];
    for (const { source, route } of pages) {
      for (const { name, headers, servedBy } of CARRIES) {
        const req = request(headers);
        const firstVisit = rewrites.beforeFiles.filter((rule) => applies(rule, source, req));
        const where = `${source} with ${name}`;
        if (servedBy === 'first visit') {
          expect(proxyRuns(source, req, {}), `${where}: no proxy`).toBe(false);
          expect(proxyChoice(headers), `${where}: what the proxy would have chosen`).toBe(FIRST_VISIT_VARIANT);
          // The first applicable beforeFiles rewrite is the first-visit one, to this page's _v-first route.
          expect(firstVisit[0]?.destination, where).toBe(route);
          const sent = headerRules.filter((rule) => applies(rule, source, req)).flatMap((rule) => rule.headers);
          expect(sent.filter(({ key }) => key === 'Content-Security-Policy'), `${where}: one CSP`).toHaveLength(1);
          expect(sent, where).toContainEqual({ key: 'Cache-Control', value: 'private, no-cache' });
        } else {
          expect(proxyRuns(source, req, {}), `${where}: the proxy judges it`).toBe(true);
          expect(firstVisit.map((rule) => rule.destination).filter((destination) => destination === route), where).toEqual([]);
          expect(headerRules.filter((rule) => applies(rule, source, req) && rule.missing), `${where}: no first-visit headers`).toEqual([]);
        }
      }
    }
  });

  it.each([
    ['/', 'locale negotiation'],
    ['/privacy', 'an unprefixed page'],
    ['/ru/no-such-page', 'an unknown page (the localized 404)'],
    ['/ru/privacy/history', 'the policy archive'],
    ['/ru/_v-first/privacy', 'an internal variant path (404)'],
    ['/ru/privacy.rsc', "a page's payload"],
    ['/ru/privacy/', 'a trailing slash'],
    ['/RU/privacy', 'another case'],
    ['/de/privacy', 'an unknown locale'],
    ['/api/consent', 'the API'],
    ['/_next/static/chunks/x.js', 'a static file'],
  ])('still runs the proxy for %s (%s), even on a first visit', (pathname) => {
    expect(proxyRuns(pathname, request({}), {})).toBe(true);
  });
});
