import { describe, expect, it } from 'vitest';
import { alternatesFor } from '@/lib/i18n/alternates';
import { checkPolicies } from '@/lib/policy/check';
import { outline } from '@/lib/policy/outline';
import { describeMetaProblems } from '@/lib/policy/schema';

const meta = `export const metadata = { title: 'T', description: 'A description long enough for the schema.', lastUpdated: '2026-11-28', revision: 1 };\n\n`;

describe('content check edge cases', () => {
  it('reports a duplicated last section instead of crashing', () => {
    const ru = `${meta}<H2 id="a">A</H2>\n\nText.\n\n<H2 id="b">B</H2>\n\nText.\n`;
    const en = `${ru}\n<H2 id="b">B again</H2>\n\nText.\n`;
    const problems = checkPolicies([
      { locale: 'ru', file: 'ru.mdx', source: ru },
      { locale: 'en', file: 'en.mdx', source: en },
    ]);
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining('section id "b" is used twice'));
  });

  it('explains a quoted revision number rather than calling it missing', () => {
    const valid = { title: 'T', description: 'A description long enough for the schema.', lastUpdated: '2026-11-28' };
    expect(describeMetaProblems({ ...valid, revision: '2' }, 'en.mdx')).toEqual(['en.mdx: metadata.revision must be a whole number without quotes, e.g. 2']);
    expect(describeMetaProblems({ ...valid, revision: 1.5 }, 'en.mdx')).toEqual(['en.mdx: metadata.revision must be a whole number']);
    expect(describeMetaProblems(valid, 'en.mdx')).toEqual(['en.mdx: metadata.revision is missing']);
  });

  it('treats a section holding only a comment as empty', () => {
    const { sections } = outline('<H2 id="a">A</H2>\n\n{/* TODO: translate */}\n\n<H2 id="b">B</H2>\n\nText.\n');
    expect(sections[0]?.hasContent).toBe(false);
  });

  it('does not suggest copying the reference file from itself when it is missing', () => {
    const [problem] = checkPolicies([
      { locale: 'ru', file: 'ru.mdx', source: null },
      { locale: 'en', file: 'en.mdx', source: `${meta}<H2 id="a">A</H2>\n\nText.\n` },
    ]);
    expect(problem?.fix).toBe('Create ru.mdx, starting from a copy of en.mdx and translating it.');
  });
});

describe('alternates', () => {
  it('builds x-default for a page path written without a leading slash', () => {
    expect(alternatesFor('https://almajet.aero', 'en', 'privacy').languages['x-default']).toBe('https://almajet.aero/privacy');
  });
});
