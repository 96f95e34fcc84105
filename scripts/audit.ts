/*
 * `npm run audit`: Lighthouse (the installed version, mobile preset) against the production
 * server. Every main page (`/[locale]`, `/privacy`, `/cookies`, `/privacy/history`) in every
 * language, as a first visit (no cookie: the banner) and as a returning visitor with every
 * category granted (the consent cookie set in the browser; Google's hosts blocked, so no request
 * leaves the machine), beside the text reference (benchmarks/floor-text: a bare Next.js page of
 * the same version holding the policy's Russian text) and the framework floor (benchmarks/floor),
 * all in the same run, round after round, so the machine's drift touches every target alike.
 *
 * Each page is read against the text reference of the same run (the goal in docs/measurements.md): median
 * Performance ≥ reference − 3, TBT ≤ reference + 100 ms, LCP ≤ reference + 300 ms, CLS 0,
 * Accessibility, Best Practices and SEO 100. Exits 1 when a page misses it.
 *
 * AUDIT_RUNS (default 3) rounds. AUDIT_PAGES=/ru/privacy,returning:/en limits the pages: a path
 * alone is audited for both visitors, `first:` or `returning:` before it for that visitor only.
 * Reports go to reports/lighthouse/ (git-ignored) with a JSON of every run. Needs a production
 * build without browser source maps, with the measurement ID the site deploys with
 * (`NEXT_PUBLIC_GA_ID=G-TEST12345 npm run build`: returning visitors then get GA's bootstrap as
 * in production), and Chromium (CHROME_PATH, default /usr/bin/chromium).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import { routing } from '../lib/i18n/routing';
import { HISTORY_PATH } from '../lib/policy/history-paths';
import { MAIN_PAGES } from '../lib/routes';
import { showsConsentBanner } from './lib/banner-markup';
import { setOnlyCookie } from './lib/browser-cookies';
import { lighthouseRun, medianRun, type Run } from './lib/lighthouse-run';
import { grantedCookie, GOOGLE_URL_PATTERNS } from './lib/returning-visitor';
import { startPageServers } from './lib/server';

const RUNS = Number(process.env.AUDIT_RUNS ?? 3);
// Printed with the figures: scores move between Lighthouse versions, so a figure names its version.
const LIGHTHOUSE_VERSION = (JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }).version;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PAGES = [...MAIN_PAGES, HISTORY_PATH];
const REFERENCE = 'text reference';
/** The goal against the text reference (docs/measurements.md, "Main thread"). */
const GOAL = { performance: -3, tbt: 100, lcp: 300 };

interface Target {
  label: string;
  url: string;
  cookie?: { name: string; value: string };
}

mkdirSync('reports/lighthouse', { recursive: true });
const warnings: string[] = [];
for (const dist of ['.next', 'benchmarks/floor-text/.next']) {
  if (existsSync(`${dist}/static/chunks`) && readdirSync(`${dist}/static/chunks`).some((f) => f.endsWith('.js.map'))) {
    warnings.push(`! ${dist} has browser source maps (a profiling build): remove it or rebuild without PROFILE_SOURCE_MAPS for figures comparable to production.`);
  }
}
const servers = await startPageServers(3640);
const cookie = grantedCookie();
const only = process.env.AUDIT_PAGES?.split(',').filter(Boolean);
const wanted = (visitor: 'first' | 'returning', path: string) => !only || only.includes(path) || only.includes(`${visitor}:${path}`);
const pages: Target[] = routing.locales.flatMap((locale) =>
  PAGES.flatMap((page) => {
    const path = `/${locale}${page}`;
    const url = `${servers.site.url}${path}`;
    return [...(wanted('first', path) ? [{ label: path, url }] : []), ...(wanted('returning', path) ? [{ label: `${path} (ret)`, url, cookie }] : [])];
  }),
);
const targets: Target[] = [{ label: 'floor', url: `${servers.floor.url}/` }, { label: REFERENCE, url: `${servers.text.url}/` }, ...pages];

const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS });
const runs = new Map<string, Run[]>(targets.map(({ label }) => [label, []]));
const blocked = new Map<string, number>();
try {
  // The variant the proxy serves each visitor: a returning visitor must get no banner, and GA's bootstrap when the build has a measurement ID.
  for (const target of pages) {
    const html = await (await fetch(target.url, { headers: target.cookie ? { cookie: `${target.cookie.name}=${target.cookie.value}` } : {} })).text();
    if (showsConsentBanner(html) === Boolean(target.cookie)) throw new Error(`${target.label}: the server ${target.cookie ? 'showed' : 'left out'} the banner.`);
    if (target.cookie && !html.includes('googletagmanager.com') && !warnings.some((w) => w.includes('NEXT_PUBLIC_GA_ID'))) {
      warnings.push('! The build has no NEXT_PUBLIC_GA_ID: returning visitors load no GA bootstrap. Build with `NEXT_PUBLIC_GA_ID=G-TEST12345 npm run build`.');
    }
  }
  for (let i = 0; i < RUNS; i += 1) {
    for (const target of targets) {
      await setOnlyCookie(chrome.port, target.url, target.cookie);
      const name = `${target.label.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${i + 1}`;
      const result = await lighthouseRun(chrome.port, target.url, name, GOOGLE_URL_PATTERNS);
      if (result.leaked.length) throw new Error(`${target.label}: requests left the machine: ${result.leaked.join(', ')}`);
      runs.get(target.label)!.push(result.run);
      blocked.set(target.label, (blocked.get(target.label) ?? 0) + result.blocked.length);
      process.stderr.write('.');
    }
  }
} finally {
  await chrome.kill();
  servers.stop();
}

const results = new Map(targets.map(({ label }) => [label, medianRun(runs.get(label)!)]));
const reference = results.get(REFERENCE)!;
const ms = (value: number, width = 6) => Math.round(value).toString().padStart(width);
const signed = (value: number, width: number) => `${value >= 0 ? '+' : ''}${Math.round(value)}`.padStart(width);
const row = (label: string, r: Run) =>
  `${label.padEnd(24)}${String(r.performance).padStart(5)}${String(r.accessibility).padStart(5)}${String(r.bestPractices).padStart(5)}${String(r.seo).padStart(5)}${ms(r.fcp, 7)}${ms(r.lcp, 7)}${ms(r.tbt, 6)}${r.cls.toFixed(3).padStart(7)}${(r.jsBytes / 1024).toFixed(1).padStart(7)}`;

/** What keeps a page from the goal against the reference; empty when it meets it. */
function misses(r: Run): string[] {
  return [
    r.performance < reference.performance + GOAL.performance && `Perf ${r.performance} < ${reference.performance + GOAL.performance}`,
    r.tbt > reference.tbt + GOAL.tbt && `TBT ${ms(r.tbt, 0)} > ${ms(reference.tbt + GOAL.tbt, 0)} ms`,
    r.lcp > reference.lcp + GOAL.lcp && `LCP ${ms(r.lcp, 0)} > ${ms(reference.lcp + GOAL.lcp, 0)} ms`,
    r.cls > 0 && `CLS ${r.cls.toFixed(3)}`,
    r.accessibility < 100 && `A11y ${r.accessibility}`,
    r.bestPractices < 100 && `BP ${r.bestPractices}`,
    r.seo < 100 && `SEO ${r.seo}`,
  ].filter((miss): miss is string => typeof miss === 'string');
}

const returningBlocked = pages.filter((t) => t.cookie).reduce((sum, t) => sum + (blocked.get(t.label) ?? 0), 0);
console.log(`\nLighthouse ${LIGHTHOUSE_VERSION}, mobile, median of ${RUNS} runs; ms, JS in KiB transferred; (ret) = returning visitor, every category granted`);
console.log(`Google's hosts blocked: ${returningBlocked} requests in returning visits; none left the machine.`);
for (const warning of warnings) console.log(warning);
console.log(`${'page'.padEnd(24)} perf a11y   bp  seo    FCP    LCP   TBT    CLS     JS   Δperf   ΔLCP  ΔTBT  goal`);
let failed = false;
for (const { label } of targets) {
  const r = results.get(label)!;
  if (!pages.some((t) => t.label === label)) {
    console.log(row(label, r));
    continue;
  }
  const missed = misses(r);
  failed ||= missed.length > 0;
  const deltas = `${signed(r.performance - reference.performance, 8)}${signed(r.lcp - reference.lcp, 7)}${signed(r.tbt - reference.tbt, 6)}`;
  console.log(`${row(label, r)}${deltas}  ${missed.length ? `✗ ${missed.join('; ')}` : '✓'}`);
}
console.log(`goal against the ${REFERENCE}: Perf ≥ ${reference.performance + GOAL.performance}, TBT ≤ ${ms(reference.tbt + GOAL.tbt, 0)} ms, LCP ≤ ${ms(reference.lcp + GOAL.lcp, 0)} ms, CLS 0, A11y/BP/SEO 100`);
const file = `reports/lighthouse/audit-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(file, JSON.stringify({ lighthouse: LIGHTHOUSE_VERSION, runs: RUNS, targets: targets.map(({ label, url }) => ({ label, url, median: results.get(label), runs: runs.get(label) })) }, null, 1));
console.log(`JSON: ${file}`);
if (failed) process.exitCode = 1;
else console.log(`✓ every page meets the goal against the ${REFERENCE}`);
