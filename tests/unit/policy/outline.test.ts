import { describe, expect, it } from 'vitest';
import { outline, OutlineError } from '@/lib/policy/outline';

/** Joins lines so that line numbers in a test can be read off the array index (+1). */
function mdx(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

function outlineError(source: string): OutlineError {
  try {
    outline(source);
  } catch (error) {
    if (error instanceof OutlineError) return error;
    throw error;
  }
  throw new Error('expected outline() to throw an OutlineError');
}

describe('outline: metadata', () => {
  it('reads the object literal of `export const metadata = {…}`', () => {
    const result = outline(
      mdx(
        'export const metadata = {',
        "  title: 'Политика',",
        '  description:',
        '    "A description on its own line",',
        "  lastUpdated: '2026-11-28',",
        '  revision: 2,',
        '};',
        '',
        '# Title',
      ),
    );
    expect(result.metadata).toEqual({
      title: 'Политика',
      description: 'A description on its own line',
      lastUpdated: '2026-11-28',
      revision: 2,
    });
  });

  it('reads quoted keys, template strings, negative numbers, booleans and arrays', () => {
    const result = outline(mdx("export const metadata = { 'title': `Policy`, revision: -1, draft: true, tags: ['a', 2] };"));
    expect(result.metadata).toEqual({ title: 'Policy', revision: -1, draft: true, tags: ['a', 2] });
  });

  it('keeps a string revision as a string so the schema can report it', () => {
    const result = outline(mdx("export const metadata = { revision: '2' };"));
    expect(result.metadata).toEqual({ revision: '2' });
  });

  it('finds the metadata after an import', () => {
    const result = outline(mdx("import { Note } from './note';", '', "export const metadata = { title: 'T' };"));
    expect(result.metadata).toEqual({ title: 'T' });
  });

  it('leaves metadata undefined when the file does not export it', () => {
    expect(outline(mdx('# Title', '', 'Text.')).metadata).toBeUndefined();
    expect(outline(mdx("export const other = { title: 'T' };")).metadata).toBeUndefined();
  });
});

describe('outline: sections', () => {
  it('reads a heading written on one line', () => {
    const { sections } = outline(mdx('# Policy', '', '<H2 id="general">General provisions</H2>', '', 'Text.'));
    expect(sections).toEqual([{ id: 'general', level: 2, title: 'General provisions', line: 3, hasContent: true }]);
  });

  it('reads a heading written over several lines', () => {
    const { sections } = outline(mdx('<H2 id="general">', '  General provisions', '</H2>', '', 'Text.'));
    expect(sections).toEqual([{ id: 'general', level: 2, title: 'General provisions', line: 1, hasContent: true }]);
  });

  it('reads the text of a heading that contains formatting', () => {
    const { sections } = outline(mdx('<H2 id="cookies">Cookie **policy**</H2>', '', 'Text.'));
    expect(sections[0]?.title).toBe('Cookie policy');
  });

  it('reads H2, H3 and H4 levels in document order with their lines', () => {
    const { sections } = outline(
      mdx(
        '<H2 id="cookies">Cookies</H2>',
        '',
        '<H3 id="cookies-which">Which cookies</H3>',
        '',
        '<H4 id="cookies-technical">Technical</H4>',
        '',
        'Text.',
      ),
    );
    expect(sections.map(({ id, level, line }) => ({ id, level, line }))).toEqual([
      { id: 'cookies', level: 2, line: 1 },
      { id: 'cookies-which', level: 3, line: 3 },
      { id: 'cookies-technical', level: 4, line: 5 },
    ]);
  });

  it('ignores other JSX elements', () => {
    const { sections } = outline(mdx('<H5 id="deep">Too deep</H5>', '', '<Note id="n">Remember</Note>', '', 'Text.'));
    expect(sections).toEqual([]);
  });
});

describe('outline: empty sections', () => {
  it('marks a section followed directly by the next heading as empty', () => {
    const { sections } = outline(mdx('<H2 id="a">A</H2>', '', '<H2 id="b">B</H2>', '', 'Text.'));
    expect(sections.map((s) => [s.id, s.hasContent])).toEqual([
      ['a', false],
      ['b', true],
    ]);
  });

  it('marks the last section empty when the file ends after its heading', () => {
    const { sections } = outline(mdx('<H2 id="a">A</H2>', '', 'Text.', '', '<H2 id="b">B</H2>'));
    expect(sections.find((s) => s.id === 'b')?.hasContent).toBe(false);
  });

  it('counts the text of a subsection as content of its parent', () => {
    const { sections } = outline(mdx('<H2 id="a">A</H2>', '', '<H3 id="a-1">A.1</H3>', '', 'Text.'));
    expect(sections.map((s) => [s.id, s.hasContent])).toEqual([
      ['a', true],
      ['a-1', true],
    ]);
  });

  it('does not give a parent the text written after its next sibling', () => {
    const { sections } = outline(mdx('<H3 id="a">A</H3>', '', '<H2 id="b">B</H2>', '', 'Text.'));
    expect(sections.find((s) => s.id === 'a')?.hasContent).toBe(false);
  });

  it('counts lists as content', () => {
    const { sections } = outline(mdx('<H2 id="a">A</H2>', '', '- one', '- two'));
    expect(sections[0]?.hasContent).toBe(true);
  });
});

describe('outline: headings editors write the wrong way', () => {
  it('reports a markdown "## " heading as untagged, with its line', () => {
    const result = outline(mdx('# Policy', '', '## Cookies', '', 'Text.'));
    expect(result.untaggedHeadings).toEqual([{ title: 'Cookies', line: 3 }]);
    expect(result.sections).toEqual([]);
  });

  it('does not report the "# " document title as untagged', () => {
    expect(outline(mdx('# Policy', '', 'Text.')).untaggedHeadings).toEqual([]);
  });

  it('reports an <H2> without id, with its title and line', () => {
    const result = outline(mdx('Intro.', '', '<H2>Contacts</H2>', '', 'Text.'));
    expect(result.headingsWithoutId).toEqual([{ title: 'Contacts', line: 3 }]);
    expect(result.sections).toEqual([]);
  });

  it('reports an <H3> whose id is an expression instead of a string', () => {
    const result = outline(mdx('<H3 id={name}>Contacts</H3>', '', 'Text.'));
    expect(result.headingsWithoutId).toEqual([{ title: 'Contacts', line: 1 }]);
  });
});

describe('outline: in-page links', () => {
  it('collects #anchor links with their line numbers', () => {
    const result = outline(
      mdx('<H2 id="a">A</H2>', '', 'See [cookies](#cookies).', '', '- item with [contacts](#contacts)', '  and [again](#cookies)'),
    );
    expect(result.anchors).toEqual([
      { href: '#cookies', line: 3 },
      { href: '#contacts', line: 5 },
      { href: '#cookies', line: 6 },
    ]);
  });

  it('ignores links to other pages and sites', () => {
    const result = outline(mdx('[site](https://almajet.aero) [page](/ru/privacy#cookies) [mail](mailto:a@b.c)'));
    expect(result.anchors).toEqual([]);
  });
});

describe('outline: broken MDX', () => {
  it('throws OutlineError with the line of an unclosed <H2 id="a">', () => {
    const error = outlineError(mdx('Intro.', '', '<H2 id="a">General', '', 'Text.'));
    expect(error).toBeInstanceOf(Error);
    expect(error.line).toBe(3);
    expect(error.message).toContain('closing tag');
    expect(error.message).toContain('H2');
  });

  it('throws OutlineError with a line for a heading left open until the end of the file', () => {
    const error = outlineError(mdx('<H2 id="a">A</H2>', '', 'Text.', '', '<H2 id="b">B'));
    expect(error.line).toBe(5);
  });

  it('throws OutlineError for a stray { in the text', () => {
    const error = outlineError(mdx('Prices {from 100', '', 'Text.'));
    expect(error.line).toBe(1);
    expect(error.message).toContain('{');
  });
});
