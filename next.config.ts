import createMDX from '@next/mdx';
import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import { parseEnv } from './lib/env/schema';
import { checkMessages } from './lib/i18n/messages-check';
import { checkPolicies, formatProblem } from './lib/policy/check';
import { readMessageSources, readPolicySources } from './lib/policy/sources';
import { LOCKED_DOWN_CSP } from './lib/security/csp';
import { SECURITY_HEADERS } from './lib/security/headers';

// Fail at build and at start-up, with a readable message, when the environment is wrong.
parseEnv(process.env);

/** The editors' content check, run by every production build so a broken policy never ships. */
function assertPolicyContent(): void {
  const problems = [...checkPolicies(readPolicySources()), ...checkMessages(readMessageSources())];
  if (problems.length > 0) throw new Error(`Policy content check failed:\n${problems.map(formatProblem).join('\n')}`);
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The policy's table of contents is read from the MDX source at run time.
  outputFileTracingIncludes: { '/**': ['./content/policy/*.mdx'] },
  async headers() {
    return [
      // Every response; pages get their per-request CSP from proxy.ts.
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
