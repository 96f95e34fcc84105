/*
 * `npm run size`: the gzip bytes of JavaScript each page loads (the scripts its HTML references,
 * directly or through the loader that requests Next's scripts after the first paint;
 * the legacy noModule polyfill is left out, modern browsers never fetch it), beside the framework
 * floor. Fails when a page exceeds its budget in budgets.json. Needs `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { deferredScripts } from '../lib/build/defer-scripts';
import { ensureFloorBuild, startServer } from './lib/server';

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as { overFloorKiB: Record<string, number> };

/** gzip bytes of every distinct module script a page's HTML references. */
async function pageScriptBytes(base: string, path: string, cache: Map<string, number>): Promise<number> {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`${path} answered ${response.status}: is the build current?`);
  const html = await response.text();
  const sources = new Set<string>(deferredScripts(html));
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    if (/\bnoModule\b/i.test(tag)) continue;
    const src = /<script\b/.test(tag) ? /\ssrc="([^"]+)"/.exec(tag)?.[1] : /rel="(?:preload|modulepreload)"[^>]*as="script"/.test(tag) || /as="script"[^>]*rel="preload"/.test(tag) ? /\shref="([^"]+)"/.exec(tag)?.[1] : undefined;
    if (src) sources.add(src);
  }
  let total = 0;
  // This site's own scripts; Google's tag (a returning visitor's, when analytics is built in) is not ours to budget.
  for (const src of [...sources].filter((url) => url.startsWith('/') && url.endsWith('.js'))) {
    if (!cache.has(src)) cache.set(src, gzipSync(Buffer.from(await (await fetch(`${base}${src}`)).arrayBuffer()), { level: 9 }).length);
    total += cache.get(src) ?? 0;
  }
  return total;
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);

await ensureFloorBuild();
const floorServer = await startServer(3620, { dir: 'benchmarks/floor' });
const site = await startServer(3621, { probe: '/ru' });
let failed = false;
try {
  const floor = await pageScriptBytes(floorServer.url, '/', new Map());
  console.log(`framework floor (bare Next.js page)  ${kib(floor)} KiB gzip`);
  const cache = new Map<string, number>();
  for (const [path, overKiB] of Object.entries(budgets.overFloorKiB)) {
    const bytes = await pageScriptBytes(site.url, path, cache);
    const over = bytes - floor;
    const ok = over <= overKiB * 1024;
    failed ||= !ok;
    console.log(`${ok ? '✓' : '✗'} ${path.padEnd(34)} ${kib(bytes)} KiB gzip  (floor +${kib(over)} KiB; budget +${overKiB} KiB)`);
  }
} finally {
  floorServer.stop();
  site.stop();
}
if (failed) {
  console.error('\nA page loads more JavaScript than its budget allows (budgets.json).');
  process.exitCode = 1;
}
