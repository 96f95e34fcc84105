import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { prepareConsentLog } from '@/lib/ops/startup';
import { openReceiptDatabase } from '@/lib/receipts/connect';
import { pendingMigrations } from '@/lib/receipts/migrations';
import { openReceiptStore } from '@/lib/receipts/open';
import { STORE_TARGETS, receipt, type TestDatabase } from '../receipts/targets';

const sqlite = STORE_TARGETS[0]!;
const postgres = STORE_TARGETS.find((t) => t.name === 'PostgreSQL');

/** Runs prepareConsentLog in a separate Node process, as `next start` would at boot. */
function startProcess(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const script = "const { prepareConsentLog } = await import('./lib/ops/startup.ts'); const r = await prepareConsentLog(); console.log(JSON.stringify(r)); process.exitCode = r.kind === 'migrated' ? 0 : 1;";
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('start-up on the embedded SQLite log', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await sqlite.fresh();
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await database.cleanup();
  });

  it('creates the schema on a fresh DATA_DIR, so the first consent can be stored without any command', async () => {
    expect(await prepareConsentLog(database.env)).toEqual({ kind: 'migrated', applied: ['0001_consent_receipts', '0002_consent_rate_limit'] });
    const store = await openReceiptStore(database.settings);
    await store.append(receipt());
    expect(await store.count()).toBe(1);
    await store.close();
  });

  it('is idempotent: a restart applies nothing and keeps the receipts', async () => {
    await prepareConsentLog(database.env);
    const store = await openReceiptStore(database.settings);
    await store.append(receipt());
    expect(await prepareConsentLog(database.env)).toEqual({ kind: 'migrated', applied: [] });
    expect(await store.count()).toBe(1);
    await store.close();
  });

  it('is safe when two server processes start at once on one DATA_DIR', async () => {
    const [a, b] = await Promise.all([startProcess(database.env), startProcess(database.env)]);
    expect([a.code, b.code], `${a.output}\n${b.output}`).toEqual([0, 0]);
    // node:sqlite warned on every start while it was experimental; an operator would see that noise.
    expect(`${a.output}\n${b.output}`).not.toMatch(/ExperimentalWarning/);
    const applied = [a, b].map((run) => (JSON.parse(run.output.trim().split('\n').at(-1)!) as { applied: string[] }).applied.length).sort();
    // One process migrated everything; the other waited for its lock and found nothing to do.
    expect(applied).toEqual([0, 2]);
    const db = await openReceiptDatabase(database.settings);
    expect(await pendingMigrations(db)).toEqual([]);
    await db.destroy();
  }, 30_000);

  it('reports a bad setting instead of crashing the server', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const outcome = await prepareConsentLog({ ...database.env, RECEIPT_SALT: 'short' });
    expect(outcome).toMatchObject({ kind: 'failed', message: expect.stringContaining('RECEIPT_SALT') });
    expect(error).toHaveBeenCalledWith(expect.stringContaining('could not be prepared'));
  });
});

describe.runIf(postgres)('start-up on PostgreSQL', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await postgres!.fresh();
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await database.cleanup();
  });

  it('leaves the schema to `npm run db:migrate` and logs the command to run', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await prepareConsentLog(database.env)).toEqual({ kind: 'pending', pending: ['0001_consent_receipts', '0002_consent_rate_limit'] });
    expect(error).toHaveBeenCalledWith(expect.stringContaining('run `npm run db:migrate`'));
    await expect(openReceiptStore(database.settings)).rejects.toThrow(/not migrated/);
  });

  it('migrates itself with MIGRATE_ON_START=1, also when two processes start at once', async () => {
    const env = { ...database.env, MIGRATE_ON_START: '1' };
    const [a, b] = await Promise.all([startProcess(env), startProcess(env)]);
    expect([a.code, b.code], `${a.output}\n${b.output}`).toEqual([0, 0]);
    const store = await openReceiptStore(database.settings);
    await store.append(receipt());
    expect(await store.count()).toBe(1);
    await store.close();
  }, 30_000);
});
