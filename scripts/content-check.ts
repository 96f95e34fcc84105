/* Editors' check: `npm run content:check`. Exits 1 with plain-language messages when a policy file is wrong. */
import { checkPolicies, formatProblem } from '../lib/policy/check';
import { readPolicySources } from '../lib/policy/sources';

const docs = readPolicySources(process.env.CONTENT_ROOT ?? process.cwd());
const problems = checkPolicies(docs);
if (problems.length === 0) {
  console.log(`✓ Policy content is consistent: ${docs.map((d) => d.file).join(', ')}.`);
} else {
  console.error(problems.map(formatProblem).join('\n\n'));
  console.error(`\n${problems.length} problem(s) found. Fix the files and run \`npm run content:check\` again.`);
  process.exitCode = 1;
}
