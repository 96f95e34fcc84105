import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cookieTableRows, type CookieTableMessages } from '../cookies/table-rows';
import type { Locale } from '../i18n/routing';
import { shownTextsHash } from '../policy/shown-texts';

const hashes = new Map<Locale, Promise<string>>();

async function compute(locale: Locale): Promise<string> {
  // The same sources the pages render: the policy MDX (as load.ts reads it) and the bundled messages.
  const [policy, mod] = await Promise.all([
    readFile(path.join(process.cwd(), 'content', 'policy', `${locale}.mdx`), 'utf8'),
    import(`../../messages/${locale}.json`) as Promise<{ default: CookieTableMessages & { Consent?: unknown } }>,
  ]);
  const messages = mod.default;
  if (messages.Consent === undefined) throw new Error(`messages/${locale}.json has no Consent namespace`);
  return shownTextsHash({ policy, cookieTable: cookieTableRows(locale, messages), consent: messages.Consent });
}

/**
 * The hash a receipt stores: the policy text, cookie table and banner texts of `locale` as this
 * build shows them. `npm run content:check` guarantees they equal the latest archived edition, so
 * `npm run receipts -- show` can name the exact archived text.
 */
export function textsHash(locale: Locale): Promise<string> {
  // Development re-reads, so a receipt made while editing hashes what the editor sees.
  if (process.env.NODE_ENV !== 'production') return compute(locale);
  let hash = hashes.get(locale);
  if (!hash) {
    hash = compute(locale);
    // A failed read must not stick: the next request tries again.
    hash.catch(() => hashes.delete(locale));
    hashes.set(locale, hash);
  }
  return hash;
}
