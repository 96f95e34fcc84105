import { CONSENT_COOKIE } from '../consent/format';
import type { FirstVisitPage } from '../consent/first-visit';
import { buildCsp } from './csp';
import type { CspManifest } from './csp-manifest';
import { policyFor } from './page-csp';

/**
 * First visits skip the proxy (lib/consent/first-visit.ts), so their Content-Security-Policy comes
 * from a headers rule in next.config.ts. Next reads those rules before it prerenders the pages,
 * when their inline scripts (and so their hashes) do not exist yet: the rules carry this stand-in,
 * and the post-build step (scripts/csp-manifest.ts) puts each page's exact policy in its place in
 * the build's routes manifest, where `next start`, the standalone server and Vercel read them. The
 * stand-in allows no inline script at all, so a build that skipped that step serves readable pages
 * whose forms work without JavaScript, never a wider policy.
 */
export const FIRST_VISIT_CSP_STANDIN = buildCsp({ scriptHashes: [], analytics: false });

/** A headers rule as `next build` writes it into `routes-manifest.json`. */
export interface ManifestHeaderRule {
  source: string;
  headers: { key: string; value: string }[];
  has?: { type: string; key: string; value?: string }[];
  missing?: { type: string; key: string; value?: string }[];
  [other: string]: unknown;
}

const isFirstVisitRule = (rule: ManifestHeaderRule, source: string) =>
  rule.source === source && (rule.missing ?? []).some((item) => item.type === 'cookie' && item.key === CONSENT_COOKIE);

/**
 * The routes manifest's headers rules with every first-visit page's exact policy in place of the
 * stand-in. Throws, naming each, when a page has no rule or the CSP manifest does not hold its
 * prerendered route: the page would otherwise run none of its scripts.
 */
export function fillFirstVisitCsp(rules: readonly ManifestHeaderRule[], pages: readonly FirstVisitPage[], manifest: CspManifest): ManifestHeaderRule[] {
  const problems: string[] = [];
  const filled = rules.map((rule) => ({ ...rule, headers: rule.headers.map((header) => ({ ...header })) }));
  for (const { source, route } of pages) {
    const rule = filled.find((candidate) => isFirstVisitRule(candidate, source));
    const header = rule?.headers.find(({ key }) => key.toLowerCase() === 'content-security-policy');
    if (!header) problems.push(`${source}: no first-visit headers rule with a Content-Security-Policy (next.config.ts headers())`);
    else if (!manifest.pages[route]) problems.push(`${source}: its page ${route} is not in the CSP manifest (was it prerendered?)`);
    else header.value = policyFor(manifest, route);
  }
  if (problems.length > 0) throw new Error(`First visits cannot get their pages' exact CSP:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return filled;
}
