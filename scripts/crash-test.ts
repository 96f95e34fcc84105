/*
 * `npm run test:crash` (after `npm run build`): proof that no acknowledged consent is lost in a crash.
 * Starts `next start` on port 3300 with a temporary DATA_DIR, sends concurrent POST /api/consent for
 * about 3 s, SIGKILLs the server mid-load, restarts it and compares the receipts with the answers:
 * every 2xx must have its receipt; a receipt may exist without a 2xx (committed, then its answer died
 * with the server), so receipts ≥ 2xx answers and receipts ≤ requests sent.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { openReceiptDatabase } from '../lib/receipts/connect';
import { migrateReceipts } from '../lib/receipts/migrations';
import { openReceiptStore } from '../lib/receipts/open';

const PORT = Number(process.env.CRASH_TEST_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const LOAD_MS = 3000;
const WORKERS = 24;
const repo = process.cwd();

if (!existsSync(path.join(repo, '.next', 'BUILD_ID'))) {
  console.error('✗ No production build in .next: run `npm run build` first, then `npm run test:crash`.');
  process.exit(1);
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'crash-test-'));
const settings = { sqliteFile: path.join(dataDir, 'receipts.sqlite'), databaseUrl: undefined };
let server: ChildProcess | undefined;
let output = '';

function start(): ChildProcess {
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    cwd: repo,
    // One client posting far more than a visitor would: the per-client limit is raised for it.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DATA_DIR: dataDir, DATABASE_URL: '', RECEIPT_SALT: 'crash-test-salt-0123456789', CONSENT_RATE_LIMIT_PER_MINUTE: '10000000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return child;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

async function ready(): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    if (server?.exitCode !== null) throw new Error(`the server exited:\n${output.slice(-2000)}`);
    const ok = await fetch(`${BASE}/ru`).then((r) => r.ok, () => false);
    if (ok) return;
    await sleep(500);
  }
  throw new Error(`the server did not answer on ${BASE} within 60 s`);
}

let sequence = 0;
/** One POST (all from 127.0.0.1: X-Forwarded-For is ignored with TRUSTED_PROXY_HOPS=0, so the limit is raised above). */
async function post(): Promise<{ status: number; id?: string }> {
  const n = (sequence += 1);
  const response = await fetch(`${BASE}/api/consent`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'User-Agent': 'crash-test' },
    body: JSON.stringify({ usability: n % 2 === 0, tracking: n % 3 === 0, marketing: false, action: 'custom', locale: n % 2 ? 'ru' : 'en' }),
  });
  const body = (await response.json()) as { record?: { id: string } };
  return { status: response.status, id: body.record?.id };
}

interface Tally {
  /** Requests that reached a listening server (a refused connection sent nothing). */
  sent: number;
  ok: string[];
  refused: Map<number, number>;
  /** Sent, but the connection died before the answer: the server was killed under them. */
  lost: number;
}

function connectionRefused(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code === 'ECONNREFUSED';
}

/** Posts from WORKERS loops until `stop` resolves; counts every outcome. */
async function load(stop: Promise<void>): Promise<Tally> {
  const tally: Tally = { sent: 0, ok: [], refused: new Map(), lost: 0 };
  let stopped = false;
  void stop.then(() => (stopped = true));
  const worker = async () => {
    while (!stopped) {
      try {
        tally.sent += 1;
        const { status, id } = await post();
        if (status >= 200 && status < 300 && id) tally.ok.push(id);
        else tally.refused.set(status, (tally.refused.get(status) ?? 0) + 1);
      } catch (error) {
        if (connectionRefused(error)) tally.sent -= 1;
        else tally.lost += 1;
        await sleep(20);
      }
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
  return tally;
}

async function main(): Promise<boolean> {
  const db = await openReceiptDatabase(settings);
  await migrateReceipts(db);
  await db.destroy();
  server = start();
  await ready();
  const killer = sleep(LOAD_MS).then(() => {
    server?.kill('SIGKILL');
  });
  // Keep sending a little after the kill, so requests are in flight at the moment it dies.
  const before = await load(killer.then(() => sleep(300)));
  await exited(server);
  server = start();
  await ready();
  const after = await load(sleep(1000));
  server.kill('SIGTERM');
  await exited(server);
  const store = await openReceiptStore(settings);
  const stored = new Set<string>();
  for await (const r of store.range(new Date(0), new Date('9999-12-31T23:59:59.999Z'))) stored.add(r.consentId);
  await store.close();

  const missing = [...before.ok, ...after.ok].filter((id) => !stored.has(id));
  const inDoubt = stored.size - before.ok.length - after.ok.length;
  const refused = (t: Tally) => [...t.refused].map(([status, n]) => `${n}×${status}`).join(', ') || 'none';
  console.log(`Load before the SIGKILL (${LOAD_MS} ms, ${WORKERS} concurrent clients): ${before.sent} requests sent, ${before.ok.length} answered 2xx, refused: ${refused(before)}, ${before.lost} sent but unanswered (in flight at the kill).`);
  console.log(`After the restart: ${after.sent} requests sent, ${after.ok.length} answered 2xx, refused: ${refused(after)}, ${after.lost} without an answer.`);
  console.log(`Receipts stored: ${stored.size}; 2xx answers: ${before.ok.length + after.ok.length}; receipts without a 2xx (committed while the answer was lost to the kill): ${inDoubt}.`);
  console.log(`2xx answers without a receipt: ${missing.length}.`);
  const sent = before.sent + after.sent;
  // An extra receipt is only possible for a request whose answer never came back.
  const unanswered = before.lost + after.lost;
  const pass = missing.length === 0 && inDoubt >= 0 && inDoubt <= unanswered && stored.size <= sent && before.ok.length > 0 && after.ok.length > 0;
  console.log(
    pass
      ? `✓ every 2xx answer has its receipt; the ${inDoubt} extra receipts ≤ the ${unanswered} requests left unanswered by the kill; receipts (${stored.size}) ≤ requests sent (${sent}).`
      : '✗ Crash test failed.',
  );
  if (!pass && stored.size === 0) console.log('  No receipt at all: was .next built before the consent log existed? Run `npm run build`.');
  return pass;
}

try {
  process.exitCode = (await main()) ? 0 : 1;
} catch (error) {
  console.error(`✗ Crash test could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  if (server && server.exitCode === null && !server.signalCode) server.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
}
