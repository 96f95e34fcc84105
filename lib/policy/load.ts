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
const modules = new Map<Locale, Promise<{ Content: ComponentType; meta: PolicyMeta }>>();

// Production builds cannot change under a running server: read and validate each file once.
// Development re-reads, so editors see new headings and metadata at once.
function once<T>(cache: Map<Locale, Promise<T>>, locale: Locale, load: () => Promise<T>): Promise<T> {
  if (process.env.NODE_ENV !== 'production') return load();
  let value = cache.get(locale);
  if (!value) {
    value = load();
    cache.set(locale, value);
    // A failure is not remembered: the next request tries again.
    value.catch(() => cache.delete(locale));
  }
  return value;
}

async function readSections(locale: Locale): Promise<Section[]> {
  const source = await readFile(path.join(process.cwd(), 'content', 'policy', `${locale}.mdx`), 'utf8');
  return outline(source).sections;
}

/** The compiled policy of `locale` with its validated metadata. */
export function loadPolicyModule(locale: Locale): Promise<{ Content: ComponentType; meta: PolicyMeta }> {
  return once(modules, locale, async () => {
    const mod = (await import(`../../content/policy/${locale}.mdx`)) as PolicyModule;
    return { Content: mod.default, meta: parsePolicyMeta(mod.metadata, `content/policy/${locale}.mdx`) };
  });
}

/** The policy of `locale`: content, metadata and its sections for the table of contents. */
export async function loadPolicy(locale: Locale): Promise<Policy> {
  const [{ Content, meta }, sections] = await Promise.all([loadPolicyModule(locale), once(outlines, locale, () => readSections(locale))]);
  return { Content, meta, sections };
}
