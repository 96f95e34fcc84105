/*
 * `npm run bench` (after `npm run build`): HTTP load from this machine (loopback only, bounded in
 * time) on the site's production server and, in the same run, on a bare prerendered Next.js page
 * of the same version (benchmarks/floor), one server under load at a time, the floor measured
 * between the pages (BENCH_ROUNDS rounds). Prints req/s, p50, p99 and errors for each page and its
 * ratio to the floor runs beside it, and for reference the floor page behind the site's routing
 * mechanism alone (benchmarks/floor-proxy), and the bare page holding the policy's Russian text
 * (benchmarks/floor-text), alone and behind the same proxy (benchmarks/floor-text-proxy): what the
 * text and the proxy cost together, with none of the site's code. Every page request goes through
 * the proxy, which costs a bare page about two thirds of its speed whatever it does, so the goal is
 * the proxy's own level: every page, first visit or returning, ≥ 0.18x the floor's req/s with no
 * errors (docs/architecture.md). Then POST /api/consent (BENCH_POSTS requests) and a check that the
 * consent log holds exactly one receipt per 2xx answer; BENCH_POSTS=0 leaves the consent log out
 * (e.g. to compare the pages on another Node.js, one without node:sqlite). Prints the Node it ran on.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { openReceiptDatabase } from '../lib/receipts/connect';
import { migrateReceipts } from '../lib/receipts/migrations';
import { openReceiptStore } from '../lib/receipts/open';
import { grantedCookie } from './lib/returning-visitor';
import { ensureFloorBuild, startPageServers, startServer, type RunningServer } from './lib/server';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 10);
const POSTS = Number(process.env.BENCH_POSTS ?? 3000);
/** Every page's share of the floor's requests per second: what a page behind Next's proxy can reach. */
const GOAL = 0.18;
const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-'));
const settings = { sqliteFile: path.join(dataDir, 'receipts.sqlite'), databaseUrl: undefined };

if (POSTS > 0) {
  const migrator = await openReceiptDatabase(settings);
  await migrateReceipts(migrator);
  await migrator.destroy();
}

const run = (opts: autocannon.Options) => autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts });
const errorsOf = (r: Result) => r.errors + r.timeouts + r.non2xx;

/** POST /api/consent under load, then the consent log must hold exactly one receipt per 2xx answer. */
async function benchConsentPosts(url: string): Promise<void> {
  const body = JSON.stringify({ usability: true, tracking: false, marketing: false, action: 'custom', locale: 'ru' });
  // A fixed number of requests (not a duration) so that none is still in flight when counting.
  const api = await autocannon({ connections: CONNECTIONS, amount: POSTS, url: `${url}/api/consent`, method: 'POST', headers: { 'content-type': 'application/json' }, body });
  console.log(`\nPOST /api/consent: ${api.requests.average.toFixed(0)} req/s, p50 ${api.latency.p50} ms, p99 ${api.latency.p99} ms, 2xx ${api['2xx']}, errors ${errorsOf(api)}`);
  const store = await openReceiptStore(settings);
  const receipts = await store.count();
  await store.close();
  const same = receipts === api['2xx'];
  console.log(`consent log: ${receipts} receipts for ${api['2xx']} 2xx answers — ${same ? 'equal: nothing lost, nothing duplicated' : 'MISMATCH'}`);
  if (!same || api.errors > 0) process.exitCode = 1;
}

await ensureFloorBuild('benchmarks/floor-proxy');
await ensureFloorBuild('benchmarks/floor-text-proxy');
// Every server stays up and only one is under load at a time; all are stopped at the end.
// The floor, the bare page holding the policy's text (a reference: what the text alone costs) and the site:
const pages = await startPageServers(3650, { siteEnv: { DATA_DIR: dataDir, RECEIPT_SALT: 'bench-only-salt-not-secret', CONSENT_RATE_LIMIT_PER_MINUTE: '10000000' } });
const { floor, text, site: server } = pages;
const servers: Pick<RunningServer, 'stop'>[] = [pages];
const start = async (...args: Parameters<typeof startServer>) => {
  const started = await startServer(...args);
  servers.push(started);
  return started;
};
try {
  // A reference, not a goal: the floor page behind the site's routing mechanism alone (a proxy naming
  // a variant in a request header, a rewrite on it, [locale]/[variant] segments), no decision in it.
  const mechanism = await start(3653, { dir: 'benchmarks/floor-proxy', probe: '/ru' });
  // The text page behind the proxy: what a returning visit costs with none of the site's code.
  const textBehindProxy = await start(3655, { dir: 'benchmarks/floor-text-proxy', probe: '/ru' });
  // A returning visitor's cookie, in the format the server writes (a valid choice for the current revision).
  const returning = grantedCookie({ usability: true, tracking: false, marketing: false });
  const cookie = `${returning.name}=${returning.value}`;
  const targets: { label: string; opts: autocannon.Options; reference?: true }[] = [
    { label: 'reference: floor page + proxy + header rewrite (the routing every page request takes)', opts: { url: `${mechanism.url}/ru` }, reference: true },
    { label: 'reference: bare page holding the policy text, no routing', opts: { url: `${text.url}/` }, reference: true },
    { label: 'reference: the same bare text page + proxy + header rewrite', opts: { url: `${textBehindProxy.url}/ru` }, reference: true },
    { label: 'GET /ru/privacy (first visit)', opts: { url: `${server.url}/ru/privacy` } },
    { label: 'GET /ru/privacy (returning)', opts: { url: `${server.url}/ru/privacy`, headers: { cookie } } },
    { label: 'GET /en/privacy (first visit)', opts: { url: `${server.url}/en/privacy` } },
    { label: 'GET /ru (first visit)', opts: { url: `${server.url}/ru` } },
    { label: 'GET /ru (returning)', opts: { url: `${server.url}/ru`, headers: { cookie } } },
  ];
  // This machine's speed drifts during a run (other tenants), so: ROUNDS rounds of floor, page,
  // floor, page, …, floor. Each page run is read against the mean of the floor runs just before and
  // after it; a page's figures are the means over the rounds. Every measured run follows 2 s of the
  // same load (JIT, file cache): a server idle while the others ran (V8 shrinks
  // an idle heap) must not start its run cold, or whichever page comes first in a round pays for it.
  const measure = async (opts: autocannon.Options) => {
    await run({ ...opts, duration: 2 });
    return run(opts);
  };
  // A server just started runs its first seconds at half speed or less while V8 compiles its hot
  // paths (/ru/privacy: ~520 req/s in its first 5 s, ~750 after). Every target, the floor too, gets
  // WARMUP seconds of load first, so that the rounds compare servers in their steady state.
  for (const opts of [{ url: `${floor.url}/` }, ...targets.map((t) => t.opts)]) await run({ ...opts, duration: WARMUP });
  const floorRuns: Result[] = [];
  const samples = new Map<string, { r: Result; floorReqs: number; floorP99: number }[]>(targets.map(({ label }) => [label, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    floorRuns.push(await measure({ url: `${floor.url}/` }));
    for (const { label, opts } of targets) {
      const r = await measure(opts);
      floorRuns.push(await measure({ url: `${floor.url}/` }));
      const [before, after] = floorRuns.slice(-2) as [Result, Result];
      samples.get(label)!.push({ r, floorReqs: (before.requests.average + after.requests.average) / 2, floorP99: (before.latency.p99 + after.latency.p99) / 2 });
    }
  }

  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const floorReqs = floorRuns.map((r) => r.requests.average);
  console.log(`Node ${process.version}; autocannon, ${CONNECTIONS} connections, ${SECONDS} s each, ${ROUNDS} rounds after ${WARMUP} s of warm-up per target, next start on this machine; the floor runs before, between and after the pages (means over the rounds)\n`);
  console.log('| target | req/s | p50 | p99 | errors | req/s vs floor | p99 vs floor |');
  console.log('|---|---|---|---|---|---|---|');
  console.log(`| floor: bare prerendered page (${floorRuns.length} runs) | ${mean(floorReqs).toFixed(0)} (${Math.min(...floorReqs).toFixed(0)}–${Math.max(...floorReqs).toFixed(0)}) | ${mean(floorRuns.map((r) => r.latency.p50)).toFixed(0)} ms | ${mean(floorRuns.map((r) => r.latency.p99)).toFixed(0)} ms | ${floorRuns.reduce((n, r) => n + errorsOf(r), 0)} | 1x | 1x |`);
  let met = floorRuns.every((r) => errorsOf(r) === 0);
  for (const { label, reference } of targets) {
    const runs = samples.get(label)!;
    const speed = mean(runs.map(({ r, floorReqs: base }) => r.requests.average / base));
    const tail = mean(runs.map(({ r, floorP99 }) => r.latency.p99 / Math.max(1, floorP99)));
    const errors = runs.reduce((n, { r }) => n + errorsOf(r), 0);
    if (!reference && (speed < GOAL || errors > 0)) met = false;
    console.log(`| ${label} | ${mean(runs.map(({ r }) => r.requests.average)).toFixed(0)} | ${mean(runs.map(({ r }) => r.latency.p50)).toFixed(0)} ms | ${mean(runs.map(({ r }) => r.latency.p99)).toFixed(0)} ms | ${errors} | ${speed.toFixed(2)}x | ${tail.toFixed(1)}x |`);
  }
  console.log(`\npage goal (the proxy's level: ≥ ${GOAL}x the floor's req/s, no errors; each page against the floor runs beside it): ${met ? 'met' : 'NOT met'}`);

  if (!met) process.exitCode = 1;
  if (POSTS > 0) await benchConsentPosts(server.url);
} finally {
  for (const started of servers) started.stop();
}
