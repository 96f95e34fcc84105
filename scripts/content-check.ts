/* Editors' check: `npm run content:check`. Exits 1 with plain-language messages when a policy file is wrong. */
import { checkMessages } from '../lib/i18n/messages-check';
import { checkArchive } from '../lib/policy/archive-check';
import { checkPolicies, formatProblem } from '../lib/policy/check';
import { readMessageSources, readPolicySources } from '../lib/policy/sources';

const root = process.env.CONTENT_ROOT ?? process.cwd();
const docs = readPolicySources(root);
const messages = readMessageSources(root);
const problems = [...checkPolicies(docs), ...checkMessages(messages), ...checkArchive(root)];
if (problems.length === 0) {
  console.log(`✓ Policy content and interface texts are consistent, and match their released archive: ${[...docs, ...messages].map((d) => d.file).join(', ')}.`);
} else {
  console.error(problems.map(formatProblem).join('\n\n'));
  console.error(`\n${problems.length} problem(s) found. Fix the files and run \`npm run content:check\` again.`);
  process.exitCode = 1;
}
