/*
 * `npm run audit`: Lighthouse (the installed version, mobile preset) against the production
 * server, 3 runs per page, every page type in every language, and the framework floor (a bare Next.js page of the
 * same version, benchmarks/floor) in the same run, round after round. For reference it also audits
 * benchmarks/floor-text, the same bare page holding the policy's text: what the text alone costs.
 * Prints medians; reports go to reports/lighthouse/
 * (git-ignored). Needs `npm run build` and Chromium (CHROME_PATH, default /usr/bin/chromium).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { routing } from '../lib/i18n/routing';
import { MAIN_PAGES } from '../lib/routes';
import { median, startPageServers } from './lib/server';

const RUNS = Number(process.env.AUDIT_RUNS ?? 3);
// Printed with the figures: scores move between Lighthouse versions, so a figure names its version.
const LIGHTHOUSE_VERSION = (JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }).version;
const TEXT_FLOOR = 'floor + text';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface Run {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  jsBytes: number;
}

async function audit(port: number, url: string, name: string): Promise<Run> {
  const result = await lighthouse(url, { port, output: 'html', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  writeFileSync(`reports/lighthouse/${name}.html`, String(result.report));
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const items = (lhr.audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    jsBytes: items.find((i) => i.resourceType === 'script')?.transferSize ?? NaN,
  };
}

function summarise(runs: Run[]): Run {
  const keys = Object.keys(runs[0]!) as (keyof Run)[];
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as unknown as Run;
}

const row = (label: string, r: Run) =>
  `${label.padEnd(14)} ${String(r.performance).padStart(4)} ${String(r.accessibility).padStart(5)} ${String(r.bestPractices).padStart(4)} ${String(r.seo).padStart(4)}  ${Math.round(r.fcp).toString().padStart(6)} ${Math.round(r.lcp).toString().padStart(6)} ${Math.round(r.tbt).toString().padStart(5)} ${r.cls.toFixed(3).padStart(6)} ${(r.jsBytes / 1024).toFixed(1).padStart(7)}`;

mkdirSync('reports/lighthouse', { recursive: true });
// floor + text is not a goal but a reference: the same bare page holding the policy's text.
const servers = await startPageServers(3640);
const { site } = servers;
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: FLAGS });
const results: [string, Run][] = [];
let failed = false;
try {
  const targets: [string, string][] = [
    ['floor', `${servers.floor.url}/`],
    [TEXT_FLOOR, `${servers.text.url}/`],
  ];
  // AUDIT_PAGES=/ru/privacy,/en limits the run to those pages (the floor is always measured).
  const only = process.env.AUDIT_PAGES?.split(',').filter(Boolean);
  for (const locale of routing.locales) {
    for (const page of MAIN_PAGES) {
      const path = `/${locale}${page}`;
      if (!only || only.includes(path)) targets.push([path, `${site.url}${path}`]);
    }
  }
  // Round after round over every target, so that the machine's drift during a run touches all alike.
  const runs = new Map<string, Run[]>(targets.map(([label]) => [label, []]));
  for (let i = 0; i < RUNS; i += 1) {
    for (const [label, url] of targets) {
      runs.get(label)!.push(await audit(chrome.port, url, `${label.replace(/[/ +]/g, '_') || 'home'}-${i + 1}`));
      process.stderr.write('.');
    }
  }
  for (const [label] of targets) results.push([label, summarise(runs.get(label)!)]);
} finally {
  await chrome.kill();
  servers.stop();
}

console.log(`\nLighthouse ${LIGHTHOUSE_VERSION}, mobile, median of ${RUNS} runs (ms; JS in KiB transferred)`);
console.log('page           perf  a11y   bp  seo     FCP    LCP   TBT    CLS      JS');
for (const [label, r] of results) console.log(row(label, r));

const floor = results[0]![1];
for (const [label, r] of results.slice(2)) {
  const problems = [
    r.accessibility < 100 && 'accessibility < 100',
    r.bestPractices < 100 && 'best practices < 100',
    r.seo < 100 && 'SEO < 100',
    r.performance < floor.performance - 2 && `performance ${r.performance} < floor ${floor.performance} − 2`,
    r.lcp > floor.lcp + 600 && `LCP ${Math.round(r.lcp)} > floor ${Math.round(floor.lcp)} + 600 ms`,
    r.tbt > floor.tbt + 50 && `TBT ${Math.round(r.tbt)} > floor ${Math.round(floor.tbt)} + 50 ms`,
    r.cls > 0 && `CLS ${r.cls}`,
  ].filter(Boolean);
  if (problems.length) {
    failed = true;
    console.log(`✗ ${label}: ${problems.join('; ')}`);
  }
}
if (failed) process.exitCode = 1;
else console.log('✓ every page meets the goals against the floor');
