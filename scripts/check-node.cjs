// Stops `npm start`, `npm run dev` and `npm run build` on a Node.js the site does not support, with
// one line naming the version needed, before a dependency fails in its own words (`npm ci` is
// stopped by npm itself: engine-strict in .npmrc).
// CommonJS with no newer syntax, so that it runs on any Node. The rule is package.json's `engines`:
// Node 24 LTS from 24.15 (the first whose node:sqlite, which the consent log uses, runs without an
// experimental warning), or 26 and later. `node scripts/check-node.cjs 20.1.0` checks the given
// version instead of the running one.
'use strict';
var version = process.argv[2] || process.versions.node;
var parts = version.replace(/^v/, '').split('.').map(Number);
var major = parts[0];
var minor = parts[1] || 0;
if (!((major === 24 && minor >= 15) || major >= 26)) {
  console.error('✗ This site runs on Node.js 24 LTS (24.15 or later) or 26+, not Node ' + version + ': run the command as `bash scripts/node.sh npm …`, which fetches Node 24 (see README).');
  process.exit(1);
}
