import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildCsp } from './csp';
import type { CspManifest } from './csp-manifest';

/** Where `npm run build` writes the hashes of every prerendered page (scripts/csp-manifest.ts). */
export const CSP_MANIFEST_FILE = 'csp-manifest.json';

let cached: CspManifest | null | undefined;

/** The build's manifest, read once per process; null (and one error in the log) when it is missing. */
function manifest(distDir: string): CspManifest | null {
  if (cached !== undefined) return cached;
  const file = path.join(process.cwd(), distDir, CSP_MANIFEST_FILE);
  try {
    cached = JSON.parse(readFileSync(file, 'utf8')) as CspManifest;
  } catch (error) {
    console.error(`[csp] ${file} could not be read (${(error as Error).message}): pages get a policy without inline scripts. Run \`npm run build\`, which writes it.`);
    cached = null;
  }
  return cached;
}

/**
 * The Content-Security-Policy of the prerendered page at `route` (the rewritten path, e.g.
 * `/ru/_v-first/privacy`): exactly the hashes of its own inline scripts. An unknown route gets no
 * inline script at all (the page still reads and its forms still work), never a wider policy.
 */
export function pageCsp(route: string, options: { dev: boolean; distDir?: string }): string {
  if (options.dev) return buildCsp({ scriptHashes: [], analytics: true, dev: true });
  // BUILD_DIST_DIR is inlined by next.config.ts: `.next`, or `.next-standalone` for the standalone server.
  const loaded = manifest(options.distDir ?? process.env.BUILD_DIST_DIR ?? '.next');
  // Built once per page: the manifest cannot change under a running server. Unknown routes are
  // not kept (they all get the same hash-less policy), so the map holds at most the build's pages.
  const known = loaded?.pages[route] ? policies.get(route) : undefined;
  if (known) return known;
  const policy = policyFor(loaded, route);
  if (loaded?.pages[route]) policies.set(route, policy);
  return policy;
}

const policies = new Map<string, string>();

/** The policy `pageCsp` sends for `route`, from a manifest already read (null: none could be read). */
export function policyFor(loaded: CspManifest | null, route: string): string {
  const entry = loaded?.pages[route];
  return buildCsp({ scriptHashes: entry?.scripts ?? [], styleHashes: entry?.styles ?? [], analytics: loaded?.analytics ?? false });
}
