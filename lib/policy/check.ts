import { describeMetaProblems, policyMetaSchema } from './schema';
import { outline, OutlineError, type Outline } from './outline';

export interface PolicySource {
  locale: string;
  /** Path shown to the editor, e.g. `content/policy/en.mdx`. */
  file: string;
  /** The file's text, or null when the file does not exist. */
  source: string | null;
}

export interface Problem {
  file: string;
  line?: number;
  message: string;
  fix: string;
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkOne(doc: PolicySource, parsed: Outline): Problem[] {
  const problems: Problem[] = [];
  const at = (line: number | undefined, message: string, fix: string) => problems.push({ file: doc.file, line, message, fix });
  for (const line of describeMetaProblems(parsed.metadata, doc.file)) {
    at(undefined, line.slice(doc.file.length + 2), 'Correct the field in the `export const metadata = {…}` block at the top of the file.');
  }
  for (const h of parsed.untaggedHeadings) {
    at(h.line, `the heading "${h.title}" is written with # signs, so it has no fixed address`, 'Write it as <H2 id="some-id">…</H2> (or H3/H4) with the same id in every language.');
  }
  for (const h of parsed.headingsWithoutId) {
    at(h.line, `the heading "${h.title}" has no id`, 'Add id="some-id" inside the tag, using the same id as in the other languages.');
  }
  const seen = new Set<string>();
  for (const s of parsed.sections) {
    if (!ID_PATTERN.test(s.id)) {
      at(s.line, `section id "${s.id}" ("${s.title}") may use only lowercase latin letters, digits and single hyphens`, 'Rename the id, e.g. "cookies-what", in every language at once.');
    }
    if (seen.has(s.id)) at(s.line, `section id "${s.id}" is used twice (again at "${s.title}")`, 'Give each heading its own id.');
    seen.add(s.id);
    if (!s.hasContent) at(s.line, `section "${s.id}" ("${s.title}") is empty: no text follows its heading`, 'Write the section text under the heading, or remove the heading in every language.');
  }
  for (const link of parsed.anchors) {
    if (!seen.has(link.href.slice(1))) {
      at(link.line, `the link to "${link.href}" points to a section that does not exist in this file`, `Use one of the section ids of this file, e.g. (#${parsed.sections[0]?.id ?? 'contacts'}).`);
    }
  }
  return problems;
}

function compareWithReference(doc: PolicySource, parsed: Outline, ref: PolicySource, refParsed: Outline): Problem[] {
  const problems: Problem[] = [];
  const refRevision = policyMetaSchema.shape.revision.safeParse((refParsed.metadata as { revision?: unknown } | undefined)?.revision);
  const revision = policyMetaSchema.shape.revision.safeParse((parsed.metadata as { revision?: unknown } | undefined)?.revision);
  if (refRevision.success && revision.success && refRevision.data !== revision.data) {
    problems.push({
      file: doc.file,
      message: `metadata.revision is ${revision.data} here but ${refRevision.data} in ${ref.file}`,
      fix: 'Every language must carry the same revision: set the same number in all policy files.',
    });
  }
  const ids = parsed.sections.map((s) => s.id);
  const refIds = refParsed.sections.map((s) => s.id);
  const missing = refParsed.sections.filter((s) => !ids.includes(s.id));
  const extra = parsed.sections.filter((s) => !refIds.includes(s.id));
  for (const s of missing) {
    problems.push({ file: doc.file, message: `section "${s.id}" is missing (in ${ref.file} it is "${s.title}", line ${s.line})`, fix: `Add <H${s.level} id="${s.id}">…</H${s.level}> with its translated text at the same place.` });
  }
  for (const s of extra) {
    problems.push({ file: doc.file, line: s.line, message: `section "${s.id}" ("${s.title}") does not exist in ${ref.file}`, fix: `Add it to ${ref.file} as well, or remove it here.` });
  }
  if (missing.length === 0 && extra.length === 0) {
    const index = ids.findIndex((id, i) => id !== refIds[i] || parsed.sections[i]?.level !== refParsed.sections[i]?.level);
    const s = parsed.sections[index];
    const r = refParsed.sections[index];
    if (s && r) {
      problems.push({ file: doc.file, line: s.line, message: `sections are in a different order or level than in ${ref.file}: here "${s.id}" (H${s.level}) comes where ${ref.file} has "${r.id}" (H${r.level})`, fix: `Put the sections in the same order and at the same heading level as in ${ref.file}.` });
    }
  }
  return problems;
}

/** Checks every locale's policy file and compares each with the first (the default locale). */
export function checkPolicies(docs: PolicySource[]): Problem[] {
  const problems: Problem[] = [];
  const parsed = new Map<PolicySource, Outline>();
  for (const doc of docs) {
    if (doc.source === null) {
      const model = docs.find((d) => d !== doc && d.source !== null);
      const fix = model ? `Create ${doc.file}, starting from a copy of ${model.file} and translating it.` : `Create ${doc.file} with the policy text (see docs/editing-policy.md).`;
      problems.push({ file: doc.file, message: `the ${doc.locale} policy file does not exist`, fix });
      continue;
    }
    try {
      const result = outline(doc.source);
      parsed.set(doc, result);
      problems.push(...checkOne(doc, result));
    } catch (error) {
      const line = error instanceof OutlineError ? error.line : undefined;
      problems.push({ file: doc.file, line, message: `the file cannot be read as MDX: ${(error as Error).message}`, fix: 'Look for an unclosed tag such as <H2 …> without </H2>, or a stray { or < in the text (write them as \\{ and \\<).' });
    }
  }
  const [reference] = docs;
  const refParsed = reference ? parsed.get(reference) : undefined;
  if (reference && refParsed) {
    for (const doc of docs.slice(1)) {
      const own = parsed.get(doc);
      if (own) problems.push(...compareWithReference(doc, own, reference, refParsed));
    }
  }
  return problems;
}

/** One problem as the editor reads it. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}, line ${problem.line}` : problem.file;
  return `✗ ${where}: ${problem.message}.\n  What to do: ${problem.fix}`;
}
