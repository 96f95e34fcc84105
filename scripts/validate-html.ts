/*
 * `npm run validate:html`: the W3C Nu HTML Checker (npm vnu-jar, run with Java) on every page
 * type in every language, as a first-time visitor (banner in the HTML) and as one with a
 * choice, and the consent form's error pages (what a browser without JavaScript shows on a refused
 * post). Fails on any error. Needs `npm run build` and `java`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ALL_GRANTED } from '../lib/consent/categories';
import { CONSENT_COOKIE, createConsentRecord, serializeConsent } from '../lib/consent/format';
import { routing } from '../lib/i18n/routing';
import { sitePages } from '../lib/routes';
import { startServer } from './lib/server';

const vnu = createRequire(import.meta.url)('vnu-jar') as string;
const dir = mkdtempSync(path.join(tmpdir(), 'html-'));
const chosen = `${CONSENT_COOKIE}=${serializeConsent(createConsentRecord(ALL_GRANTED, 1))}`;

const server = await startServer(3630, { probe: '/ru' });
const files: string[] = [];
try {
  for (const locale of routing.locales) {
    for (const page of [...sitePages(), '/no-such-page']) {
      for (const [visitor, cookie] of [['first-visit', ''], ['with-choice', chosen]] as const) {
        const url = `${server.url}/${locale}${page}`;
        const response = await fetch(url, { headers: { cookie } });
        const file = path.join(dir, `${locale}${page.replace(/\//g, '_') || '_home'}-${visitor}.html`);
        writeFileSync(file, await response.text());
        files.push(file);
      }
    }
    // A post from another site (403) and a malformed one (400): the API's own small HTML pages.
    for (const [kind, origin, body] of [['foreign', 'https://evil.example', 'action=accept_all'], ['malformed', server.url, 'action=maybe']] as const) {
      const response = await fetch(`${server.url}/api/consent`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
        body: `${body}&locale=${locale}&return=/${locale}/privacy`,
      });
      const file = path.join(dir, `${locale}_consent-form-${kind}.html`);
      writeFileSync(file, await response.text());
      files.push(file);
    }
  }
} finally {
  server.stop();
}

try {
  execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'gnu', ...files], { stdio: ['ignore', 'inherit', 'pipe'] });
  console.log(`✓ Nu HTML Checker: no errors in ${files.length} pages (${routing.locales.length} languages × (${sitePages().length + 1} pages × 2 visitor states + 2 consent form errors)).`);
} catch (error) {
  console.error(String((error as { stderr?: Buffer }).stderr ?? error).replaceAll(`${dir}/`, ''));
  console.error('✗ The Nu HTML Checker found errors (above).');
  process.exitCode = 1;
}
