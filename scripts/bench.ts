/*
 * `npm run bench` (after `npm run build`): HTTP load on the production server from this machine
 * (loopback only, bounded in time). Prints requests/s, p50/p99 latency and errors for the policy
 * page (for BENCH_SECONDS) and for POST /api/consent (BENCH_POSTS requests), then checks that the consent log holds exactly one receipt per
 * 2xx answer (nothing lost, nothing duplicated). Goal: policy page p99 ≤ 25 ms at 50 connections.
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

function report(label: string, r: Result): void {
  const ok = r['2xx'];
  console.log(
    `${label.padEnd(22)} ${r.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   2xx ${ok}   non-2xx ${r.non2xx}   errors ${r.errors}   timeouts ${r.timeouts}`,
  );
}

const run = (opts: autocannon.Options) => autocannon({ connections: CONNECTIONS, duration: SECONDS, ...opts });

// The framework's own cost: a bare "hello" page, also rendered per request.
await ensureFloorBuild('benchmarks/floor-dynamic');
const floor = await startServer(3651, { dir: 'benchmarks/floor-dynamic' });
const server = await startServer(3650, { probe: '/ru', env: { DATA_DIR: dataDir, RECEIPT_SALT: 'bench-only-salt-not-secret', CONSENT_RATE_LIMIT_PER_MINUTE: '10000000' } });
try {
  console.log(`autocannon, ${CONNECTIONS} connections, ${SECONDS} s each, against next start on this machine\n`);
  await run({ url: `${floor.url}/`, duration: 3 }); // warm-up: compile caches, JIT
  report('floor: bare page', await run({ url: `${floor.url}/` }));
  floor.stop();
  await run({ url: `${server.url}/ru/privacy`, duration: 3 });
  report('GET /ru', await run({ url: `${server.url}/ru` }));
  const page = await run({ url: `${server.url}/ru/privacy` });
  report('GET /ru/privacy', page);
  const body = JSON.stringify({ usability: true, tracking: false, marketing: false, action: 'custom', locale: 'ru' });
  // A fixed number of requests (not a duration) so that none is still in flight when counting.
  const api = await autocannon({ connections: CONNECTIONS, amount: POSTS, url: `${server.url}/api/consent`, method: 'POST', headers: { 'content-type': 'application/json' }, body });
  report('POST /api/consent', api);
  const store = await openReceiptStore(settings);
  const receipts = await store.count();
  await store.close();
  const same = receipts === api['2xx'];
  console.log(`\nconsent log: ${receipts} receipts for ${api['2xx']} 2xx answers — ${same ? 'equal: nothing lost, nothing duplicated' : 'MISMATCH'}`);
  const pageOk = page.latency.p99 <= 25 && page.errors === 0 && page.non2xx === 0;
  console.log(`policy page goal (p99 ≤ 25 ms, no errors): ${pageOk ? 'met' : `not met (p99 ${page.latency.p99} ms)`}`);
  if (!same || page.errors > 0 || api.errors > 0) process.exitCode = 1;
} finally {
  floor.stop();
  server.stop();
}
