import { z } from 'zod';

const isoDate = z
  .string({ error: 'must be a date in quotes, written YYYY-MM-DD, e.g. "2026-11-28"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, e.g. "2026-11-28"')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'is not a real calendar date');

/** The metadata every policy MDX file exports as `export const metadata = {…}`. */
export const policyMetaSchema = z.strictObject(
  {
    title: z.string({ error: 'must be text in quotes' }).trim().min(1, 'must not be empty').max(120, 'is longer than 120 characters'),
    description: z
      .string({ error: 'must be text in quotes' })
      .trim()
      .min(20, 'is shorter than 20 characters: write one sentence for search results')
      .max(200, 'is longer than 200 characters: search engines cut it off'),
    lastUpdated: isoDate,
    revision: z.number({ error: 'must be a whole number without quotes, e.g. 2' }).int('must be a whole number').positive('must be 1 or more'),
    // Editorial fixes of the same revision (docs/architecture.md, "Texts are records"); absent means 1. Set by `npm run policy:release`.
    edition: z.number({ error: 'must be a whole number without quotes, e.g. 2' }).int('must be a whole number').positive('must be 1 or more').optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `has unknown field(s) ${issue.keys.join(', ')}: allowed are title, description, lastUpdated, revision, edition` : undefined) },
);

export type PolicyMeta = z.infer<typeof policyMetaSchema>;

/** One plain-language line per problem in `raw`, each naming the file and the field. */
export function describeMetaProblems(raw: unknown, file: string): string[] {
  const result = policyMetaSchema.safeParse(raw);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? `metadata.${issue.path.join('.')}` : 'metadata';
    const value = issue.path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined), raw);
    const message = issue.code === 'invalid_type' && value === undefined ? 'is missing' : issue.message;
    return `${file}: ${field} ${message}`;
  });
}

/** Validates policy metadata; the error names the file and every bad field. */
export function parsePolicyMeta(raw: unknown, file: string): PolicyMeta {
  const problems = describeMetaProblems(raw, file);
  if (problems.length > 0) throw new Error(`Invalid policy metadata\n${problems.join('\n')}`);
  return policyMetaSchema.parse(raw);
}
