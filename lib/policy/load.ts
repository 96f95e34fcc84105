/*
 * The one loader of the policy's MDX, current and archived: each text is imported once per process
 * and kept, so that every render (and React's `use()`, which needs the very same promise each time)
 * gets the same module. Development re-reads the outline from disk, so editors see new headings at once.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import type { Locale } from '../i18n/routing';
import { articleKey, type ArticleSource } from './article-source';
import { outline, type Section } from './outline';
import { parsePolicyMeta, type PolicyMeta } from './schema';

/** A compiled policy text: the MDX content and, for the current texts, its metadata export. */
export interface PolicyModule {
  default: ComponentType<{ components?: MDXComponents }>;
  metadata?: unknown;
}

const texts = new Map<string, Promise<PolicyModule>>();

/** The compiled MDX of a policy text (the same promise on every call; a failed import is tried again). */
export function loadPolicyText(source: ArticleSource): Promise<PolicyModule> {
  const key = articleKey(source);
  let text = texts.get(key);
  if (!text) {
    text = (source.kind === 'current' ? import(`../../content/policy/${source.locale}.mdx`) : import(`../../content/policy/archive/${source.id}/${source.locale}.mdx`)) as Promise<PolicyModule>;
    texts.set(key, text);
    text.catch(() => texts.delete(key));
  }
  return text;
}

/** The validated metadata of the current policy in `locale`. */
export async function loadPolicyMeta(locale: Locale): Promise<PolicyMeta> {
  return parsePolicyMeta((await loadPolicyText({ kind: 'current', locale })).metadata, `content/policy/${locale}.mdx`);
}

const outlines = new Map<Locale, Promise<Section[]>>();

/** The sections of the current policy in `locale`, for the table of contents. */
function loadSections(locale: Locale): Promise<Section[]> {
  const read = async () => outline(await readFile(path.join(process.cwd(), 'content', 'policy', `${locale}.mdx`), 'utf8')).sections;
  if (process.env.NODE_ENV !== 'production') return read();
  let sections = outlines.get(locale);
  if (!sections) {
    sections = read();
    outlines.set(locale, sections);
    sections.catch(() => outlines.delete(locale));
  }
  return sections;
}

/** The current policy of `locale`: its metadata and its sections. */
export async function loadPolicy(locale: Locale): Promise<{ meta: PolicyMeta; sections: Section[] }> {
  const [meta, sections] = await Promise.all([loadPolicyMeta(locale), loadSections(locale)]);
  return { meta, sections };
}
