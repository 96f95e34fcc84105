/*
 * `npm run check:vercel`: builds the site as Vercel does — `vercel build` runs `npm run build` and
 * writes Vercel's Build Output to `.vercel/output`; no account and no network beyond the npm
 * registry — and checks there that every prerendered page × consent variant is deployed with one
 * Content-Security-Policy holding exactly the hashes of its own inline scripts and styles, the policy Vercel
 * serves with it (the page's `initialHeaders`). `--skip-build` checks an existing `.vercel/output`.
 * It replaces `.next` with Vercel's build: run `npm run build` again before `npm start`.
 * docs/architecture.md, "Content-Security-Policy".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { policyMismatch } from '../lib/security/inline-hashes';

const OUTPUT = path.join('.vercel', 'output', 'functions');
/** A local project link: `vercel build` needs one, and reads the framework from it. */
const PROJECT = { projectId: 'prj_local', orgId: 'team_local', settings: { framework: 'nextjs' } };

interface PrerenderConfig {
  fallback?: { fsPath?: string };
  initialHeaders?: Record<string, string | string[]>;
}

function build(): void {
  const link = path.join('.vercel', 'project.json');
  if (!existsSync(link)) {
    mkdirSync('.vercel', { recursive: true });
    writeFileSync(link, `${JSON.stringify(PROJECT)}\n`);
  }
  const vercel = path.join('node_modules', 'vercel', 'dist', 'vc.js');
  const result = spawnSync(process.execPath, [vercel, 'build', '--yes'], { stdio: 'inherit', env: { ...process.env, VERCEL_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`vercel build failed (exit ${result.status ?? result.signal}).`);
}

/** What is wrong with one prerendered page as Vercel would serve it; empty when nothing is. */
function problemsOf(route: string, config: PrerenderConfig, html: string): string[] {
  const policies = Object.entries(config.initialHeaders ?? {})
    .filter(([name]) => name.toLowerCase() === 'content-security-policy')
    .flatMap(([, value]) => value);
  if (policies.length !== 1) return [`${route}: ${policies.length} Content-Security-Policy headers (expected 1)`];
  const mismatch = policyMismatch(policies[0]!, html);
  return mismatch.length === 0 ? [] : [`${route}: ${mismatch.join(', ')}`];
}

function check(): void {
  // The pages this very build prerendered (vercel build ran `npm run build` into .next).
  const manifest = JSON.parse(readFileSync(path.join('.next', 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
  const routes = Object.keys(manifest.routes).filter((route) => !/\.[a-z]+$/i.test(route));
  const problems: string[] = [];
  for (const route of routes) {
    const configFile = path.join(OUTPUT, `${route}.prerender-config.json`);
    if (!existsSync(configFile)) {
      problems.push(`${route}: no ${configFile}: Vercel would not serve it prerendered`);
      continue;
    }
    const config = JSON.parse(readFileSync(configFile, 'utf8')) as PrerenderConfig;
    const fallback = config.fallback?.fsPath;
    if (!fallback?.endsWith('.html')) {
      problems.push(`${route}: its prerender has no HTML fallback (${fallback ?? 'none'})`);
      continue;
    }
    problems.push(...problemsOf(route, config, readFileSync(path.join(path.dirname(configFile), fallback), 'utf8')));
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, 20).map((p) => `  - ${p}`);
    if (problems.length > shown.length) shown.push(`  … and ${problems.length - shown.length} more`);
    throw new Error(`Vercel's Build Output would serve ${problems.length} of ${routes.length} pages without their exact policy:\n${shown.join('\n')}`);
  }
  console.log(`✓ Vercel Build Output: ${routes.length} prerendered pages, each with one Content-Security-Policy holding exactly the hashes of its own inline scripts and styles.`);
}

try {
  if (!process.argv.includes('--skip-build')) build();
  check();
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exitCode = 1;
}
