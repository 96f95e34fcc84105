/**
 * After `next build`: hashes every inline script (and style) of every prerendered page and writes
 * `.next/csp-manifest.json`, from which proxy.ts sends each page its exact script-src. Then puts
 * the exact policy of each page a first visit gets without the proxy in place of next.config.ts's
 * stand-in (lib/security/first-visit-csp.ts). Fails the build when a prerendered page is missing
 * its HTML or holds something a hash cannot allow, or a first-visit page has no rule to fill.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { firstVisitPages } from '../lib/consent/first-visit';
import { buildManifest } from '../lib/security/csp-manifest';
import { fillStandIns, standInsIn } from '../lib/security/first-visit-csp';
import { CSP_MANIFEST_FILE, policyFor } from '../lib/security/page-csp';
import { parseEnv } from '../lib/env/schema';

const distDir = process.env.NEXT_DIST_DIR ?? '.next';
/** Vercel's Build Output API configuration, where its Next.js adapter writes the routes. */
const ADAPTER_OUTPUT = path.join('.vercel', 'output', 'config.json');
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
  // The first visits' headers rules (next.config.ts) carry stand-ins: put each page's exact policy
  // in their place in the routes manifest, which `next start` and the standalone server read.
  const pages = firstVisitPages();
  const routesFile = path.join(distDir, 'routes-manifest.json');
  const built = readFileSync(routesFile, 'utf8');
  const routesText = fillStandIns(built, pages, manifest);
  // Every page has its stand-in in a fresh build; run again on the same build, the step finds each
  // page's exact policy already in place.
  const standIns = standInsIn(built, pages);
  const unfilled = standIns.length > 0 ? pages.filter((page) => !standIns.includes(page)) : pages.filter(({ route }) => !built.includes(JSON.stringify(policyFor(manifest, route))));
  if (unfilled.length > 0) throw new Error(`${routesFile} has no first-visit headers rule for ${unfilled.map(({ source }) => source).join(', ')} (next.config.ts headers()).`);
  writeFileSync(routesFile, routesText);
  console.log(`✓ First visits: the exact CSP of ${pages.length} pages served without the proxy → ${routesFile}`);
  // A deployment adapter (Vercel's is configured automatically there) receives the routes during
  // `next build`, before this step: the same stand-ins are then in its output.
  if (existsSync(ADAPTER_OUTPUT)) {
    const output = readFileSync(ADAPTER_OUTPUT, 'utf8');
    const found = standInsIn(output, pages);
    if (found.length > 0) {
      writeFileSync(ADAPTER_OUTPUT, fillStandIns(output, found, manifest));
      console.log(`✓ First visits: the exact CSP of ${found.length} pages → ${ADAPTER_OUTPUT}`);
    }
  }
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
