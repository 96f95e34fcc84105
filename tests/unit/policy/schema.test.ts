import { describe, expect, it } from 'vitest';
import { describeMetaProblems, parsePolicyMeta } from '@/lib/policy/schema';

const FILE = 'content/policy/en.mdx';

const valid = {
  title: 'Personal Data Processing Policy',
  description: 'How ALMA JET LLP collects, uses, stores and protects personal data.',
  lastUpdated: '2026-11-28',
  revision: 1,
};

function withField(field: string, value: unknown): Record<string, unknown> {
  return { ...valid, [field]: value };
}

function withoutField(field: keyof typeof valid): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...valid };
  delete copy[field];
  return copy;
}

describe('describeMetaProblems', () => {
  it('finds nothing wrong with complete metadata', () => {
    expect(describeMetaProblems(valid, FILE)).toEqual([]);
  });

  it('reports a missing title, naming the file and the field', () => {
    expect(describeMetaProblems(withoutField('title'), FILE)).toEqual([`${FILE}: metadata.title is missing`]);
  });

  it('reports a title made only of spaces as empty', () => {
    expect(describeMetaProblems(withField('title', '   '), FILE)).toEqual([`${FILE}: metadata.title must not be empty`]);
  });

  it('reports an empty description and asks for one sentence', () => {
    const [problem, ...rest] = describeMetaProblems(withField('description', ''), FILE);
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/policy\/en\.mdx: metadata\.description /);
    expect(problem).toContain('shorter than 20 characters');
    expect(problem).toContain('one sentence');
  });

  it('reports a description too long for search results', () => {
    const [problem] = describeMetaProblems(withField('description', 'x'.repeat(201)), FILE);
    expect(problem).toMatch(/^content\/policy\/en\.mdx: metadata\.description is longer than 200 characters/);
  });

  it('reports "2026-13-40" as not a real calendar date', () => {
    expect(describeMetaProblems(withField('lastUpdated', '2026-13-40'), FILE)).toEqual([
      `${FILE}: metadata.lastUpdated is not a real calendar date`,
    ]);
  });

  it('reports 30 February as not a real calendar date', () => {
    expect(describeMetaProblems(withField('lastUpdated', '2026-02-30'), FILE)).toEqual([
      `${FILE}: metadata.lastUpdated is not a real calendar date`,
    ]);
  });

  it('reports a date written "28.11.2026" and shows the YYYY-MM-DD form to use', () => {
    const problems = describeMetaProblems(withField('lastUpdated', '28.11.2026'), FILE);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).toMatch(/^content\/policy\/en\.mdx: metadata\.lastUpdated /);
    expect(problems).toContain(`${FILE}: metadata.lastUpdated must be a date written YYYY-MM-DD, e.g. "2026-11-28"`);
  });

  it('reports a revision written as the string "2", naming the file and the field', () => {
    const problems = describeMetaProblems(withField('revision', '2'), FILE);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/policy\/en\.mdx: metadata\.revision /);
  });

  it('reports revision 0 as too small', () => {
    expect(describeMetaProblems(withField('revision', 0), FILE)).toEqual([`${FILE}: metadata.revision must be 1 or more`]);
  });

  it('reports a fractional revision such as 1.5, naming the file and the field', () => {
    const problems = describeMetaProblems(withField('revision', 1.5), FILE);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/policy\/en\.mdx: metadata\.revision /);
  });

  it('reports the misspelt field "revison" and lists the allowed fields', () => {
    const misspelt = { ...withoutField('revision'), revison: 1 };
    const problems = describeMetaProblems(misspelt, FILE);
    expect(problems).toContain(
      `${FILE}: metadata has unknown field(s) revison: allowed are title, description, lastUpdated, revision, edition`,
    );
    expect(problems).toContain(`${FILE}: metadata.revision is missing`);
  });

  it('reports an unknown extra field even when everything else is right', () => {
    expect(describeMetaProblems({ ...valid, author: 'Legal' }, FILE)).toEqual([
      `${FILE}: metadata has unknown field(s) author: allowed are title, description, lastUpdated, revision, edition`,
    ]);
  });

  it('reports a file with no metadata at all', () => {
    expect(describeMetaProblems(undefined, FILE)).toEqual([`${FILE}: metadata is missing`]);
  });

  it('reports every bad field at once', () => {
    const problems = describeMetaProblems({ ...valid, title: '', lastUpdated: '2026-13-40', revision: 0 }, FILE);
    expect(problems).toEqual([
      `${FILE}: metadata.title must not be empty`,
      `${FILE}: metadata.lastUpdated is not a real calendar date`,
      `${FILE}: metadata.revision must be 1 or more`,
    ]);
  });
});

describe('parsePolicyMeta', () => {
  it('returns valid metadata', () => {
    expect(parsePolicyMeta(valid, FILE)).toEqual(valid);
  });

  it('trims spaces around the title and description', () => {
    const meta = parsePolicyMeta({ ...valid, title: '  Policy  ', description: `  ${valid.description}\n` }, FILE);
    expect(meta.title).toBe('Policy');
    expect(meta.description).toBe(valid.description);
  });

  it('throws one error naming the file and every bad field', () => {
    expect(() => parsePolicyMeta({ ...valid, title: '', revision: 0 }, FILE)).toThrow(
      `Invalid policy metadata\n${FILE}: metadata.title must not be empty\n${FILE}: metadata.revision must be 1 or more`,
    );
  });

  it('throws for a misspelt field, naming it', () => {
    expect(() => parsePolicyMeta({ ...valid, revison: 2 }, FILE)).toThrow(/content\/policy\/en\.mdx: metadata has unknown field\(s\) revison/);
  });
});
