import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { routing } from '../i18n/routing';
import type { MessagesSource } from '../i18n/messages-check';
import type { PolicySource } from './check';

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
