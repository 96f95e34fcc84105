import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkArchive } from '@/lib/policy/archive-check';
import { formatProblem } from '@/lib/policy/check';
import { contentCopy } from '../../fixtures/content-copy';

let copy: ReturnType<typeof contentCopy>;
beforeEach(() => {
  copy = contentCopy();
});
afterEach(() => copy.cleanup());

const messages = () => checkArchive(copy.root).map(formatProblem).join('\n');

describe('content:check archive rules', () => {
  it('passes on the real archive', () => {
    expect(checkArchive(copy.root)).toEqual([]);
  });

  it('fails, naming the file and the release command, when a released text is edited in place', () => {
    copy.edit('content/policy/en.mdx', (t) => t.replace('sex', 'gender'));
    const text = messages();
    expect(text).toContain('✗ content/policy/en.mdx: the text differs from the released r1-e3 (content/policy/archive/r1-e3/en.mdx)');
    expect(text).toContain('npm run policy:release -- --editorial');
  });

  it('fails when a banner text changes without a release', () => {
    copy.edit('messages/ru.json', (t) => t.replace('"Принять все"', '"Принять всё"'));
    expect(messages()).toContain('✗ messages/ru.json: the banner and dialog texts ("Consent") differ from the ones released with r1-e3');
  });

  it('fails when an archived file is missing', () => {
    rmSync(path.join(copy.root, 'content/policy/archive/r1-e1/kk.mdx'));
    expect(messages()).toContain('✗ content/policy/archive/r1-e1/kk.mdx: the archive of r1-e1 is missing: the file does not exist');
  });

  it('fails when an archived text is changed after its release', () => {
    copy.edit('content/policy/archive/r1-e1/en.mdx', (t) => t.replace('including (where necessary)', '(where necessary)'));
    expect(messages()).toContain('✗ content/policy/archive/r1-e1/en.mdx: the archived text of r1-e1 was changed after its release');
  });

  it('fails when the numbering has a gap', () => {
    const file = path.join(copy.root, 'content/policy/archive/index.json');
    const index = JSON.parse(readFileSync(file, 'utf8')) as { id: string; edition: number }[];
    index[1] = { ...index[1]!, id: 'r1-e3', edition: 3 };
    writeFileSync(file, JSON.stringify(index));
    expect(messages()).toContain('✗ content/policy/archive/index.json: numbering has a gap: r1-e1 is followed by r1-e3');
  });

  it('fails when an editor bumps the revision by hand instead of releasing', () => {
    for (const locale of ['ru', 'en', 'kk']) copy.edit(`content/policy/${locale}.mdx`, (t) => t.replace('revision: 1,', 'revision: 2,'));
    expect(messages()).toContain('✗ content/policy/ru.mdx: the metadata says revision 2, edition 3, but the last release in content/policy/archive/index.json is r1-e3');
  });

  it('fails when there is no archive at all', () => {
    rmSync(path.join(copy.root, 'content/policy/archive'), { recursive: true });
    expect(messages()).toContain('no published text is archived yet.\n  What to do: Run `npm run policy:release -- --material`');
  });
});
