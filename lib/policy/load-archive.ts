import type { Locale } from '../i18n/routing';
import { readArchivedPolicy, readEditionRecord } from './archive';
import { findEdition, type Edition } from './editions';
import { outline, type Section } from './outline';
import { policySections, type SectionText } from './text-diff';

/** An archived edition in one language: its place in the archive and its sections (the text renders through the loader in ./load.ts). */
export interface ArchivedPolicy {
  edition: Edition;
  sections: Section[];
}

function editionOrThrow(id: string): Edition {
  const edition = findEdition(id);
  if (!edition) throw new Error(`No archived policy edition "${id}" in content/policy/archive/index.json`);
  return edition;
}

/** Edition `id` in `locale`; throws naming the archive index when no such edition was published. */
export function loadArchivedPolicy(id: string, locale: Locale): ArchivedPolicy {
  const edition = editionOrThrow(id);
  return { edition, sections: outline(readArchivedPolicy(process.cwd(), id, locale)).sections };
}

/** Edition `id` in `locale` as plain-text sections (its own frozen cookie table included), for the diff. */
export function archivedSections(id: string, locale: Locale): SectionText[] {
  editionOrThrow(id);
  const root = process.cwd();
  return policySections(readArchivedPolicy(root, id, locale), readEditionRecord(root, id).cookieTable[locale]);
}
