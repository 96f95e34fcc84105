/*
 * `npm run build`'s step after `next build`. First, every prerendered page's scripts (Next's
 * chunks, gtag.js) are made to load after its first paint (lib/build/defer-scripts.ts): the HTML
 * is rewritten in place, so every server and host serves the same file. Then every prerendered
 * page gets its own Content-Security-Policy — exactly the hashes of its inline scripts — among its
 * own response headers, in both places the build records them: the page's `.meta` file, which
 * `next start` and the standalone server send with the page, and its `initialHeaders` in the
 * prerender manifest, which Vercel's builder deploys with the page (`npm run check:vercel` proves it). The proxy sends none,
 * so each page has exactly one policy. Fails the build when a page's HTML is missing or holds what
 * no hash can allow.
 *
 * This is the approach of Next's open PR "Add hashes of inline scripts to the CSP of cacheable
 * responses" (https://github.com/vercel/next.js/pull/98332, `experimental.inlineScriptHashes`):
 * when Next does it, delete this step. docs/architecture.md, "Content-Security-Policy".
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deferScripts } from '../lib/build/defer-scripts';
import { parseEnv } from '../lib/env/schema';
import { pagePolicies, scriptHashesIn } from '../lib/security/inline-hashes';

/** `.next`, or the standalone build's dist dir (scripts/standalone.ts). */
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const app = path.join(distDir, 'server', 'app');

type Headers = Record<string, string | string[]>;
interface PrerenderManifest {
  routes: Record<string, { initialHeaders?: Headers; [key: string]: unknown }>;
  [key: string]: unknown;
}
interface PageMeta {
  headers?: Headers;
  [key: string]: unknown;
}

const file = (route: string, extension: string) => path.join(app, `${route === '/' ? 'index' : route}${extension}`);
const manifestFile = path.join(distDir, 'prerender-manifest.json');
const prerendered = JSON.parse(readFileSync(manifestFile, 'utf8')) as PrerenderManifest;
// Pages only: metadata routes (sitemap.xml, robots.txt, icon.svg) are files, not HTML.
const routes = Object.keys(prerendered.routes).filter((route) => !/\.[a-z]+$/i.test(route));

try {
  let deferred = 0;
  const pages = routes.map((route) => {
    const htmlFile = file(route, '.html');
    if (!existsSync(htmlFile)) return { route, html: null };
    const original = readFileSync(htmlFile, 'utf8');
    try {
      const { html, scripts } = deferScripts(original);
      if (html !== original) writeFileSync(htmlFile, html);
      if (scripts.length > 0) deferred++;
      return { route, html };
    } catch (error) {
      throw new Error(`${route}: ${(error as Error).message}`, { cause: error });
    }
  });
  console.log(`✓ Scripts requested after the first paint: ${deferred} of ${pages.length} prerendered pages rewritten`);
  const { policies, warnings } = pagePolicies(pages, Boolean(parseEnv(process.env).NEXT_PUBLIC_GA_ID));
  for (const [route, policy] of policies) {
    const metaFile = file(route, '.meta');
    if (!existsSync(metaFile)) throw new Error(`${route}: prerendered, but ${metaFile} is missing: the page would be served without its policy.`);
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as PageMeta;
    // Lower case, as Next writes every header; run again on the same build, the step replaces its own.
    meta.headers = { ...meta.headers, 'content-security-policy': policy };
    writeFileSync(metaFile, JSON.stringify(meta, null, 2));
    const entry = prerendered.routes[route]!;
    entry.initialHeaders = { ...entry.initialHeaders, 'content-security-policy': policy };
  }
  writeFileSync(manifestFile, JSON.stringify(prerendered));
  for (const warning of new Set(warnings)) console.warn(`! ${warning} (Next's own page: it renders unstyled under the CSP)`);
  const hashes = new Set([...policies.values()].flatMap(scriptHashesIn));
  console.log(`✓ Content-Security-Policy: ${policies.size} prerendered pages, ${hashes.size} distinct inline-script hashes → each page's headers in ${app}`);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
