import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { routing } from '../i18n/routing';
import type { PolicySource } from './check';

/** Every locale's policy file as the content check reads it, the default locale first. */
export function readPolicySources(root: string = process.cwd()): PolicySource[] {
  return routing.locales.map((locale) => {
    const file = `content/policy/${locale}.mdx`;
    const full = path.join(root, file);
    return { locale, file, source: existsSync(full) ? readFileSync(full, 'utf8') : null };
  });
}
