import type { ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import type { Locale } from '../i18n/routing';
import { readArchivedPolicy, readEditionRecord, type EditionRecord } from './archive';
import { findEdition, type Edition } from './editions';
import { outline, type Section } from './outline';
import { policySections, type SectionText } from './text-diff';

/** An archived edition in one language, ready to render. */
export interface ArchivedPolicy {
  edition: Edition;
  record: EditionRecord;
  Content: ComponentType<{ components?: MDXComponents }>;
  sections: Section[];
}

function editionOrThrow(id: string): Edition {
  const edition = findEdition(id);
  if (!edition) throw new Error(`No archived policy edition "${id}" in content/policy/archive/index.json`);
  return edition;
}

/** The archived MDX of edition `id` in `locale`, compiled by the same pipeline as the live policy. */
export async function loadArchivedPolicy(id: string, locale: Locale): Promise<ArchivedPolicy> {
  const edition = editionOrThrow(id);
  const mod = (await import(`../../content/policy/archive/${id}/${locale}.mdx`)) as { default: ArchivedPolicy['Content'] };
  const root = process.cwd();
  return { edition, record: readEditionRecord(root, id), Content: mod.default, sections: outline(readArchivedPolicy(root, id, locale)).sections };
}

/** Edition `id` in `locale` as plain-text sections (its own frozen cookie table included), for the diff. */
export function archivedSections(id: string, locale: Locale): SectionText[] {
  editionOrThrow(id);
  const root = process.cwd();
  return policySections(readArchivedPolicy(root, id, locale), readEditionRecord(root, id).cookieTable[locale]);
}
