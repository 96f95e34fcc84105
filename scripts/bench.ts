/*
 * `npm run bench` (after `npm run build`): HTTP load from this machine (loopback only, bounded in
 * time) on the site's production server and, in the same run, on a bare prerendered Next.js page
 * of the same version (benchmarks/floor), one server at a time. Prints req/s, p50, p99 and errors
 * for each page and its ratio to the floor. Goal: every page ≥ 0.25x the floor's req/s and
 * p99 ≤ 6x the floor's p99, with no errors. Then POST /api/consent (BENCH_POSTS requests) and a
 * check that the consent log holds exactly one receipt per 2xx answer.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { openReceiptDatabase } from '../lib/receipts/connect';
import { migrateReceipts } from '../lib/receipts/migrations';
import { openReceiptStore } from '../lib/receipts/open';
import { ensureFloorBuild, startServer } from './lib/server';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const POSTS = Number(process.env.BENCH_POSTS ?? 3000);
const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-'));
const settings = { sqliteFile: path.join(dataDir, 'receipts.sqlite'), databaseUrl: undefined };

const migrator = await openReceiptDatabase(settings);
await migrateReceipts(migrator);
await migrator.destroy();

const run = (opts: autocannon.Options) => autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts });
const rows: { label: string; r: Result }[] = [];
const errorsOf = (r: Result) => r.errors + r.timeouts + r.non2xx;

await ensureFloorBuild('benchmarks/floor');
const floor = await startServer(3651, { dir: 'benchmarks/floor' });
try {
  await run({ url: `${floor.url}/`, duration: 3 }); // warm-up: JIT, file cache
  rows.push({ label: 'floor: bare prerendered page', r: await run({ url: `${floor.url}/` }) });
} finally {
  floor.stop();
}

const server = await startServer(3650, { probe: '/ru', env: { DATA_DIR: dataDir, RECEIPT_SALT: 'bench-only-salt-not-secret', CONSENT_RATE_LIMIT_PER_MINUTE: '10000000' } });
try {
  // A real returning visitor's cookie, as the server writes it.
  const consent = await fetch(`${server.url}/api/consent`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ usability: true, tracking: false, marketing: false, action: 'custom', locale: 'ru' }),
  });
  const cookie = consent.headers.get('set-cookie')?.split(';')[0];
  if (!consent.ok || !cookie) throw new Error(`POST /api/consent answered ${consent.status}: no cookie for the returning visitor.`);
  await run({ url: `${server.url}/ru/privacy`, duration: 3 });
  rows.push({ label: 'GET /ru/privacy (first visit)', r: await run({ url: `${server.url}/ru/privacy` }) });
  rows.push({ label: 'GET /ru/privacy (returning)', r: await run({ url: `${server.url}/ru/privacy`, headers: { cookie } }) });
  rows.push({ label: 'GET /en/privacy (first visit)', r: await run({ url: `${server.url}/en/privacy` }) });
  rows.push({ label: 'GET /ru (first visit)', r: await run({ url: `${server.url}/ru` }) });

  const base = rows[0]!.r;
  console.log(`autocannon, ${CONNECTIONS} connections, ${SECONDS} s each, next start on this machine, one server at a time\n`);
  console.log('| target | req/s | p50 | p99 | errors | req/s vs floor | p99 vs floor |');
  console.log('|---|---|---|---|---|---|---|');
  let met = true;
  for (const { label, r } of rows) {
    const speed = r.requests.average / base.requests.average;
    const tail = r.latency.p99 / Math.max(1, base.latency.p99);
    const isFloor = r === base;
    if (!isFloor && (speed < 0.25 || tail > 6 || errorsOf(r) > 0)) met = false;
    console.log(`| ${label} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} ms | ${r.latency.p99} ms | ${errorsOf(r)} | ${isFloor ? '1x' : `${speed.toFixed(2)}x`} | ${isFloor ? '1x' : `${tail.toFixed(1)}x`} |`);
  }
  console.log(`\npage goal (≥ 0.25x the floor's req/s, p99 ≤ 6x the floor's, no errors): ${met ? 'met' : 'NOT met'}`);

  const body = JSON.stringify({ usability: true, tracking: false, marketing: false, action: 'custom', locale: 'ru' });
  // A fixed number of requests (not a duration) so that none is still in flight when counting.
  const api = await autocannon({ connections: CONNECTIONS, amount: POSTS, url: `${server.url}/api/consent`, method: 'POST', headers: { 'content-type': 'application/json' }, body });
  console.log(`\nPOST /api/consent: ${api.requests.average.toFixed(0)} req/s, p50 ${api.latency.p50} ms, p99 ${api.latency.p99} ms, 2xx ${api['2xx']}, errors ${errorsOf(api)}`);
  const store = await openReceiptStore(settings);
  const receipts = (await store.count()) - 1; // the returning visitor's receipt above
  await store.close();
  const same = receipts === api['2xx'];
  console.log(`consent log: ${receipts} receipts for ${api['2xx']} 2xx answers — ${same ? 'equal: nothing lost, nothing duplicated' : 'MISMATCH'}`);
  if (!same || !met || api.errors > 0) process.exitCode = 1;
} finally {
  server.stop();
}
