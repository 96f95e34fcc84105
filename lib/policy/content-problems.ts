import { checkGlossary } from '../glossary/check';
import { GLOSSARY_FILE, readGlossary } from '../glossary/schema';
import { checkMessages } from '../i18n/messages-check';
import { checkArchive } from './archive-check';
import { checkPolicies, type Problem } from './check';
import { readMessageSources, readPolicySources } from './sources';

/** The rules on the live texts alone: policy structure, UI messages and terminology (the glossary). */
export function textProblems(root: string = process.cwd()): { problems: Problem[]; files: string[] } {
  const policies = readPolicySources(root);
  const messages = readMessageSources(root);
  const glossary = readGlossary(root);
  const problems = [
    ...checkPolicies(policies),
    ...checkMessages(messages),
    ...glossary.problems,
    ...(glossary.glossary ? checkGlossary(glossary.glossary, policies, messages) : []),
  ];
  return { problems, files: [...policies, ...messages].map((d) => d.file).concat(GLOSSARY_FILE) };
}

/**
 * Every rule of `npm run content:check`, in the one list that the command and every production
 * build (next.config.ts) run: the live texts' rules, then the archive's.
 */
export function contentProblems(root: string = process.cwd()): { problems: Problem[]; files: string[] } {
  const texts = textProblems(root);
  return { problems: [...texts.problems, ...checkArchive(root)], files: texts.files };
}
