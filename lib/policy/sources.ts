import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { routing } from '../i18n/routing';
import type { MessagesSource } from '../i18n/messages-check';
import type { PolicySource } from './check';
import { outline } from './outline';

/** Every locale's policy file as the content check reads it, the default locale first. */
export function readPolicySources(root: string = process.cwd()): PolicySource[] {
  return routing.locales.map((locale) => {
    const file = `content/policy/${locale}.mdx`;
    const full = path.join(root, file);
    return { locale, file, source: existsSync(full) ? readFileSync(full, 'utf8') : null };
  });
}

/** Every locale's UI strings file (`messages/xx.json`), parsed, for the content check. */
export function readMessageSources(root: string = process.cwd()): MessagesSource[] {
  return routing.locales.map((locale) => {
    const file = `messages/${locale}.json`;
    const full = path.join(root, file);
    if (!existsSync(full)) return { locale, file, messages: null };
    const text = readFileSync(full, 'utf8');
    try {
      return { locale, file, text, messages: JSON.parse(text) as unknown };
    } catch (error) {
      return { locale, file, messages: (error as Error).message };
    }
  });
}

/** The policy revision in the default locale's MDX metadata, read from the source (for code that cannot import MDX). */
export function sourceRevision(root: string = process.cwd()): number {
  const [reference] = readPolicySources(root);
  const revision = (outline(reference?.source ?? '').metadata as { revision?: unknown } | undefined)?.revision;
  if (typeof revision !== 'number') throw new Error(`${reference?.file}: metadata.revision is missing; run \`npm run content:check\`.`);
  return revision;
}
