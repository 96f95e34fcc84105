import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/policy/check';
import { contentProblems } from '@/lib/policy/content-problems';
import { contentCopy } from '../../fixtures/content-copy';

let copy: ReturnType<typeof contentCopy>;
beforeEach(() => {
  copy = contentCopy();
});
afterEach(() => copy.cleanup());

/** What `npm run content:check` prints for the copy, problem by problem. */
const report = () => contentProblems(copy.root).problems.map(formatProblem);
const glossaryReport = () => report().filter((p) => p.includes('glossary'));

/** Puts back one line of a live policy file as edition 2 published it (line numbers are the same in both). */
function reintroduce(locale: string, line: number): void {
  const archived = readFileSync(path.join(copy.root, `content/policy/archive/r1-e2/${locale}.mdx`), 'utf8').split('\n')[line - 1]!;
  copy.edit(`content/policy/${locale}.mdx`, (text) => text.split('\n').map((row, i) => (i === line - 1 ? archived : row)).join('\n'));
}

function editMessage(locale: string, change: (messages: Record<string, Record<string, unknown>>) => void): void {
  const file = path.join(copy.root, `messages/${locale}.json`);
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;
  change(messages);
  writeFileSync(file, `${JSON.stringify(messages, null, 2)}\n`);
}

describe('content:check terminology (the glossary)', () => {
  it('passes on the real texts, though archived editions keep the wrong renderings they were published with', () => {
    expect(report()).toEqual([]);
    expect(readFileSync(path.join(copy.root, 'content/policy/archive/r1-e2/kk.mdx'), 'utf8')).toContain('Дербес деректердің меншік иесі');
  });

  it('fails on K1: the Kazakh controller made the owner of the person’s data, naming file, line and term', () => {
    reintroduce('kk', 22);
    reintroduce('kk', 24);
    const problems = glossaryReport();
    expect(problems).toContainEqual(expect.stringContaining('✗ content/policy/kk.mdx, line 22: «Дербес деректердің меншік иесі» is a wrong rendering of the glossary term "controller"'));
    expect(problems).toContainEqual(expect.stringContaining('✗ content/policy/kk.mdx, line 24: «дербес деректеріңіздің меншік иесі» is a wrong rendering of the glossary term "controller"'));
    expect(problems.join('\n')).toContain('What to do: Write «дербес деректерді қамтитын базаның меншік иесі және (немесе) оператор…»');
  });

  it('fails on K1 in the home page’s interface texts too, at the key’s line', () => {
    editMessage('kk', (m) => {
      m.Home!.controllerHeading = 'Дербес деректердің меншік иесі және (немесе) операторы';
    });
    const line = readFileSync(path.join(copy.root, 'messages/kk.json'), 'utf8').split('\n').findIndex((row) => row.includes('"controllerHeading"')) + 1;
    expect(glossaryReport()).toContainEqual(expect.stringContaining(`✗ messages/kk.json, line ${line}: «Дербес деректердің меншік иесі» is a wrong rendering of the glossary term "controller"`));
  });

  it('fails on E1: customs and immigration "requirements" for «интересов», naming file, line and term', () => {
    reintroduce('en', 113);
    expect(glossaryReport()).toEqual([expect.stringContaining('✗ content/policy/en.mdx, line 113: "customs and immigration requirements" is a wrong rendering of the glossary term "customs-immigration-interests"')]);
  });

  it('fails on E2: "remember each visitor’s preferences" for «с целью персонализации», naming file, line and term', () => {
    reintroduce('en', 155);
    const [problem, ...others] = glossaryReport();
    expect(others).toEqual([]);
    expect(problem).toContain('✗ content/policy/en.mdx, line 155: "remember each visitor\'s preferences" is a wrong rendering of the glossary term "personalisation"');
    expect(problem).toContain('What to do: Write "personalise the Website according to visitors\' preferences" instead');
  });

  it('fails on an American spelling in an interface text, saying what to write', () => {
    editMessage('en', (m) => {
      (m.Consent as Record<string, string>).customize = 'Customize';
    });
    const line = readFileSync(path.join(copy.root, 'messages/en.json'), 'utf8').split('\n').findIndex((row) => row.includes('"customize"')) + 1;
    expect(glossaryReport()).toEqual([`✗ messages/en.json, line ${line}: "Customize" is not British spelling, which this site uses throughout (content/glossary.json, "spelling").\n  What to do: Write "Customise".`]);
  });

  it('fails when a section whose Russian uses a term has none of its renderings in English or Kazakh', () => {
    copy.edit('content/policy/en.mdx', (t) => t.replace('without your knowledge and consent', 'without your knowledge and approval'));
    copy.edit('content/policy/kk.mdx', (t) => t.replace('хабарыңызсыз және келісіміңізсіз', 'хабарыңызсыз'));
    const problems = glossaryReport();
    expect(problems).toContainEqual(expect.stringContaining('✗ content/policy/en.mdx, line 206: section "minors" ("Minors") has no rendering of the glossary term "consent": the Russian uses «согласия» here (content/policy/ru.mdx, line 210)'));
    expect(problems).toContainEqual(expect.stringContaining('✗ content/policy/kk.mdx, line 206: section "minors" ("Кәмелетке толмағандар") has no rendering of the glossary term "consent"'));
    expect(problems.join('\n')).toContain('add it to the term\'s "kk" list (docs/editing-policy.md, section 9)');
  });

  it('does not count a section id or a link address as the term', () => {
    copy.edit('content/policy/en.mdx', (t) => t.replace('<H4 id="cookies-technical">1. Technical</H4>', '<H4 id="cookies-technical">1. Essential</H4>'));
    expect(glossaryReport()).toContainEqual(expect.stringContaining('content/policy/en.mdx, line 161: section "cookies-technical" ("1. Essential") has no rendering of the glossary term "cookie-technical"'));
  });

  it('takes a term an editor adds to the glossary into account at once', () => {
    copy.edit('content/glossary.json', (t) => {
      const glossary = JSON.parse(t) as { terms: unknown[] };
      glossary.terms.push({ term: 'newsletter', ru: ['информационн* рассылк*'], en: ['newsletter*'], kk: ['ақпараттық таратылым*'], wrong: { en: [{ text: 'mailing list*', why: 'the Russian means a newsletter' }] } });
      return JSON.stringify(glossary, null, 2);
    });
    expect(report()).toEqual([]);
    copy.edit('content/policy/en.mdx', (t) => t.replace('subscribe to our newsletters', 'subscribe to our mailing lists'));
    expect(glossaryReport()).toContainEqual(expect.stringContaining('✗ content/policy/en.mdx, line 65: "mailing lists" is a wrong rendering of the glossary term "newsletter"'));
  });

  it('explains a glossary entry written wrongly, naming the term', () => {
    copy.edit('content/glossary.json', (t) => t.replace('"kk": ["оператор*"]', '"kk": []'));
    expect(report()).toContainEqual('✗ content/glossary.json: the term "operator", field kk must list at least one rendering.\n  What to do: Write it as the other terms are written (docs/editing-policy.md, section 9).');
  });
});
