/**
 * After `next build`: hashes every inline script (and style) of every prerendered page and writes
 * `.next/csp-manifest.json`, from which proxy.ts sends each page its exact script-src. Fails the
 * build when a prerendered page is missing its HTML or holds something a hash cannot allow.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { firstVisitPages } from '../lib/consent/first-visit';
import { buildManifest } from '../lib/security/csp-manifest';
import { fillFirstVisitCsp, type ManifestHeaderRule } from '../lib/security/first-visit-csp';
import { CSP_MANIFEST_FILE } from '../lib/security/page-csp';
import { parseEnv } from '../lib/env/schema';

const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const app = path.join(distDir, 'server', 'app');

interface PrerenderManifest {
  routes: Record<string, { dataRoute?: string | null; initialStatus?: number }>;
}

const prerender = JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')) as PrerenderManifest;
// Pages only: metadata routes (sitemap.xml, robots.txt, icon.svg) are files, not HTML.
const routes = Object.keys(prerender.routes).filter((route) => !/\.[a-z]+$/i.test(route));
const htmlOf = (route: string) => {
  const file = path.join(app, route === '/' ? 'index.html' : `${route}.html`);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
};

try {
  const { warnings, ...manifest } = buildManifest(
    routes.map((route) => ({ route, html: htmlOf(route) })),
    Boolean(parseEnv(process.env).NEXT_PUBLIC_GA_ID),
  );
  writeFileSync(path.join(distDir, CSP_MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
  for (const warning of [...new Set(warnings)]) console.warn(`! ${warning} (Next's own page: it renders unstyled under the CSP)`);
  const hashes = new Set(Object.values(manifest.pages).flatMap((entry) => entry.scripts));
  console.log(`✓ CSP manifest: ${routes.length} prerendered pages, ${hashes.size} distinct inline-script hashes → ${path.join(distDir, CSP_MANIFEST_FILE)}`);
  // Read by `next start` (and the standalone server, and Vercel) for the headers rules.
  const routesFile = path.join(distDir, 'routes-manifest.json');
  const routesManifest = JSON.parse(readFileSync(routesFile, 'utf8')) as { headers: ManifestHeaderRule[] };
  const pages = firstVisitPages();
  routesManifest.headers = fillFirstVisitCsp(routesManifest.headers, pages, manifest);
  writeFileSync(routesFile, `${JSON.stringify(routesManifest, null, 2)}\n`);
  console.log(`✓ First visits: the exact CSP of ${pages.length} pages served without the proxy → ${routesFile}`);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
