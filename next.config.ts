import createMDX from '@next/mdx';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import { parseEnv } from './lib/env/schema';
import { formatProblem } from './lib/policy/check';
import { contentProblems } from './lib/policy/content-problems';
import { sourceRevision } from './lib/policy/sources';
import { MISSING_HEADER, VARIANT_HEADER, VARIANT_PREFIX } from './lib/consent/variants';
import { routing } from './lib/i18n/routing';
import { LOCKED_DOWN_CSP } from './lib/security/csp';
import { SECURITY_HEADERS } from './lib/security/headers';

// Fail at build and at start-up, with a readable message, when the environment is wrong.
parseEnv(process.env);

/** The editors' content check (`npm run content:check`'s own list), run by every production build so a broken policy never ships. */
function assertPolicyContent(): void {
  const { problems } = contentProblems(process.cwd());
  if (problems.length > 0) throw new Error(`Policy content check failed:\n${problems.map(formatProblem).join('\n')}`);
}

// `npm run build:standalone` (scripts/standalone.ts): Next's self-contained server, built in a dist
// dir of its own so that the `.next` build which `next start` and the e2e suite use stays as it is.
const standalone = process.env.NEXT_OUTPUT === 'standalone';
const distDir = standalone ? '.next-standalone' : '.next';

const nextConfig: NextConfig = {
  // Inlined into proxy.ts at build (and at `next dev` start: restart it after changing the revision).
  env: { POLICY_REVISION: String(sourceRevision()) },
  ...(standalone ? { output: 'standalone' as const, distDir } : {}),
  poweredByHeader: false,
  // `npm test` and .ci/run type-check the whole project first (`npm run typecheck`: next typegen &&
  // tsc --noEmit) and set TYPECHECKED=1 for the builds they make next, which then skip Next's second
  // pass over the same files. Any other `next build` type-checks as usual.
  typescript: { ignoreBuildErrors: process.env.TYPECHECKED === '1' },
  // Next computes an ETag on every request by hashing the whole page (FNV-1a over each character):
  // a measurable share of a page's serving time (npm run bench). Pages are `private, no-cache` and
  // small gzipped, so a 304 would save a visitor little; serving cost counts more here.
  generateEtags: false,
  reactStrictMode: true,
  // Each page's CSS in its HTML, not in stylesheets requested after it: nothing but the document
  // stands between a visitor and the first paint (docs/architecture.md, "Main thread"). The
  // <style> elements are hashed into the page's style-src by scripts/page-csp.ts, like its scripts.
  experimental: { inlineCss: true },
  // `npm run profile` (scripts/profile.ts) maps minified chunks back to modules through these; off otherwise.
  productionBrowserSourceMaps: process.env.PROFILE_SOURCE_MAPS === '1',
  // The policy text is rendered by the server only (components/policy/static-article.tsx): browser
  // bundles get a substitute, so the text is in neither the client JavaScript nor the RSC payload.
  turbopack: { resolveAlias: { '@/components/policy/article-body': { browser: './components/policy/article-body.browser.ts' } } },
  // The policy's table of contents is read from the MDX source at run time.
  outputFileTracingIncludes: { '/**': ['./content/policy/*.mdx'] },
  // proxy.ts judges the consent cookie of every page request and names the prerendered variant in a
  // request header; these rewrites serve it (and the localized 404 page for an unknown address).
  async rewrites() {
    const locale = `:locale(${routing.locales.join('|')})`;
    const variant = { type: 'header' as const, key: VARIANT_HEADER, value: `(?<variant>${VARIANT_PREFIX}[a-z0-9-]+)` };
    return {
      beforeFiles: [
        { source: `/${locale}/:path*`, has: [variant], destination: '/:locale/:variant/:path*' },
        // beforeFiles rewrites apply in turn: this one sees the path the first one made.
        { source: `/${locale}/:variant(${VARIANT_PREFIX}[a-z0-9-]+)/:path*`, has: [{ type: 'header' as const, key: MISSING_HEADER, value: '1' }], destination: '/:locale/:variant/missing' },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [
      // Every response; each prerendered page carries its own hash-based CSP (scripts/page-csp.ts).
      { source: '/:path*', headers: [...SECURITY_HEADERS] },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: LOCKED_DOWN_CSP }] },
      { source: '/_next/static/:path*', headers: [{ key: 'Content-Security-Policy', value: LOCKED_DOWN_CSP }] },
      { source: '/:file(sitemap\\.xml|robots\\.txt|icon\\.svg)', headers: [{ key: 'Content-Security-Policy', value: LOCKED_DOWN_CSP }] },
    ];
  },
};

const withMDX = createMDX({});
const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD) assertPolicyContent();
  return withNextIntl(withMDX(nextConfig));
}
