// Stops `npm ci`, `npm start`, `npm run dev` and `npm run build` on a Node.js the site does not
// support, with one line naming the version needed, before a dependency fails in its own words.
// CommonJS with no newer syntax, so that it runs on any Node. The rule is package.json's `engines`:
// Node 24 LTS from 24.11 (its first LTS release), or 26 and later. `node scripts/check-node.cjs
// 20.1.0` checks the given version instead of the running one.
'use strict';
var version = process.argv[2] || process.versions.node;
var parts = version.replace(/^v/, '').split('.').map(Number);
var major = parts[0];
var minor = parts[1] || 0;
if (!((major === 24 && minor >= 11) || major >= 26)) {
  console.error('✗ This site runs on Node.js 24 LTS (24.11 or later) or 26+, not Node ' + version + ': run the command as `bash scripts/node.sh npm …`, which fetches Node 24 (see README).');
  process.exit(1);
}
