import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ComponentType } from 'react';
import type { Locale } from '../i18n/routing';
import { outline, type Section } from './outline';
import { parsePolicyMeta, type PolicyMeta } from './schema';

export interface Policy {
  Content: ComponentType;
  meta: PolicyMeta;
  sections: Section[];
}

interface PolicyModule {
  default: ComponentType;
  metadata?: unknown;
}

const outlines = new Map<Locale, Promise<Section[]>>();

async function readSections(locale: Locale): Promise<Section[]> {
  const source = await readFile(path.join(process.cwd(), 'content', 'policy', `${locale}.mdx`), 'utf8');
  return outline(source).sections;
}

/** The compiled policy of `locale` with its validated metadata. */
export async function loadPolicyModule(locale: Locale): Promise<{ Content: ComponentType; meta: PolicyMeta }> {
  const mod = (await import(`../../content/policy/${locale}.mdx`)) as PolicyModule;
  return { Content: mod.default, meta: parsePolicyMeta(mod.metadata, `content/policy/${locale}.mdx`) };
}

/** The policy of `locale`: content, metadata and its sections for the table of contents. */
export async function loadPolicy(locale: Locale): Promise<Policy> {
  // Production reads each file once; development re-reads so editors see new headings at once.
  let sections = process.env.NODE_ENV === 'production' ? outlines.get(locale) : undefined;
  if (!sections) {
    sections = readSections(locale);
    outlines.set(locale, sections);
  }
  const [{ Content, meta }, list] = await Promise.all([loadPolicyModule(locale), sections]);
  return { Content, meta, sections: list };
}
