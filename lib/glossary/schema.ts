import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { routing, type Locale } from '../i18n/routing';
import type { Problem } from '../policy/check';
import { isValidPattern } from './pattern';

/** The glossary of legal terms, relative to the project root; editors change it (docs/editing-policy.md). */
export const GLOSSARY_FILE = 'content/glossary.json';

const rendering = z.string({ error: 'must be text in quotes' }).trim().refine(isValidPattern, 'must contain at least one word');
const renderings = z.array(rendering, { error: 'must be a list in square brackets: ["…", "…"]' }).min(1, 'must list at least one rendering');
const locale = z.enum(routing.locales);

const wrongSchema = z.strictObject({
  text: rendering,
  why: z.string({ error: 'must say, in quotes, why this rendering is wrong' }).trim().min(1, 'must say why this rendering is wrong'),
  /** What to write instead, when it is not simply one of the term's renderings. */
  write: z.string().trim().min(1).optional(),
});

const termSchema = z.strictObject({
  term: z.string({ error: 'must be the term’s name in quotes' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'may use only lowercase latin letters, digits and single hyphens, e.g. "data-subject"'),
  note: z.string().optional(),
  ...(Object.fromEntries(routing.locales.map((l) => [l, renderings])) as Record<Locale, typeof renderings>),
  wrong: z.partialRecord(locale, z.array(wrongSchema)).optional(),
});

const spellingSchema = z.strictObject({
  choice: z.string().trim().min(1),
  note: z.string().optional(),
  /** Forbidden spelling → the spelling to write, e.g. "customiz*": "customis*". */
  forbidden: z.record(rendering, rendering),
});

const glossarySchema = z.strictObject({
  about: z.string().optional(),
  spelling: z.partialRecord(locale, spellingSchema).default({}),
  terms: z.array(termSchema).min(1, 'must list at least one term'),
});

export type GlossaryTerm = z.infer<typeof termSchema> & Record<Locale, string[]>;
export type WrongRendering = z.infer<typeof wrongSchema>;
export type Glossary = Omit<z.infer<typeof glossarySchema>, 'terms'> & { terms: GlossaryTerm[] };

function where(issuePath: PropertyKey[], raw: unknown): string {
  const [head, index, ...rest] = issuePath;
  if (head === 'terms' && typeof index === 'number') {
    const name = (raw as { terms?: { term?: unknown }[] }).terms?.[index]?.term;
    const label = typeof name === 'string' ? `the term "${name}"` : `term number ${index + 1}`;
    return rest.length > 0 ? `${label}, field ${rest.map(String).join('.')}` : label;
  }
  return issuePath.length > 0 ? `the field ${issuePath.map(String).join('.')}` : 'the file';
}

/** Reads and validates the glossary under `root`; what is wrong with it comes back as problems. */
export function readGlossary(root: string): { glossary?: Glossary; problems: Problem[] } {
  const full = path.join(root, GLOSSARY_FILE);
  const problem = (message: string, fix: string): { problems: Problem[] } => ({ problems: [{ file: GLOSSARY_FILE, message, fix }] });
  if (!existsSync(full)) return problem('the glossary file does not exist', 'Restore it with `git checkout -- content/glossary.json`; the terminology check needs it.');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(full, 'utf8'));
  } catch (error) {
    return problem(`the file is not valid JSON: ${(error as Error).message}`, 'Look for a missing comma, quote or bracket near the place named.');
  }
  const result = glossarySchema.safeParse(raw);
  if (!result.success) {
    return {
      problems: result.error.issues.map((issue) => ({
        file: GLOSSARY_FILE,
        message: `${where(issue.path, raw)} ${issue.code === 'invalid_type' && issue.input === undefined ? 'is missing' : issue.message}`,
        fix: 'Write it as the other terms are written (docs/editing-policy.md, section 9).',
      })),
    };
  }
  const glossary = result.data as Glossary;
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const t of glossary.terms) {
    if (seen.has(t.term)) problems.push({ file: GLOSSARY_FILE, message: `the term "${t.term}" is listed twice`, fix: 'Merge the two entries into one.' });
    seen.add(t.term);
  }
  return problems.length > 0 ? { problems } : { glossary, problems };
}
