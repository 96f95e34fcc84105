import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cookieTableRows } from '../cookies/table-rows';
import { routing, type Locale } from '../i18n/routing';
import { sha256Json } from '../receipts/hashing';
import { ARCHIVE_INDEX, archivedPolicyFile, editionRecordFile, readArchiveIndex, readEditionRecord, recomputeHash, type EditionRecord } from './archive';
import { formatProblem } from './check';
import { textProblems } from './content-problems';
import { editionId, type Edition, type EditionKind } from './edition-id';
import { outline } from './outline';
import { liveShownTexts, livePolicyPath, readLiveMessages, shownTextsHash } from './shown-texts';
import { policyMetaSchema } from './schema';

export interface ReleaseOptions {
  kind: EditionKind;
  summary: Record<Locale, string>;
  now?: Date;
}

/** A release the command refuses; the message says why and what to do. */
export class ReleaseError extends Error {}

/** Rewrites `lastUpdated`, `revision` and `edition` in the `export const metadata = {…}` block. */
export function setReleaseMetadata(source: string, values: { lastUpdated: string; revision: number; edition: number }): string {
  const start = source.indexOf('export const metadata');
  const end = source.indexOf('};', start);
  if (start < 0 || end < 0) throw new ReleaseError('the file has no `export const metadata = {…};` block');
  let block = source.slice(start, end);
  const set = (key: string, value: string) => {
    const line = new RegExp(`^(\\s*)${key}:[^\\n]*$`, 'm');
    if (line.test(block)) block = block.replace(line, `$1${key}: ${value},`);
    else block = block.replace(/^(\s*)revision:[^\n]*$/m, (all: string, indent: string) => `${all}\n${indent}${key}: ${value},`);
  };
  set('lastUpdated', `'${values.lastUpdated}'`);
  set('revision', String(values.revision));
  set('edition', String(values.edition));
  return source.slice(0, start) + block + source.slice(end);
}

function liveMeta(root: string) {
  // A released text is a record for good: one with a broken structure or a wrong term is refused.
  const { problems } = textProblems(root);
  if (problems.length > 0) throw new ReleaseError(`the policy files have problems; fix them first:\n${problems.map(formatProblem).join('\n')}`);
  const source = readFileSync(livePolicyPath(root, routing.defaultLocale), 'utf8');
  return policyMetaSchema.parse(outline(source).metadata);
}

function nextEdition(root: string, index: Edition[], options: ReleaseOptions, today: string): Edition {
  const meta = liveMeta(root);
  const last = index[index.length - 1];
  // The first record is the text already published: its numbers and date come from the metadata.
  if (!last) return { id: editionId(meta.revision, meta.edition ?? 1), revision: meta.revision, edition: meta.edition ?? 1, date: meta.lastUpdated, kind: 'material' };
  if (meta.revision !== last.revision || (meta.edition ?? 1) !== last.edition) {
    throw new ReleaseError(`the metadata says revision ${meta.revision}, edition ${meta.edition ?? 1}, but the last release is ${last.id}: put the numbers back; the release command sets them`);
  }
  const record = readEditionRecord(root, last.id);
  const unchanged = routing.locales.every((locale) => shownTextsHash(liveShownTexts(root, locale)) === record.hashes[locale]);
  if (unchanged) throw new ReleaseError(`nothing changed since ${last.id} (${last.date}): edit the texts first`);
  if (today < last.date) throw new ReleaseError(`today (${today}) is before the last release's date (${last.date}): check the computer's clock`);
  const revision = options.kind === 'material' ? last.revision + 1 : last.revision;
  const edition = options.kind === 'material' ? 1 : last.edition + 1;
  return { id: editionId(revision, edition), revision, edition, date: today, kind: options.kind };
}

/**
 * Freezes the live policy (every language), its cookie table and the banner texts as the next
 * revision (material) or edition (editorial) dated today, and updates the live metadata to match.
 * With an empty archive it records the text already published, numbers and date unchanged.
 * Returns the new edition and the files written (relative to `root`).
 */
export function releasePolicy(root: string, options: ReleaseOptions): { edition: Edition; files: string[]; initial: boolean } {
  for (const locale of routing.locales) {
    if (!options.summary[locale]?.trim()) throw new ReleaseError(`the ${locale} summary is empty: say in one sentence what changed, in that language`);
  }
  const today = (options.now ?? new Date()).toISOString().slice(0, 10);
  const index = readArchiveIndex(root);
  const edition = nextEdition(root, index, options, today);
  const files: string[] = [];
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
    files.push(file);
  };
  const record: EditionRecord = { summary: { ...options.summary }, hashes: { ru: '', en: '', kk: '' }, cookieTable: { ru: [], en: [], kk: [] }, consentTexts: { ru: null, en: null, kk: null } };
  for (const locale of routing.locales) {
    const live = livePolicyPath(root, locale);
    const source = index.length === 0 ? readFileSync(live, 'utf8') : setReleaseMetadata(readFileSync(live, 'utf8'), { lastUpdated: edition.date, revision: edition.revision, edition: edition.edition });
    if (index.length > 0) write(path.relative(root, live), source);
    write(archivedPolicyFile(edition.id, locale), source);
    const messages = readLiveMessages(root, locale);
    record.cookieTable[locale] = cookieTableRows(locale, messages);
    record.consentTexts[locale] = messages.Consent;
    record.hashes[locale] = shownTextsHash({ policy: source, cookieTable: record.cookieTable[locale], consent: messages.Consent });
    record.summary[locale] = options.summary[locale].trim();
  }
  // Receipts written before the archive hashed the banner texts alone (docs/consent-log.md).
  if (index.length === 0) record.legacyConsentHashes = Object.fromEntries(routing.locales.map((l) => [l, sha256Json(record.consentTexts[l])])) as Record<Locale, string>;
  write(editionRecordFile(edition.id), `${JSON.stringify(record, null, 2)}\n`);
  write(ARCHIVE_INDEX, `${JSON.stringify([...index, edition], null, 2)}\n`);
  for (const locale of routing.locales) {
    if (recomputeHash(root, edition.id, locale) !== record.hashes[locale]) throw new ReleaseError(`the archive of ${edition.id} (${locale}) does not read back as written`);
  }
  return { edition, files, initial: index.length === 0 };
}
