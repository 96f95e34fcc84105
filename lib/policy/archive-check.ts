import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { routing } from '../i18n/routing';
import { ArchiveError, ARCHIVE_INDEX, archivedPolicyFile, editionRecordFile, readArchiveIndex, readEditionRecord, recomputeHash, type EditionRecord } from './archive';
import type { Problem } from './check';
import { editionId, type Edition } from './edition-id';
import { outline } from './outline';
import { liveShownTexts, normalizeSource, type ShownTexts } from './shown-texts';
import { stableJson } from '../receipts/hashing';

const RELEASE = 'Release your change with `npm run policy:release -- --editorial` (wording, typo, translation: nobody is asked again) or `npm run policy:release -- --material` (a change of substance: everyone is asked again), or undo it.';

function numberingProblems(index: Edition[]): Problem[] {
  const problems: Problem[] = [];
  const at = (message: string, fix: string) => problems.push({ file: ARCHIVE_INDEX, message, fix });
  index.forEach((e, i) => {
    if (e.id !== editionId(e.revision, e.edition)) at(`the entry "${e.id}" says revision ${e.revision}, edition ${e.edition}, so its id must be "${editionId(e.revision, e.edition)}"`, 'Do not edit the index by hand: restore it with `git checkout` and use `npm run policy:release`.');
    if ((e.edition === 1) !== (e.kind === 'material')) at(`"${e.id}" is marked ${e.kind}, but the first edition of a revision is material and later ones are editorial`, 'Restore the index with `git checkout`; the release command sets the kind.');
    const before = index[i - 1];
    if (!before) {
      if (e.edition !== 1) at(`the archive starts at ${e.id}: editions before it are missing`, 'Restore the missing editions from git history.');
      return;
    }
    const follows = (e.revision === before.revision && e.edition === before.edition + 1) || (e.revision === before.revision + 1 && e.edition === 1);
    if (!follows) at(`numbering has a gap: ${before.id} is followed by ${e.id}`, `The entry after ${before.id} must be ${editionId(before.revision, before.edition + 1)} or ${editionId(before.revision + 1, 1)}; restore the index with \`git checkout\` and release with \`npm run policy:release\`.`);
    if (e.date < before.date) at(`${e.id} is dated ${e.date}, before ${before.id} (${before.date})`, 'Dates must not go backwards; restore the index with `git checkout`.');
  });
  return problems;
}

function editionProblems(root: string, e: Edition): { problems: Problem[]; record?: EditionRecord } {
  const problems: Problem[] = [];
  const missing = routing.locales.map((l) => archivedPolicyFile(e.id, l)).filter((f) => !existsSync(path.join(root, f)));
  for (const file of missing) problems.push({ file, message: `the archive of ${e.id} is missing: the file does not exist`, fix: 'Restore it from git history (`git checkout <commit> -- <file>`); an archived text must never be deleted.' });
  let record: EditionRecord;
  try {
    record = readEditionRecord(root, e.id);
  } catch (error) {
    problems.push({ file: editionRecordFile(e.id), message: `the record of ${e.id} cannot be read: ${(error as Error).message}`, fix: 'Restore it from git history; it is written by `npm run policy:release`.' });
    return { problems };
  }
  if (missing.length > 0) return { problems, record };
  for (const locale of routing.locales) {
    if (recomputeHash(root, e.id, locale, record) !== record.hashes[locale]) {
      problems.push({ file: archivedPolicyFile(e.id, locale), message: `the archived text of ${e.id} was changed after its release (its hash no longer matches ${editionRecordFile(e.id)})`, fix: 'A published text never changes in place: restore the archive with `git checkout`, make the change in content/policy/ and release it as a new edition.' });
    }
  }
  return { problems, record };
}

function liveProblems(root: string, last: Edition, record: EditionRecord): Problem[] {
  const problems: Problem[] = [];
  for (const locale of routing.locales) {
    const file = `content/policy/${locale}.mdx`;
    const full = path.join(root, file);
    if (!existsSync(full)) continue; // checkPolicies already reports a missing file
    const source = readFileSync(full, 'utf8');
    const meta = (() => {
      try {
        return outline(source).metadata as { revision?: unknown; edition?: unknown } | undefined;
      } catch {
        return undefined; // unreadable MDX is reported by checkPolicies
      }
    })();
    const revision = meta?.revision;
    const edition = meta?.edition ?? 1;
    if (typeof revision === 'number' && (revision !== last.revision || edition !== last.edition)) {
      problems.push({ file, message: `the metadata says revision ${revision}, edition ${String(edition)}, but the last release in ${ARCHIVE_INDEX} is ${last.id}`, fix: `Put back revision: ${last.revision} and edition: ${last.edition}; the numbers are set only by \`npm run policy:release\`.` });
      continue;
    }
    let live: ShownTexts;
    try {
      live = liveShownTexts(root, locale);
    } catch {
      continue; // a missing or broken messages file is reported by the messages check
    }
    const archived = archivedPolicyFile(last.id, locale);
    if (normalizeSource(source) !== normalizeSource(readFileSync(path.join(root, archived), 'utf8'))) {
      problems.push({ file, message: `the text differs from the released ${last.id} (${archived}), but a published text never changes in place`, fix: RELEASE });
    }
    if (stableJson(live.cookieTable) !== stableJson(record.cookieTable[locale])) {
      problems.push({ file: 'lib/cookies/registry.ts', message: `the ${locale} cookie table (registry, or category labels in messages/${locale}.json) differs from the one released with ${last.id}`, fix: RELEASE });
    }
    if (stableJson(live.consent) !== stableJson(record.consentTexts[locale])) {
      problems.push({ file: `messages/${locale}.json`, message: `the banner and dialog texts ("Consent") differ from the ones released with ${last.id}`, fix: RELEASE });
    }
  }
  return problems;
}

/** The archive rules of `npm run content:check`: complete, numbered without gaps, unchanged, and matching the live texts. */
export function checkArchive(root: string): Problem[] {
  let index: Edition[];
  try {
    index = readArchiveIndex(root);
  } catch (error) {
    const message = error instanceof ArchiveError ? error.message : String(error);
    return [{ file: ARCHIVE_INDEX, message: `the archive index cannot be read: ${message}`, fix: 'Restore it with `git checkout`; it is written by `npm run policy:release`.' }];
  }
  const last = index[index.length - 1];
  if (!last) return [{ file: ARCHIVE_INDEX, message: 'no published text is archived yet', fix: 'Run `npm run policy:release -- --material` once to record the text that is published now.' }];
  const problems = numberingProblems(index);
  let lastRecord: EditionRecord | undefined;
  for (const e of index) {
    const result = editionProblems(root, e);
    problems.push(...result.problems);
    if (e === last) lastRecord = result.problems.length === 0 ? result.record : undefined;
  }
  if (lastRecord) problems.push(...liveProblems(root, last, lastRecord));
  return problems;
}
