import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { CookieRow } from '../cookies/table-rows';
import { routing, type Locale } from '../i18n/routing';
import type { Edition } from './edition-id';
import { shownTextsHash, type ShownTexts } from './shown-texts';

/** Where the archive lives, relative to the project root. */
export const ARCHIVE_DIR = 'content/policy/archive';
export const ARCHIVE_INDEX = `${ARCHIVE_DIR}/index.json`;

const perLocale = <T extends z.ZodType>(value: T) => z.strictObject(Object.fromEntries(routing.locales.map((l) => [l, value])) as Record<Locale, T>);

const editionSchema = z.strictObject({
  id: z.string().regex(/^r[1-9]\d*-e[1-9]\d*$/, 'must be written r<revision>-e<edition>, e.g. "r1-e2"'),
  revision: z.number().int().positive(),
  edition: z.number().int().positive(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  kind: z.enum(['material', 'editorial']),
});

/** The archive index: every edition, oldest first. */
export const archiveIndexSchema = z.array(editionSchema);

const rowSchema = z.strictObject({ name: z.string(), note: z.string().nullable(), provider: z.string(), category: z.string(), purpose: z.string(), lifetime: z.string() });

/** What each edition's folder records besides its MDX files (`record.json`). */
export const editionRecordSchema = z.strictObject({
  summary: perLocale(z.string().trim().min(1, 'must not be empty')),
  hashes: perLocale(z.string().regex(/^[0-9a-f]{64}$/)),
  cookieTable: perLocale(z.array(rowSchema)),
  consentTexts: perLocale(z.unknown()),
  /** Receipts written before editions existed hashed only the banner texts; see docs/consent-log.md. */
  legacyConsentHashes: perLocale(z.string().regex(/^[0-9a-f]{64}$/)).optional(),
});

export type EditionRecord = z.infer<typeof editionRecordSchema> & { cookieTable: Record<Locale, CookieRow[]> };

/** An archive that cannot be read; the message names the file. */
export class ArchiveError extends Error {}

/** Path (relative to the root) of an archived policy file. */
export function archivedPolicyFile(id: string, locale: Locale): string {
  return `${ARCHIVE_DIR}/${id}/${locale}.mdx`;
}

/** Path (relative to the root) of an edition's record. */
export function editionRecordFile(id: string): string {
  return `${ARCHIVE_DIR}/${id}/record.json`;
}

function readJson(root: string, file: string): unknown {
  const full = path.join(root, file);
  if (!existsSync(full)) throw new ArchiveError(`${file} does not exist`);
  try {
    return JSON.parse(readFileSync(full, 'utf8')) as unknown;
  } catch (error) {
    throw new ArchiveError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  throw new ArchiveError(`${file}: ${first ? `${first.path.join('.') || 'the file'} ${first.message}` : 'invalid'}`);
}

/** The archive index under `root`; an absent index is an empty archive. */
export function readArchiveIndex(root: string): Edition[] {
  if (!existsSync(path.join(root, ARCHIVE_INDEX))) return [];
  return parseWith(archiveIndexSchema, readJson(root, ARCHIVE_INDEX), ARCHIVE_INDEX);
}

/** The record of one edition. */
export function readEditionRecord(root: string, id: string): EditionRecord {
  return parseWith(editionRecordSchema, readJson(root, editionRecordFile(id)), editionRecordFile(id)) as EditionRecord;
}

/** The archived MDX source of one edition in one language. */
export function readArchivedPolicy(root: string, id: string, locale: Locale): string {
  const file = archivedPolicyFile(id, locale);
  const full = path.join(root, file);
  if (!existsSync(full)) throw new ArchiveError(`${file} does not exist`);
  return readFileSync(full, 'utf8');
}

/** What visitors of one edition were shown in `locale`, from the archive. */
export function archivedShownTexts(root: string, id: string, locale: Locale, record: EditionRecord = readEditionRecord(root, id)): ShownTexts {
  return { policy: readArchivedPolicy(root, id, locale), cookieTable: record.cookieTable[locale], consent: record.consentTexts[locale] };
}

/** Which archived text a receipt's hash identifies. */
export type HashMatch =
  | { kind: 'edition'; edition: Edition; locale: Locale }
  | { kind: 'legacy'; edition: Edition; locale: Locale }
  | { kind: 'none' };

/** Looks a receipt's texts hash up in the archive: an edition's hash, or a pre-archive (banner-only) hash. */
export function findByHash(root: string, hash: string): HashMatch {
  const editions = readArchiveIndex(root);
  for (const edition of editions) {
    const record = readEditionRecord(root, edition.id);
    for (const locale of routing.locales) {
      if (record.hashes[locale] === hash) return { kind: 'edition', edition, locale };
    }
    for (const locale of routing.locales) {
      if (record.legacyConsentHashes?.[locale] === hash) return { kind: 'legacy', edition, locale };
    }
  }
  return { kind: 'none' };
}

/** Recomputes an edition's hash from its archived files (the content check compares it with the record). */
export function recomputeHash(root: string, id: string, locale: Locale, record?: EditionRecord): string {
  return shownTextsHash(archivedShownTexts(root, id, locale, record));
}
