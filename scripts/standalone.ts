/*
 * `npm run build:standalone`: Next's `output: 'standalone'` server as one runnable folder,
 * `.next-standalone/standalone/` (start it with `node server.js` inside it; PORT, HOSTNAME,
 * DATA_DIR…). Built with NEXT_OUTPUT=standalone, which next.config.ts turns into
 * `output: 'standalone'` and the dist dir `.next-standalone`, so the `.next` build that `next start`
 * and the e2e suite use is not touched. Then assembled as Next documents it
 * (node_modules/next/dist/docs/…/next-config-js/output.md): Next writes server.js, the traced
 * node_modules and the server build; this script adds `.next-standalone/static`, `public` (if any),
 * and the content files the server reads at run time, gives the folder's copy of every prerendered
 * page its Content-Security-Policy (the same post-build step as `npm run build`), and checks the result.
 * The consent log's migrations are code (lib/receipts/migrations.ts): no files to copy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The dist dir next.config.ts uses when NEXT_OUTPUT=standalone. */
const STANDALONE_DIST = '.next-standalone';
/** The runnable folder: Next's `<distDir>/standalone`. */
const STANDALONE_DIR = path.join(STANDALONE_DIST, 'standalone');
/**
 * Read by the server at run time (lib/policy/load.ts): what next.config.ts names in
 * outputFileTracingIncludes. Next traces them into the folder for routes it renders on demand;
 * copied here as well so that the folder holds them whatever Next decides to trace.
 */
const CONTENT = ['content/policy'];
/** Next rewrites these for the dist dir it builds; put back afterwards for the `.next` build. */
const TOUCHED_BY_NEXT = ['next-env.d.ts', 'tsconfig.json'];

function run(args: string[], env: Record<string, string>): void {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  if (result.status !== 0) throw new Error(`\`${args.join(' ')}\` failed (exit ${result.status ?? result.signal}).`);
}

function build(): void {
  const saved = TOUCHED_BY_NEXT.filter((file) => existsSync(file)).map((file) => [file, readFileSync(file, 'utf8')] as const);
  try {
    run(['node_modules/next/dist/bin/next', 'build'], { NEXT_OUTPUT: 'standalone' });
  } finally {
    for (const [file, text] of saved) if (readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  }
  // The same post-build step as `npm run build`, on the pages the folder serves (Next copied them there).
  run(['node_modules/tsx/dist/cli.mjs', 'scripts/page-csp.ts'], { NEXT_DIST_DIR: path.join(STANDALONE_DIR, STANDALONE_DIST) });
}

function copy(from: string, to: string): void {
  cpSync(from, to, { recursive: true, verbatimSymlinks: true });
}

/** Copies what `server.js` needs beside Next's own output; throws naming whatever is missing. */
function assemble(): void {
  const inside = (...parts: string[]) => path.join(STANDALONE_DIR, ...parts);
  if (!existsSync(inside('server.js'))) throw new Error(`${inside('server.js')} is missing: the build did not write a standalone server.`);
  copy(path.join(STANDALONE_DIST, 'static'), inside(STANDALONE_DIST, 'static'));
  if (existsSync('public')) copy('public', inside('public'));
  for (const dir of CONTENT) copy(dir, inside(dir));
  const required = [
    'server.js',
    path.join(STANDALONE_DIST, 'BUILD_ID'),
    path.join(STANDALONE_DIST, 'static'),
    'node_modules/next/package.json',
    // (The embedded consent log's driver is node:sqlite, built into Node: no file to check here;
    // npm run test:standalone stores a consent and finds its receipt with the folder's server.)
    ...CONTENT,
  ];
  const missing = required.filter((file) => !existsSync(inside(file)));
  if (missing.length > 0) throw new Error(`The standalone folder lacks: ${missing.join(', ')}.`);
}

/** Files and bytes under `dir` (symbolic links counted, not followed). */
function measure(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = measure(full);
      files += inner.files;
      bytes += inner.bytes;
    } else {
      files += 1;
      if (entry.isFile()) bytes += statSync(full).size;
    }
  }
  return { files, bytes };
}

const started = Date.now();
try {
  if (!process.argv.includes('--assemble-only')) build();
  assemble();
  const { files, bytes } = measure(STANDALONE_DIR);
  console.log(`✓ Standalone folder ${STANDALONE_DIR}/: ${files} files, ${(bytes / 1e6).toFixed(1)} MB, in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  console.log(`  Run it: cd ${STANDALONE_DIR} && PORT=3000 HOSTNAME=127.0.0.1 DATA_DIR=/var/lib/almajet node server.js`);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
