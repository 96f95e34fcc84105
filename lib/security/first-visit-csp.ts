import type { FirstVisitPage } from '../consent/first-visit';
import { buildCsp } from './csp';
import { hashSource, type CspManifest } from './csp-manifest';
import { policyFor } from './page-csp';

/**
 * First visits skip the proxy (lib/consent/first-visit.ts), so their Content-Security-Policy comes
 * from a headers rule in next.config.ts. Next reads those rules before it prerenders the pages,
 * when their inline scripts (and so their hashes) do not exist yet: each rule carries a stand-in,
 * and the post-build step (scripts/csp-manifest.ts) puts the page's exact policy in its place
 * wherever the build wrote it: the routes manifest, which `next start` and the standalone server
 * read, and a deployment adapter's output (Vercel's Build Output `config.json`), if any.
 *
 * A stand-in allows no inline script: a build that skipped that step serves readable pages whose
 * forms work without JavaScript, never a wider policy. It names its page by the hash of a text that
 * no page holds, so that it can be found by value in any file, whatever its format.
 */
export function firstVisitStandIn(route: string): string {
  return buildCsp({ scriptHashes: [hashSource(`first-visit stand-in for ${route}: replaced after the build`)], analytics: false });
}

/** The first-visit pages whose stand-in `text` holds (as it appears in a JSON file). */
export function standInsIn(text: string, pages: readonly FirstVisitPage[]): FirstVisitPage[] {
  return pages.filter(({ route }) => text.includes(JSON.stringify(firstVisitStandIn(route))));
}

/**
 * `text` (a JSON file of the build) with every first-visit page's stand-in replaced by its exact
 * policy. Throws, naming each, when a page's prerendered route is not in the CSP manifest: the
 * page would otherwise run none of its scripts.
 */
export function fillStandIns(text: string, pages: readonly FirstVisitPage[], manifest: CspManifest): string {
  const missing = pages.filter(({ route }) => !manifest.pages[route]);
  if (missing.length > 0) {
    throw new Error(`First visits cannot get their pages' exact CSP:\n${missing.map(({ source, route }) => `  - ${source}: its page ${route} is not in the CSP manifest (was it prerendered?)`).join('\n')}`);
  }
  return pages.reduce((filled, { route }) => filled.replaceAll(JSON.stringify(firstVisitStandIn(route)), JSON.stringify(policyFor(manifest, route))), text);
}
