/*
 * `npm run test:shutdown` (after `npm run build`): a SIGTERM under load stops the server cleanly.
 * Starts `next start` on port 3420 (SHUTDOWN_TEST_PORT) with a temporary DATA_DIR, posts consents
 * from 16 concurrent clients, sends SIGTERM after 1.5 s and keeps posting for 1.5 s more. Checks:
 * every 2xx has its receipt and no receipt lacks an answer (nothing was killed), requests sent
 * after the signal (250 ms for it to arrive) got 503 or no connection (never 2xx), the database was closed (SQLite removes
 * its WAL file on a clean close), and the process exited 0 within 10 s.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openReceiptStore } from '../lib/receipts/open';
import { kill, postConsent, startNext, type NextProcess } from './lib/next-process';

const PORT = Number(process.env.SHUTDOWN_TEST_PORT ?? 3420);
const WORKERS = 16;
const GRACE_MS = 250;
const dataDir = mkdtempSync(path.join(tmpdir(), 'shutdown-test-'));
let server: NextProcess | undefined;

if (!existsSync(path.join('.next', 'BUILD_ID'))) {
  console.error('✗ No production build in .next: run `npm run build` first, then `npm run test:shutdown`.');
  process.exit(1);
}

async function main(): Promise<boolean> {
  server = await startNext(PORT, { DATA_DIR: dataDir, DATABASE_URL: '', RECEIPT_SALT: 'shutdown-test-salt-0123456789', CONSENT_RATE_LIMIT_PER_MINUTE: '100000' });
  const { url } = server;
  let signalAt = Infinity;
  let stop = false;
  const ok: string[] = [];
  const okAfterSignal: string[] = [];
  const outcomes = new Map<string, number>();
  const count = (what: string) => outcomes.set(what, (outcomes.get(what) ?? 0) + 1);
  const worker = async () => {
    while (!stop) {
      const sentAt = Date.now();
      try {
        const { status, id } = await postConsent(url);
        // The signal needs a moment to reach the server's event loop: requests sent within
        // GRACE_MS of it may still have been accepted before draining began.
        if (status === 200 && id) (sentAt > signalAt + GRACE_MS ? okAfterSignal : ok).push(id);
        count(String(status));
      } catch {
        count('no connection');
        await sleep(20);
      }
    }
  };
  const load = Promise.all(Array.from({ length: WORKERS }, worker));
  await sleep(1500);
  signalAt = Date.now();
  server.child.kill('SIGTERM');
  const { code, signal } = await Promise.race([server.exited, sleep(10_000).then(() => ({ code: -1, signal: null }))]);
  const stoppedMs = Date.now() - signalAt;
  await sleep(Math.max(0, 1500 - stoppedMs));
  stop = true;
  await load;

  const walLeft = existsSync(path.join(dataDir, 'receipts.sqlite-wal'));
  const store = await openReceiptStore({ sqliteFile: path.join(dataDir, 'receipts.sqlite'), databaseUrl: undefined });
  const stored = new Set<string>();
  for await (const r of store.range(new Date(0), new Date('9999-12-31T23:59:59.999Z'))) stored.add(r.consentId);
  await store.close();
  const all = [...ok, ...okAfterSignal];
  const missing = all.filter((id) => !stored.has(id));
  const extra = stored.size - all.length;
  console.log(`Answers: ${[...outcomes].map(([k, n]) => `${n}× ${k}`).join(', ')}; 2xx to requests sent over ${GRACE_MS} ms after SIGTERM: ${okAfterSignal.length}.`);
  console.log(`SIGTERM → exit ${code ?? signal} in ${stoppedMs} ms; receipts ${stored.size} for ${all.length} 2xx answers (${missing.length} missing, ${extra} without an answer); WAL file left: ${walLeft ? 'yes' : 'no'}.`);
  console.log(server.output().split('\n').filter((l) => l.startsWith('[shutdown]')).join('\n'));
  const refused = (outcomes.get('503') ?? 0) + (outcomes.get('no connection') ?? 0);
  const pass = code === 0 && stoppedMs < 10_000 && ok.length > 0 && missing.length === 0 && extra === 0 && okAfterSignal.length === 0 && refused > 0 && !walLeft;
  console.log(pass ? '✓ in-flight consents finished with their receipts, later ones refused, log closed, exit 0 within 10 s.' : '✗ Shutdown test failed.');
  return pass;
}

try {
  process.exitCode = (await main()) ? 0 : 1;
} catch (error) {
  console.error(`✗ Shutdown test could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  kill(server);
  rmSync(dataDir, { recursive: true, force: true });
}
