import { describe, expect, it } from 'vitest';
import { findByHash, readEditionRecord } from '@/lib/policy/archive';
import { liveShownTexts, shownTextsHash } from '@/lib/policy/shown-texts';
import { createArchiveLookup } from '@/lib/receipts/archived-text';
import { sha256Json } from '@/lib/receipts/hashing';

const root = process.cwd();
const lookup = createArchiveLookup(root, 'https://almajet.aero');

describe('which archived text a receipt’s hash identifies', () => {
  it('hashes the live texts of each language to the latest edition’s recorded hash', () => {
    const record = readEditionRecord(root, 'r1-e3');
    for (const locale of ['ru', 'en', 'kk'] as const) expect(shownTextsHash(liveShownTexts(root, locale))).toBe(record.hashes[locale]);
  });

  it('finds an edition and language by hash, and the path and URL of that text', () => {
    const hash = readEditionRecord(root, 'r1-e1').hashes.en;
    expect(findByHash(root, hash)).toMatchObject({ kind: 'edition', edition: { id: 'r1-e1' }, locale: 'en' });
    expect(lookup({ textsHash: hash, at: '2026-11-28T10:00:00.000Z' })).toEqual({ status: 'archived', id: 'r1-e1', revision: 1, edition: 1, locale: 'en', path: 'content/policy/archive/r1-e1/en.mdx', url: 'https://almajet.aero/en/privacy/history/r1-e1' });
  });

  it('maps an early receipt (banner texts only) to edition 1 only while edition 1 was the only text', () => {
    const consent = readEditionRecord(root, 'r1-e1').consentTexts.ru;
    const early = sha256Json(consent);
    expect(lookup({ textsHash: early, at: '2026-11-29T18:00:00.000Z' })).toMatchObject({ status: 'legacy', id: 'r1-e1', locale: 'ru', note: expect.stringContaining('banner texts only') });
    expect(lookup({ textsHash: early, at: '2026-12-01T18:00:00.000Z' })).toMatchObject({ status: 'not archived', note: expect.stringContaining('cannot be proven') });
  });

  it('reports a hash that matches no archived text as such', () => {
    expect(lookup({ textsHash: 'f'.repeat(64), at: '2026-12-01T00:00:00.000Z' })).toEqual({ status: 'not archived', note: expect.stringContaining('matches no archived text') });
  });
});
