/*
 * `npm run test:standalone` (after `npm run build:standalone`): the standalone folder runs on its
 * own. Copies `.next-standalone/standalone/` out of the project (so that nothing can be resolved
 * from the project's node_modules or content), starts `node server.js` in the copy on
 * 127.0.0.1:3440 (STANDALONE_TEST_PORT) with a temporary DATA_DIR, and checks over HTTP: the policy page in every
 * language (200, its heading, served prerendered — x-nextjs-cache HIT — under a CSP whose hashes
 * allow exactly its inline scripts), the 404 page, /api/health, a consent POST (200 + Set-Cookie)
 * after which the returning visitor's page has no banner, the receipt found by
 * `npm run receipts -- show <id>`, and SIGTERM → exit 0. Bounded: 120 s in all.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CONSENT_COOKIE } from '../lib/consent/format';
import { routing } from '../lib/i18n/routing';
import { outline } from '../lib/policy/outline';
import { readPolicySources } from '../lib/policy/sources';
import { inlineScripts, policyMismatch } from '../lib/security/inline-hashes';
import { showsConsentBanner } from './lib/banner-markup';
import { kill, startNext, type NextProcess } from './lib/next-process';

const FOLDER = path.join('.next-standalone', 'standalone');
const PORT = Number(process.env.STANDALONE_TEST_PORT ?? 3440);
const SALT = 'standalone-smoke-salt-0123456789';
const scratch = mkdtempSync(path.join(tmpdir(), 'standalone-smoke-'));
const copy = path.join(scratch, 'site');
const dataDir = path.join(scratch, 'data');
const failures: string[] = [];
let server: NextProcess | undefined;

function check(ok: boolean, what: string): void {
  console.log(`${ok ? '✓' : '✗'} ${what}`);
  if (!ok) failures.push(what);
}

/** GET a page; checks status, prerendering and that its one CSP allows exactly the inline scripts and styles it holds. */
async function page(url: string, status: number, cookie?: string): Promise<string> {
  const response = await fetch(url, { headers: cookie ? { Cookie: cookie } : {}, redirect: 'manual' });
  const html = await response.text();
  const scripts = inlineScripts(html);
  // Two policies would arrive joined by a comma (and a browser would enforce both).
  const policies = (response.headers.get('content-security-policy') ?? '').split(',');
  const mismatch = policyMismatch(policies[0]!, html);
  const where = `${new URL(url).pathname}${cookie ? ' (returning visitor)' : ''}`;
  check(response.status === status, `${where}: ${response.status} (expected ${status})`);
  if (status === 200) check(response.headers.get('x-nextjs-cache') === 'HIT', `${where}: prerendered, x-nextjs-cache ${response.headers.get('x-nextjs-cache')}`);
  check(policies.length === 1, `${where}: one Content-Security-Policy (${policies.length})`);
  check(scripts.length > 0 && mismatch.length === 0, `${where}: CSP allows exactly its ${scripts.length} inline scripts and its inline styles${mismatch.length ? ` (${mismatch.join(', ')})` : ''}`);
  return html;
}

async function consent(url: string, action: 'custom' | 'accept_all' = 'custom'): Promise<{ cookie: string; id?: string }> {
  const response = await fetch(`${url}/api/consent`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'User-Agent': 'standalone-smoke' },
    body: JSON.stringify({ usability: true, tracking: false, marketing: false, action, locale: 'ru' }),
  });
  const body = (await response.json()) as { record?: { id: string } };
  const cookies = response.headers.getSetCookie().map((line) => line.split(';')[0]!);
  const cookie = cookies.find((pair) => pair.startsWith(`${CONSENT_COOKIE}=`));
  check(response.status === 200 && cookie !== undefined && body.record?.id !== undefined, `POST /api/consent: ${response.status}, Set-Cookie ${CONSENT_COOKIE} ${cookie ? 'present' : 'missing'}`);
  return { cookie: cookies.join('; '), id: body.record?.id };
}

function receiptFound(id: string): boolean {
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', RECEIPT_SALT: SALT };
  const shown = spawnSync('npm', ['run', '-s', 'receipts', '--', 'show', id], { env, encoding: 'utf8', timeout: 30_000 });
  return shown.status === 0 && shown.stdout.includes(id);
}

async function main(): Promise<void> {
  const env = { PORT: String(PORT), HOSTNAME: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', RECEIPT_SALT: SALT };
  // Next's links inside the folder are relative: copied as they are, the copy is self-contained.
  cpSync(FOLDER, copy, { recursive: true, verbatimSymlinks: true });
  const started = Date.now();
  server = await startNext(PORT, env, ['server.js'], copy);
  const { url } = server;
  console.log(`node server.js in a copy of ${FOLDER} answered in ${Date.now() - started} ms (${url}, ${copy})`);

  for (const { locale, source } of readPolicySources()) {
    const title = (outline(source ?? '').metadata as { title?: string } | undefined)?.title ?? '(no title)';
    const html = await page(`${url}/${locale}/privacy`, 200);
    check(html.includes(title), `/${locale}/privacy: heading «${title}»`);
  }
  const notFound = (JSON.parse(readFileSync(`messages/${routing.defaultLocale}.json`, 'utf8')) as { NotFound: { title: string } }).NotFound.title;
  const missing = await page(`${url}/${routing.defaultLocale}/no-such-page`, 404);
  check(missing.includes(notFound), `/${routing.defaultLocale}/no-such-page: the site's 404 page «${notFound}»`);

  const health = await fetch(`${url}/api/health`);
  const status = (await health.json()) as { status?: string; log?: string };
  check(health.status === 200 && status.status === 'ok' && status.log === 'sqlite', `/api/health: ${health.status} ${JSON.stringify(status)}`);

  const first = await page(`${url}/ru`, 200);
  check(showsConsentBanner(first), '/ru: a first visit shows the consent banner');
  const { cookie, id } = await consent(url);
  const returning = await page(`${url}/ru`, 200, cookie);
  check(!showsConsentBanner(returning), '/ru (returning visitor): no consent banner');
  check(id !== undefined && receiptFound(id), `npm run receipts -- show ${id}: the receipt is in the log`);

  // This folder is built without NEXT_PUBLIC_GA_ID (a build-time setting): even full consent loads nothing from Google.
  const all = await consent(url, 'accept_all');
  const tracked = await fetch(`${url}/en/privacy`, { headers: { Cookie: all.cookie } });
  const trackedHtml = await tracked.text();
  // The policy's text names Google: look for what would load it, the tag and its bootstrap.
  check(!showsConsentBanner(trackedHtml) && !/googletagmanager|gtag\(|dataLayer/.test(trackedHtml), '/en/privacy (tracking granted, no measurement ID built in): no banner, no Google tag');
  check(!/google/i.test(tracked.headers.get('content-security-policy') ?? ''), "/en/privacy: the CSP allows none of Google's hosts without a measurement ID");

  const stopAt = Date.now();
  server.child.kill('SIGTERM');
  const { code, signal } = await Promise.race([server.exited, sleep(10_000).then(() => ({ code: null, signal: 'timeout' }))]);
  check(code === 0, `SIGTERM: exit ${code ?? signal} in ${Date.now() - stopAt} ms`);
}

if (!existsSync(path.join(FOLDER, 'server.js'))) {
  console.error(`✗ No standalone folder at ${FOLDER}: run \`npm run build:standalone\` first, then \`npm run test:standalone\`.`);
  process.exit(1);
}
const deadline = setTimeout(() => {
  console.error('✗ The standalone smoke test did not finish within 120 s.');
  kill(server);
  process.exit(1);
}, 120_000);
try {
  await main();
  console.log(failures.length === 0 ? '✓ The standalone folder serves the site on its own.' : `✗ ${failures.length} check(s) failed.`);
  process.exitCode = failures.length === 0 ? 0 : 1;
} catch (error) {
  console.error(`✗ Standalone smoke test could not run: ${error instanceof Error ? error.message : String(error)}`);
  if (server) console.error(server.output().slice(-2000));
  process.exitCode = 1;
} finally {
  clearTimeout(deadline);
  kill(server);
  rmSync(scratch, { recursive: true, force: true });
}
