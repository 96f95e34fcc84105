/*
 * `npm run observatory`: scores the production build with the MDN HTTP Observatory's own rules
 * and grader (npm @mdn/mdn-http-observatory). Its CLI scans public hostnames on ports 80/443
 * only, so this script serves the site the way a host does — TLS in front (a throw-away
 * self-signed certificate the scanner is told to trust) and a plain-http port that redirects to
 * https — and runs the package's retriever, tests and grader against that. Needs `npm run build`.
 */
import { execFile, execFileSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';

const APP_PORT = 3610;
const HTTPS_PORT = 3643;
const HTTP_PORT = 3680;
const HOST = '127.0.0.1';

// The package's postinstall downloads Chromium's HSTS preload list, which this network cannot
// reach (and npm 11 skips dependency install scripts). 127.0.0.1 is in no preload list, so an
// empty list gives the same verdict for this scan.
const preload = path.join('node_modules', '@mdn', 'mdn-http-observatory', 'conf', 'hsts-preload.json');
if (!existsSync(preload)) writeFileSync(preload, '{}');

const dir = mkdtempSync(path.join(tmpdir(), 'observatory-'));
execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${HOST}`, '-addext', `subjectAltName=IP:${HOST}`, '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { stdio: 'ignore' });

const app = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(APP_PORT), '-H', '127.0.0.1'], { stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });

// TLS termination as a host provides it: forwards to the app and tells it the request was https.
const tls = createHttpsServer({ key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) }, (req, res) => {
  const upstream = httpRequest({ host: '127.0.0.1', port: APP_PORT, path: req.url, method: req.method, headers: { ...req.headers, 'x-forwarded-proto': 'https' } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
});
// The host's plain-http port: straight to https on the same host (what the Observatory expects).
const redirect = createHttpServer((req, res) => res.writeHead(301, { Location: `https://${HOST}:${HTTPS_PORT}${req.url ?? '/'}` }).end());

async function waitForApp(): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${APP_PORT}/ru`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('next start did not answer: run `npm run build` first.');
}

// The scan runs in a child process so that NODE_EXTRA_CA_CERTS (read at start-up) trusts our certificate.
const SCAN = `
import { retrieve } from '@mdn/mdn-http-observatory/src/retriever/retriever.js';
import { ALL_TESTS } from '@mdn/mdn-http-observatory/src/constants.js';
import { MINIMUM_SCORE_FOR_EXTRA_CREDIT } from '@mdn/mdn-http-observatory/src/grader/charts.js';
import { getGradeForScore, getScoreModifier } from '@mdn/mdn-http-observatory/src/grader/grader.js';
const r = await retrieve('${HOST}', { httpPort: ${HTTP_PORT}, httpsPort: ${HTTPS_PORT}, path: '/en/privacy' });
if (!r.responses.auto) throw new Error('The site could not be reached.');
let extra = 100, uncurved = 100;
const tests = ALL_TESTS.map((test) => {
  const out = test(r);
  const modifier = out.result ? getScoreModifier(out.result) : 0;
  extra += modifier;
  if (modifier < 0) uncurved += modifier;
  return { name: out.constructor.name.replace(/Output$/, ''), pass: out.pass, result: out.result, modifier };
});
const score = uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? extra : uncurved;
console.log(JSON.stringify({ score, grade: getGradeForScore(score).grade, tests }));
`;

try {
  await new Promise<void>((resolve) => tls.listen(HTTPS_PORT, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => redirect.listen(HTTP_PORT, '127.0.0.1', resolve));
  await waitForApp();
  // Asynchronous: this process serves the TLS and redirect ports the scanner talks to.
  const { stdout: output } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', SCAN], { env: { ...process.env, NODE_EXTRA_CA_CERTS: path.join(dir, 'cert.pem') }, encoding: 'utf8' });
  const result = JSON.parse(output.trim().split('\n').pop() ?? '{}') as { score: number; grade: string; tests: { name: string; pass: boolean; result: string; modifier: number }[] };
  for (const test of result.tests) console.log(`${test.pass ? '✓' : '✗'} ${test.name.padEnd(28)} ${String(test.modifier).padStart(4)}  ${test.result}`);
  console.log(`\nMDN HTTP Observatory (rules ${JSON.parse(readFileSync('node_modules/@mdn/mdn-http-observatory/package.json', 'utf8')).version}): score ${result.score}, grade ${result.grade}`);
  if (result.grade !== 'A+') process.exitCode = 1;
} finally {
  app.kill('SIGTERM');
  tls.close();
  redirect.close();
}
