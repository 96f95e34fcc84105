/*
 * `npm run test:instances` (after `npm run build`, with TEST_DATABASE_URL): two `next start`
 * processes on one PostgreSQL (loopback, ports 3430/3431 or INSTANCES_TEST_PORT), in a schema of
 * their own, both started with MIGRATE_ON_START=1 (they migrate it at once). Posts alternate
 * between them (44 requests in all) and the test checks:
 *   - every 2xx answer is exactly one receipt, and there is no other receipt;
 *   - the limit (10 a minute) counts across both instances;
 *   - with TRUSTED_PROXY_HOPS=0 a different X-Forwarded-For on every request does not reset it;
 *   - with TRUSTED_PROXY_HOPS=1 the address is the last entry (the one the trusted proxy appended):
 *     forged entries before it change nothing, and a client-chosen first entry is never the key.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openReceiptStore } from '../lib/receipts/open';
import { kill, postConsent, startNext, type NextProcess } from './lib/next-process';

const BASE_PORT = Number(process.env.INSTANCES_TEST_PORT ?? 3430);
const LIMIT = 10;
const baseUrl = process.env.TEST_DATABASE_URL;
const servers: NextProcess[] = [];
const schema = `instances_test_${randomBytes(5).toString('hex')}`;

async function admin(query: string): Promise<void> {
  const client = new pg.Client(baseUrl);
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

async function pair(databaseUrl: string, hops: number): Promise<NextProcess[]> {
  const env = { DATABASE_URL: databaseUrl, MIGRATE_ON_START: '1', TRUSTED_PROXY_HOPS: String(hops), RECEIPT_SALT: 'instances-test-salt-0123456789', CONSENT_RATE_LIMIT_PER_MINUTE: String(LIMIT) };
  const started = await Promise.all([startNext(BASE_PORT, env), startNext(BASE_PORT + 1, env)]);
  servers.push(...started);
  return started;
}

async function stop(pair: NextProcess[]): Promise<void> {
  for (const server of pair) server.child.kill('SIGTERM');
  await Promise.all(pair.map((s) => s.exited));
}

/** Posts `n` times, alternating instances; `headers(i)` gives each request's extra headers. */
async function alternate(instances: NextProcess[], n: number, headers: (i: number) => Record<string, string>): Promise<Array<{ status: number; id?: string }>> {
  const results = [];
  for (let i = 0; i < n; i += 1) results.push(await postConsent(instances[i % 2]!.url, headers(i)));
  return results;
}

const statuses = (results: Array<{ status: number }>) => results.map((r) => r.status).join(' ');

async function main(): Promise<boolean> {
  if (!baseUrl) throw new Error('TEST_DATABASE_URL is not set: start one with `bash scripts/start-postgres.sh`.');
  if (!existsSync(path.join('.next', 'BUILD_ID'))) throw new Error('No production build in .next: run `npm run build` first.');
  await admin(`CREATE SCHEMA ${schema}`);
  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const checks: Array<[string, boolean]> = [];

  const direct = await pair(url.toString(), 0);
  const health = await Promise.all(direct.map((s) => fetch(`${s.url}/api/health`).then((r) => r.json() as Promise<{ status: string; log: string }>)));
  checks.push(['both instances healthy on PostgreSQL', health.every((h) => h.status === 'ok' && h.log === 'postgres')]);
  const spoofed = await alternate(direct, 14, (i) => ({ 'X-Forwarded-For': `198.51.100.${i + 1}` }));
  console.log(`hops=0, a new X-Forwarded-For on every request, alternating instances: ${statuses(spoofed)}`);
  checks.push([`the limit (${LIMIT}) counts across both instances and spoofing does not reset it`, spoofed.slice(0, LIMIT).every((r) => r.status === 200) && spoofed.slice(LIMIT).every((r) => r.status === 429)]);
  await stop(direct);

  const proxied = await pair(url.toString(), 1);
  const forged = await alternate(proxied, 14, (i) => ({ 'X-Forwarded-For': `10.9.9.${i + 1}, 203.0.113.9` }));
  console.log(`hops=1, forged entries before the proxy's 203.0.113.9: ${statuses(forged)}`);
  checks.push(['with hops=1 the key is the last entry: forged earlier entries do not reset it', forged.slice(0, LIMIT).every((r) => r.status === 200) && forged.slice(LIMIT).every((r) => r.status === 429)]);
  const chosen = await alternate(proxied, 4, () => ({ 'X-Forwarded-For': '203.0.113.9, 203.0.113.77' }));
  console.log(`hops=1, the client writes 203.0.113.9 first, the proxy appends 203.0.113.77: ${statuses(chosen)}`);
  checks.push(['with hops=1 a client-chosen first entry is never the key', chosen.every((r) => r.status === 200)]);
  await stop(proxied);

  const ids = [...spoofed, ...forged, ...chosen].filter((r) => r.status === 200).map((r) => r.id!);
  const store = await openReceiptStore({ sqliteFile: '/nonexistent', databaseUrl: url.toString() });
  const stored: string[] = [];
  for await (const r of store.range(new Date(0), new Date('9999-12-31T23:59:59.999Z'))) stored.push(r.consentId);
  await store.close();
  console.log(`2xx answers: ${ids.length}; receipts: ${stored.length}.`);
  checks.push(['every 2xx is exactly one receipt, and no receipt lacks its 2xx', stored.length === ids.length && new Set(stored).size === stored.length && ids.every((id) => stored.includes(id))]);
  for (const [name, ok] of checks) console.log(`${ok ? '✓' : '✗'} ${name}`);
  return checks.every(([, ok]) => ok);
}

try {
  process.exitCode = (await main()) ? 0 : 1;
} catch (error) {
  console.error(`✗ Instances test could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  servers.forEach(kill);
  if (baseUrl) await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
}
