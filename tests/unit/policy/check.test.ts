import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolicies, formatProblem, type PolicySource, type Problem } from '@/lib/policy/check';

const RU = 'content/policy/ru.mdx';
const EN = 'content/policy/en.mdx';

interface Meta {
  title: string;
  description: string;
  lastUpdated: string;
  revision: number;
}

const ruMeta: Meta = {
  title: 'Политика обработки персональных данных',
  description: 'Как ТОО «ALMA JET» обрабатывает персональные данные клиентов.',
  lastUpdated: '2026-11-28',
  revision: 1,
};

const enMeta: Meta = {
  title: 'Personal Data Processing Policy',
  description: 'How ALMA JET LLP processes the personal data of its clients.',
  lastUpdated: '2026-11-28',
  revision: 1,
};

function heading(level: 2 | 3 | 4, id: string, title: string): string {
  return `<H${level} id="${id}">${title}</H${level}>`;
}

/** A heading followed by one paragraph. */
function section(level: 2 | 3 | 4, id: string, title: string, text: string): string {
  return `${heading(level, id, title)}\n\n${text}`;
}

/** A whole policy file: the metadata block, the document title and the given blocks. */
function policy(meta: Meta, title: string, blocks: string[]): string {
  const metadata = [
    'export const metadata = {',
    `  title: '${meta.title}',`,
    `  description: '${meta.description}',`,
    `  lastUpdated: '${meta.lastUpdated}',`,
    `  revision: ${meta.revision},`,
    '};',
  ].join('\n');
  return `${[metadata, `# ${title}`, ...blocks].join('\n\n')}\n`;
}

const ruBlocks = {
  general: section(2, 'general', 'Общие условия', 'Настоящая Политика описывает, как мы обрабатываем данные.'),
  cookies: section(2, 'cookies', 'Файлы cookie', 'Мы используем файлы cookie, см. также [контакты](#contacts).'),
  cookiesWhat: section(3, 'cookies-what', 'Что такое cookie?', 'Cookie — это небольшой текстовый файл.'),
  contacts: section(2, 'contacts', 'Контакты', 'Пишите нам на info@almajet.aero.'),
};

const enBlocks = {
  general: section(2, 'general', 'General provisions', 'This Policy describes how we process data.'),
  cookies: section(2, 'cookies', 'Cookies', 'We use cookies, see also [contacts](#contacts).'),
  cookiesWhat: section(3, 'cookies-what', 'What is a cookie?', 'A cookie is a small text file.'),
  contacts: section(2, 'contacts', 'Contacts', 'Write to us at info@almajet.aero.'),
};

const ruSource = policy(ruMeta, 'ПОЛИТИКА ОБРАБОТКИ ПЕРСОНАЛЬНЫХ ДАННЫХ', [
  ruBlocks.general,
  ruBlocks.cookies,
  ruBlocks.cookiesWhat,
  ruBlocks.contacts,
]);

const enDefault = [enBlocks.general, enBlocks.cookies, enBlocks.cookiesWhat, enBlocks.contacts];

function english(blocks: string[] = enDefault, meta: Meta = enMeta): string {
  return policy(meta, 'PERSONAL DATA PROCESSING POLICY', blocks);
}

/** Runs the check on the Russian reference and an English file. */
function check(en: string | null, ru: string | null = ruSource): Problem[] {
  const docs: PolicySource[] = [
    { locale: 'ru', file: RU, source: ru },
    { locale: 'en', file: EN, source: en },
  ];
  return checkPolicies(docs);
}

/** The 1-based line of the first line of `source` that contains `text`. */
function lineOf(source: string, text: string): number {
  const index = source.split('\n').findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`"${text}" is not in the source`);
  return index + 1;
}

/** The only problem reported; fails the test with the full list otherwise. */
function onlyProblem(problems: Problem[]): Problem {
  expect(problems.map(formatProblem)).toHaveLength(1);
  return problems[0]!;
}

describe('checkPolicies: files that agree', () => {
  it('finds no problem when the English file mirrors the Russian one', () => {
    expect(check(english())).toEqual([]);
  });

  it('accepts a heading written over several lines', () => {
    const multiLine = `<H2 id="contacts">\n  Contacts\n</H2>\n\nWrite to us.`;
    expect(check(english([enBlocks.general, enBlocks.cookies, enBlocks.cookiesWhat, multiLine]))).toEqual([]);
  });

  it('checks a single file on its own', () => {
    expect(checkPolicies([{ locale: 'ru', file: RU, source: ruSource }])).toEqual([]);
  });
});

describe('checkPolicies: sections that differ between languages', () => {
  it('reports a section missing from the English file', () => {
    const en = english([enBlocks.general, enBlocks.cookies, enBlocks.contacts]);
    const problem = onlyProblem(check(en));
    expect(problem.file).toBe(EN);
    expect(problem.message).toContain('section "cookies-what" is missing');
    expect(problem.message).toContain(`in ${RU} it is "Что такое cookie?", line ${lineOf(ruSource, 'id="cookies-what"')}`);
    expect(problem.fix).toContain('Add <H3 id="cookies-what">…</H3>');
  });

  it('reports a section that exists only in the English file, with its line', () => {
    const extra = section(2, 'refunds', 'Refunds', 'Refunds are handled by the airline.');
    const en = english([...enDefault, extra]);
    const problem = onlyProblem(check(en));
    expect(problem.file).toBe(EN);
    expect(problem.line).toBe(lineOf(en, 'id="refunds"'));
    expect(problem.message).toBe(`section "refunds" ("Refunds") does not exist in ${RU}`);
    expect(problem.fix).toBe(`Add it to ${RU} as well, or remove it here.`);
  });

  it('reports a section renamed in English as missing, extra, and breaking the links to it', () => {
    const renamed = section(2, 'contact', 'Contacts', 'Write to us.');
    const en = english([enBlocks.general, enBlocks.cookies, enBlocks.cookiesWhat, renamed]);
    const problems = check(en);
    expect(problems.map((p) => p.file)).toEqual([EN, EN, EN]);
    expect(problems.map((p) => p.message)).toEqual([
      'the link to "#contacts" points to a section that does not exist in this file',
      expect.stringContaining('section "contacts" is missing'),
      `section "contact" ("Contacts") does not exist in ${RU}`,
    ]);
    expect(problems[0]?.line).toBe(lineOf(en, '(#contacts)'));
    expect(problems[2]?.line).toBe(lineOf(en, 'id="contact"'));
  });

  it('reports two swapped sections at the first one out of place', () => {
    const en = english([enBlocks.cookies, enBlocks.cookiesWhat, enBlocks.general, enBlocks.contacts]);
    const problem = onlyProblem(check(en));
    expect(problem.file).toBe(EN);
    expect(problem.line).toBe(lineOf(en, 'id="cookies"'));
    expect(problem.message).toContain(`different order or level than in ${RU}`);
    expect(problem.message).toContain(`here "cookies" (H2) comes where ${RU} has "general" (H2)`);
    expect(problem.fix).toBe(`Put the sections in the same order and at the same heading level as in ${RU}.`);
  });

  it('reports a section written at a different heading level', () => {
    const promoted = section(2, 'cookies-what', 'What is a cookie?', 'A cookie is a small text file.');
    const en = english([enBlocks.general, enBlocks.cookies, promoted, enBlocks.contacts]);
    const problem = onlyProblem(check(en));
    expect(problem.file).toBe(EN);
    expect(problem.line).toBe(lineOf(en, 'id="cookies-what"'));
    expect(problem.message).toContain(`here "cookies-what" (H2) comes where ${RU} has "cookies-what" (H3)`);
    expect(problem.fix).toContain('same heading level');
  });
});

describe('checkPolicies: mistakes inside one file', () => {
  it('reports an empty section with its line and what to write', () => {
    const en = english([heading(2, 'general', 'General provisions'), enBlocks.cookies, enBlocks.cookiesWhat, enBlocks.contacts]);
    const problem = onlyProblem(check(en));
    expect(problem.file).toBe(EN);
    expect(problem.line).toBe(lineOf(en, 'id="general"'));
    expect(problem.message).toBe('section "general" ("General provisions") is empty: no text follows its heading');
    expect(problem.fix).toContain('Write the section text under the heading');
  });

  it('reports an empty last section', () => {
    const en = english([enBlocks.general, enBlocks.cookies, enBlocks.cookiesWhat, heading(2, 'contacts', 'Contacts')]);
    const problem = onlyProblem(check(en));
    expect(problem.line).toBe(lineOf(en, 'id="contacts"'));
    expect(problem.message).toContain('section "contacts" ("Contacts") is empty');
  });

  it('reports a link to a section that does not exist, suggesting a real id', () => {
    const broken = section(2, 'contacts', 'Contacts', 'Write to us, or read about [cookies](#nope).');
    const en = english([enBlocks.general, enBlocks.cookies, enBlocks.cookiesWhat, broken]);
    const problem = onlyProblem(check(en));
    expect(problem.file).toBe(EN);
    expect(problem.line).toBe(lineOf(en, '(#nope)'));
    expect(problem.message).toBe('the link to "#nope" points to a section that does not exist in this file');
    expect(problem.fix).toBe('Use one of the section ids of this file, e.g. (#general).');
  });

  it('reports duplicate ids at the second heading', () => {
    const duplicate = section(2, 'general', 'Changes to this Policy', 'We may change this Policy.');
    const en = english([enBlocks.general, duplicate, enBlocks.cookies, enBlocks.cookiesWhat, enBlocks.contacts]);
    const problems = check(en);
    expect(problems.map((p) => p.file)).toEqual([EN, EN]);
    expect(problems[0]).toEqual({
      file: EN,
      line: lineOf(en, 'Changes to this Policy'),
      message: 'section id "general" is used twice (again at "Changes to this Policy")',
      fix: 'Give each heading its own id.',
    });
    expect(problems[1]?.message).toContain(`here "general" (H2) comes where ${RU} has "cookies" (H2)`);
  });

  it('reports duplicate ids in every file that has them', () => {
    const ru = policy(ruMeta, 'ПОЛИТИКА', [ruBlocks.general, section(2, 'general', 'Изменения', 'Мы можем изменить Политику.')]);
    const en = english([enBlocks.general, section(2, 'general', 'Changes', 'We may change this Policy.')]);
    const problems = check(en, ru);
    expect(problems.map((p) => [p.file, p.line, p.message])).toEqual([
      [RU, lineOf(ru, 'Изменения'), 'section id "general" is used twice (again at "Изменения")'],
      [EN, lineOf(en, 'Changes'), 'section id "general" is used twice (again at "Changes")'],
    ]);
  });

  it.each(['Cookies', 'cookies what', 'cookies--what', 'cookies_what', '-cookies'])(
    'reports the badly formed id "%s" and explains the allowed characters',
    (id) => {
      const bad = section(2, id, 'Cookies', 'We use cookies.');
      const ru = policy(ruMeta, 'ПОЛИТИКА', [ruBlocks.general, section(2, id, 'Файлы cookie', 'Мы используем cookie.')]);
      const en = english([enBlocks.general, bad]);
      const problems = check(en, ru);
      expect(problems.map((p) => p.file)).toEqual([RU, EN]);
      const problem = problems[1]!;
      expect(problem.line).toBe(lineOf(en, `id="${id}"`));
      expect(problem.message).toBe(
        `section id "${id}" ("Cookies") may use only lowercase latin letters, digits and single hyphens`,
      );
      expect(problem.fix).toContain('in every language at once');
    },
  );

  it('reports a markdown "## " heading, which has no fixed address', () => {
    const en = english([...enDefault, '## Changes to this Policy', 'We may change this Policy.']);
    const problem = onlyProblem(check(en));
    expect(problem.line).toBe(lineOf(en, '## Changes'));
    expect(problem.message).toContain('"Changes to this Policy" is written with # signs');
    expect(problem.fix).toContain('<H2 id="some-id">');
  });

  it('reports an <H2> written without an id', () => {
    const en = english([...enDefault, '<H2>Changes</H2>', 'We may change this Policy.']);
    const problem = onlyProblem(check(en));
    expect(problem.line).toBe(lineOf(en, '<H2>Changes'));
    expect(problem.message).toBe('the heading "Changes" has no id');
    expect(problem.fix).toContain('Add id="some-id"');
  });

  it('reports a mistake in the Russian reference against the Russian file', () => {
    const ru = policy(ruMeta, 'ПОЛИТИКА', [
      ruBlocks.general,
      ruBlocks.cookies,
      ruBlocks.cookiesWhat,
      section(2, 'contacts', 'Контакты', 'См. [раздел](#nope).'),
    ]);
    const problem = onlyProblem(check(english(), ru));
    expect(problem.file).toBe(RU);
    expect(problem.line).toBe(lineOf(ru, '(#nope)'));
  });
});

describe('checkPolicies: metadata', () => {
  it('reports different revision numbers in the English file', () => {
    const problem = onlyProblem(check(english(enDefault, { ...enMeta, revision: 2 })));
    expect(problem.file).toBe(EN);
    expect(problem.line).toBeUndefined();
    expect(problem.message).toBe(`metadata.revision is 2 here but 1 in ${RU}`);
    expect(problem.fix).toContain('same revision');
  });

  it('reports a date that does not exist, naming the field and the metadata block', () => {
    const problem = onlyProblem(check(english(enDefault, { ...enMeta, lastUpdated: '2026-13-40' })));
    expect(problem.file).toBe(EN);
    expect(problem.message).toBe('metadata.lastUpdated is not a real calendar date');
    expect(problem.fix).toContain('export const metadata = {…}');
  });

  it('reports a date written day first', () => {
    const problems = check(english(enDefault, { ...enMeta, lastUpdated: '28.11.2026' }));
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).toMatchObject({ file: EN, message: expect.stringMatching(/^metadata\.lastUpdated /) });
    expect(problems.map((p) => p.message)).toContain('metadata.lastUpdated must be a date written YYYY-MM-DD, e.g. "2026-11-28"');
  });

  it('reports a misspelt metadata field', () => {
    const en = english().replace('  revision: 1,', '  revison: 1,');
    const messages = check(en).map((p) => `${p.file}: ${p.message}`);
    expect(messages).toContain(`${EN}: metadata has unknown field(s) revison: allowed are title, description, lastUpdated, revision, edition`);
  });
});

describe('checkPolicies: files that cannot be read', () => {
  it('reports a missing English file and says which file to copy', () => {
    const problem = onlyProblem(check(null));
    expect(problem.file).toBe(EN);
    expect(problem.line).toBeUndefined();
    expect(problem.message).toBe('the en policy file does not exist');
    expect(problem.fix).toBe(`Create ${EN}, starting from a copy of ${RU} and translating it.`);
  });

  it('reports broken MDX with the line of the unclosed tag', () => {
    const en = english([enBlocks.general, '<H2 id="cookies">Cookies', 'We use cookies.', enBlocks.cookiesWhat, enBlocks.contacts]);
    const problem = onlyProblem(check(en));
    expect(problem.file).toBe(EN);
    expect(problem.line).toBe(lineOf(en, '<H2 id="cookies">'));
    expect(problem.message).toMatch(/^the file cannot be read as MDX: .*closing tag/);
    expect(problem.fix).toContain('unclosed tag');
  });

  it('reports a stray { and explains how to escape it', () => {
    const stray = section(2, 'contacts', 'Contacts', 'Office hours {weekdays only.');
    const en = english([enBlocks.general, enBlocks.cookies, enBlocks.cookiesWhat, stray]);
    const problem = onlyProblem(check(en));
    expect(problem.file).toBe(EN);
    expect(problem.line).toBe(lineOf(en, '{weekdays'));
    expect(problem.fix).toContain('\\{');
  });

  it('still checks the English file when the Russian reference is broken', () => {
    const ru = policy(ruMeta, 'ПОЛИТИКА', ['<H2 id="general">Общие условия']);
    const en = english([enBlocks.general, heading(2, 'cookies', 'Cookies')]);
    const problems = check(en, ru);
    expect(problems.map((p) => p.file)).toEqual([RU, EN]);
    expect(problems[1]?.message).toContain('section "cookies" ("Cookies") is empty');
  });
});

describe('formatProblem', () => {
  it('shows the file, the line, the message and what to do', () => {
    const text = formatProblem({ file: EN, line: 12, message: 'section "cookies" is empty', fix: 'Write the text.' });
    expect(text).toBe(`✗ ${EN}, line 12: section "cookies" is empty.\n  What to do: Write the text.`);
  });

  it('leaves out the line when the problem is about the whole file', () => {
    const text = formatProblem({ file: EN, message: 'the en policy file does not exist', fix: 'Create it.' });
    expect(text).toBe(`✗ ${EN}: the en policy file does not exist.\n  What to do: Create it.`);
  });

  it('formats every problem of a real check with its file and hint', () => {
    const en = english([heading(2, 'general', 'General'), enBlocks.cookies, enBlocks.cookiesWhat, enBlocks.contacts]);
    expect(check(en).map(formatProblem)).toEqual([
      `✗ ${EN}, line ${lineOf(en, 'id="general"')}: section "general" ("General") is empty: no text follows its heading.\n` +
        '  What to do: Write the section text under the heading, or remove the heading in every language.',
    ]);
  });
});

describe('the real policy files', () => {
  const root = path.resolve(import.meta.dirname, '../../..');
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

  it('content/policy/ru.mdx and content/policy/en.mdx pass with zero problems', () => {
    const problems = checkPolicies([
      { locale: 'ru', file: RU, source: read(RU) },
      { locale: 'en', file: EN, source: read(EN) },
    ]);
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
