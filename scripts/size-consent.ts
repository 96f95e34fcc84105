/*
 * `npm run size:consent`: the gzip bytes of JavaScript the consent UI adds to a page.
 * Bundles the consent client leaves alone (React and Next are the framework floor, so external),
 * minified as in production, and prints JS and CSS sizes against the goal.
 */
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { build } from 'esbuild';

const GOAL_BYTES = 5 * 1024;
const root = process.cwd();
const entries = ['consent-provider', 'consent-banner', 'preferences-dialog', 'cookie-settings-button'];
const contents = entries.map((name) => `export * from ${JSON.stringify(path.join(root, 'components/consent', `${name}.tsx`))};`).join('\n');

const result = await build({
  stdin: { contents, resolveDir: root, loader: 'ts' },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  write: false,
  outdir: 'out',
  loader: { '.css': 'local-css' },
  define: { 'process.env.NODE_ENV': '"production"' },
  external: ['react', 'react-dom', 'react/jsx-runtime', 'next', 'next/*'],
  tsconfig: path.join(root, 'tsconfig.json'),
  logLevel: 'error',
});

const size = (ext: string) => result.outputFiles.filter((f) => f.path.endsWith(ext)).reduce((sum, f) => sum + gzipSync(f.contents, { level: 9 }).length, 0);
const js = size('.js');
const css = size('.css');
console.log(`Consent UI JavaScript: ${js} B gzip (${(js / 1024).toFixed(2)} KiB); goal ≤ ${GOAL_BYTES} B`);
console.log(`Consent UI CSS:        ${css} B gzip`);
if (js > GOAL_BYTES) {
  console.error(`Over budget by ${js - GOAL_BYTES} B.`);
  process.exitCode = 1;
}
