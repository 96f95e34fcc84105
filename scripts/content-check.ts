/* Editors' check: `npm run content:check`. Exits 1 with plain-language messages when a policy file is wrong. */
import { formatProblem } from '../lib/policy/check';
import { contentProblems } from '../lib/policy/content-problems';

const root = process.env.CONTENT_ROOT ?? process.cwd();
const { problems, files } = contentProblems(root);
if (problems.length === 0) {
  console.log(`✓ Policy content and interface texts are consistent, use the glossary's terms, and match their released archive: ${files.join(', ')}.`);
} else {
  console.error(problems.map(formatProblem).join('\n\n'));
  console.error(`\n${problems.length} problem(s) found. Fix the files and run \`npm run content:check\` again.`);
  process.exitCode = 1;
}
