import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readArchiveIndex, readEditionRecord, recomputeHash } from '@/lib/policy/archive';
import { checkArchive } from '@/lib/policy/archive-check';
import { releasePolicy, setReleaseMetadata } from '@/lib/policy/release';
import { contentCopy, SUMMARY } from '../../fixtures/content-copy';

let copy: ReturnType<typeof contentCopy>;
beforeEach(() => {
  copy = contentCopy();
});
afterEach(() => copy.cleanup());

const fixTypo = () => copy.edit('content/policy/en.mdx', (t) => t.replace('General provisions', 'General Provisions'));

describe('npm run policy:release', () => {
  it('releases an editorial fix as the next edition of the same revision, dated today, and updates the metadata', () => {
    fixTypo();
    const { edition, files } = releasePolicy(copy.root, { kind: 'editorial', summary: SUMMARY, now: new Date('2026-12-05T10:00:00Z') });
    expect(edition).toEqual({ id: 'r1-e4', revision: 1, edition: 4, date: '2026-12-05', kind: 'editorial' });
    expect(files).toContain('content/policy/archive/r1-e4/en.mdx');
    const live = readFileSync(path.join(copy.root, 'content/policy/en.mdx'), 'utf8');
    expect(live).toContain("lastUpdated: '2026-12-05',");
    expect(live).toMatch(/revision: 1,\n\s+edition: 4,/);
    expect(readFileSync(path.join(copy.root, 'content/policy/archive/r1-e4/en.mdx'), 'utf8')).toBe(live);
    expect(readArchiveIndex(copy.root).map((e) => e.id)).toEqual(['r1-e1', 'r1-e2', 'r1-e3', 'r1-e4']);
    expect(readEditionRecord(copy.root, 'r1-e4').summary.en).toBe('A typo is fixed.');
    expect(recomputeHash(copy.root, 'r1-e4', 'en')).toBe(readEditionRecord(copy.root, 'r1-e4').hashes.en);
    expect(checkArchive(copy.root)).toEqual([]);
  });

  it('releases a material change as the next revision, edition 1, and the numbering goes on from there', () => {
    fixTypo();
    expect(releasePolicy(copy.root, { kind: 'material', summary: SUMMARY, now: new Date('2026-12-05T10:00:00Z') }).edition).toEqual({ id: 'r2-e1', revision: 2, edition: 1, date: '2026-12-05', kind: 'material' });
    expect(readFileSync(path.join(copy.root, 'content/policy/kk.mdx'), 'utf8')).toMatch(/revision: 2,\n\s+edition: 1,/);
    copy.edit('content/policy/en.mdx', (t) => t.replace('Scope of the Policy', 'Scope of this Policy'));
    expect(releasePolicy(copy.root, { kind: 'editorial', summary: SUMMARY, now: new Date('2026-12-06T08:00:00Z') }).edition.id).toBe('r2-e2');
    expect(checkArchive(copy.root)).toEqual([]);
  });

  it('refuses when nothing changed, when a summary is empty, or when the metadata numbers were changed by hand', () => {
    expect(() => releasePolicy(copy.root, { kind: 'editorial', summary: SUMMARY })).toThrow('nothing changed since r1-e3');
    fixTypo();
    expect(() => releasePolicy(copy.root, { kind: 'editorial', summary: { ...SUMMARY, kk: ' ' } })).toThrow('the kk summary is empty');
    copy.edit('content/policy/ru.mdx', (t) => t.replace('edition: 3,', 'edition: 4,'));
    expect(() => releasePolicy(copy.root, { kind: 'editorial', summary: SUMMARY })).toThrow(/the last release is r1-e3/);
    expect(readArchiveIndex(copy.root)).toHaveLength(3);
  });

  it('adds an edition line to metadata that has none', () => {
    const source = "export const metadata = {\n  title: 'T',\n  lastUpdated: '2026-11-28',\n  revision: 1,\n};\n\nText";
    expect(setReleaseMetadata(source, { lastUpdated: '2026-12-01', revision: 2, edition: 1 })).toBe("export const metadata = {\n  title: 'T',\n  lastUpdated: '2026-12-01',\n  revision: 2,\n  edition: 1,\n};\n\nText");
  });
});

describe('npm run policy:release and the glossary', () => {
  it('refuses to release a text that uses a rendering the glossary calls wrong, since a release is a record for good', () => {
    copy.edit('content/policy/kk.mdx', (t) => t.replace('және (немесе) біздің өкілдерімізбен', 'және/немесе біздің өкілдерімізбен'));
    expect(() => releasePolicy(copy.root, { kind: 'editorial', summary: SUMMARY })).toThrow('content/policy/kk.mdx, line 70: «және/немесе» is a wrong rendering of the glossary term "and-or"');
    expect(readArchiveIndex(copy.root)).toHaveLength(3);
  });
});
