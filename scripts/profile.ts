/*
 * `npm run profile`: where a phone's main thread spends its time on the site's pages, beside the
 * text reference (benchmarks/floor-text: a bare Next page holding the policy's Russian text) in
 * the same run. Each load is traced in Chromium (CHROME_PATH, default /usr/bin/chromium) as
 * `npm run paint` loads it — 4x CPU slowdown, 412×823 at DPR 1.75, a fresh context (cold cache) —
 * from navigation start to PROFILE_SETTLE_MS (default 4000) after `load`, with V8's sampler on.
 * The trace gives exact self times by phase and the blocking time; the samples, mapped through
 * the builds' source maps, estimate which package, file, function and kind of work ran.
 *
 * PROFILE_RUNS (default 3) rounds, every target once a round, so the machine's drift touches all
 * alike; medians are printed, the runs go to reports/profile/ (git-ignored) as JSON.
 * PROFILE_PAGES: comma-separated paths; `returning:/ru` loads as a returning visitor with every
 * category granted (Google's scripts answered with an empty 200 here: nothing leaves the machine).
 * PROFILE_TRACES=1 keeps the traces in reports/profile/traces/. PROFILE_SAMPLES=0 turns the sampler off.
 * Needs `PROFILE_SOURCE_MAPS=1 npm run build` for module names (else chunks only).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { ModuleResolver } from './lib/js-modules';
import { analyseLoad, medianFigures, type LoadProfile } from './lib/profile-analysis';
import { captureLoad, type LoadTarget } from './lib/profile-load';
import { formatReport } from './lib/profile-report';
import { grantedCookie } from './lib/returning-visitor';
import { median, startPageServers } from './lib/server';

const RUNS = Number(process.env.PROFILE_RUNS ?? 3);
const SETTLE_MS = Number(process.env.PROFILE_SETTLE_MS ?? 4000);
const SAMPLES = process.env.PROFILE_SAMPLES !== '0';
const PAGES = (process.env.PROFILE_PAGES ?? '/ru/privacy,/en/privacy,/ru,/ru/cookies,returning:/ru/privacy,returning:/ru/cookies').split(',').filter(Boolean);
const RETURNING = 'returning:';
// PROFILE_TRACES=1 keeps every trace, to open in DevTools' Performance panel (about 15 MB each).
const KEEP_TRACES = process.env.PROFILE_TRACES === '1';
const TRACE_DIR = 'reports/profile/traces';
const TEXT_DIST = 'benchmarks/floor-text/.next';

// The text reference is built by startPageServers when it has no build: with maps, like the site.
process.env.PROFILE_SOURCE_MAPS ??= '1';
const hasMaps = (dist: string) => existsSync(`${dist}/static/chunks`) && readdirSync(`${dist}/static/chunks`).some((f) => f.endsWith('.js.map'));
const warnings: string[] = [];
if (!hasMaps('.next')) warnings.push('! The site\'s build has no browser source maps: its JavaScript is named by chunk only. Run `PROFILE_SOURCE_MAPS=1 npm run build` first.');
if (existsSync(TEXT_DIST) && !hasMaps(TEXT_DIST)) warnings.push(`! The text reference was built without source maps: remove ${TEXT_DIST} and run again to have it rebuilt with them.`);

if (KEEP_TRACES) mkdirSync(TRACE_DIR, { recursive: true });
const servers = await startPageServers(3700);
const granted = grantedCookie();
const targets: (LoadTarget & { kind: string })[] = [
  { label: 'text ref', kind: 'text reference (benchmarks/floor-text), first visit', url: `${servers.text.url}/` },
  ...PAGES.map((page) => {
    const returning = page.startsWith(RETURNING);
    const path = returning ? page.slice(RETURNING.length) : page;
    return returning
      ? { label: `${path} (ret)`, kind: 'returning visitor, all categories granted', url: `${servers.site.url}${path}`, cookie: granted }
      : { label: path, kind: 'first visit (banner shown)', url: `${servers.site.url}${path}` };
  }),
];
const resolver = new ModuleResolver(new Map([[servers.site.url, '.next'], [servers.text.url, TEXT_DIST]]));
// The e2e suite's flags (playwright.config.ts): no background fetches or updates competing for the CPU.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: FLAGS });
const version = browser.version();
const results = new Map<string, LoadProfile[]>(targets.map((t) => [t.label, []]));
try {
  for (let i = 0; i < RUNS; i += 1) {
    for (const target of targets) {
      const captured = await captureLoad(browser, target, SETTLE_MS, SAMPLES);
      if (KEEP_TRACES) writeFileSync(`${TRACE_DIR}/${target.label.replace(/[^a-z0-9]+/gi, '_')}-${i + 1}.json`, JSON.stringify({ traceEvents: captured.events }));
      const load = analyseLoad(captured, resolver, SETTLE_MS);
      // A returning visitor served the banner (or a first visit without it) is the wrong page variant.
      if (target.url.startsWith(servers.site.url) && load.banner !== !target.cookie) throw new Error(`${target.label}: the banner was ${load.banner ? '' : 'not '}shown; the consent cookie was ${target.cookie ? 'not ' : ''}honoured.`);
      results.get(target.label)!.push(load);
      process.stderr.write('.');
    }
  }
} finally {
  await browser.close();
  servers.stop();
}

const summaries = targets.map((target) => {
  const runs = results.get(target.label)!;
  return { ...target, figures: medianFigures(runs.map((r) => r.figures)), runs: runs.length, interval: median(runs.map((r) => r.interval)), loads: runs };
});
const stubbed = summaries.flatMap((s) => s.loads.flatMap((l) => l.stubbed));
const returningLoads = summaries.filter((s) => s.cookie).reduce((sum, s) => sum + s.loads.length, 0);
const refused = [...new Set(summaries.flatMap((s) => s.loads.flatMap((l) => l.refused)))];
const interval = median(summaries.map((s) => s.interval));
const header = [
  `\nnpm run profile — Chromium ${version}, 4x CPU slowdown, 412×823 @1.75, a fresh context (cold cache) per load;`,
  `window: navigation start → load + ${SETTLE_MS} ms; ${RUNS} rounds with the targets alternating; every figure is the median of ${RUNS} runs (the upper one of an even count).`,
  SAMPLES ? `CPU samples: median interval ${Math.round(interval)} µs; sampled figures are estimates (± one interval per sample).` : 'PROFILE_SAMPLES=0: no CPU samples, so no JavaScript breakdown.',
  `Google's scripts: ${stubbed.length} requests answered with an empty 200 in ${returningLoads} returning visits${returningLoads && !stubbed.length ? ' (none asked for: was the build made without NEXT_PUBLIC_GA_ID?)' : ''}; other requests leaving the machine, refused: ${refused.length ? refused.join(', ') : 'none'}.`,
  ...warnings,
  ...(resolver.mapped ? [] : ['! No chunk had a source map: module, file and function names are unavailable.']),
];
console.log(formatReport(summaries, header));

mkdirSync('reports/profile', { recursive: true });
const file = `reports/profile/profile-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
const report = { chromium: version, cpuSlowdown: 4, viewport: '412x823@1.75', settleMs: SETTLE_MS, runs: RUNS, samplingIntervalUs: interval, targets: summaries.map(({ label, kind, url, figures, loads }) => ({ label, kind, url, medians: figures, runs: loads.map((l) => ({ ...l.figures, stubbed: l.stubbed.length })) })) };
writeFileSync(file, JSON.stringify(report, null, 1));
console.log(`\nJSON: ${file}`);
