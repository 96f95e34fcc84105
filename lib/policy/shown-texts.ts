import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cookieTableRows, type CookieRow, type CookieTableMessages } from '../cookies/table-rows';
import type { Locale } from '../i18n/routing';
import { sha256Json } from '../receipts/hashing';

/**
 * Everything a visitor is shown in one language of one edition that a consent rests on: the
 * policy's MDX source, the cookie table it embeds (as final text) and the banner/dialog texts
 * (the `Consent` namespace of messages/<locale>.json).
 */
export interface ShownTexts {
  policy: string;
  cookieTable: CookieRow[];
  consent: unknown;
}

/** Line endings are normalised so a checkout with CRLF hashes like one with LF. */
export function normalizeSource(source: string): string {
  return source.replace(/\r\n?/g, '\n');
}

/** The hash receipts store: SHA-256 of the stable JSON of the shown texts. */
export function shownTextsHash(texts: ShownTexts): string {
  return sha256Json({ policy: normalizeSource(texts.policy), cookieTable: texts.cookieTable, consent: texts.consent });
}

/** The live policy file of `locale` under `root`, or null when it does not exist. */
export function livePolicyPath(root: string, locale: Locale): string {
  return path.join(root, 'content', 'policy', `${locale}.mdx`);
}

/** The live messages of `locale` under `root`; throws with the file name when unreadable. */
export function readLiveMessages(root: string, locale: Locale): CookieTableMessages & { Consent: unknown } {
  const file = path.join(root, 'messages', `${locale}.json`);
  if (!existsSync(file)) throw new Error(`messages/${locale}.json does not exist`);
  return JSON.parse(readFileSync(file, 'utf8')) as CookieTableMessages & { Consent: unknown };
}

/** What the site shows today in `locale`, read from the live files under `root`. */
export function liveShownTexts(root: string, locale: Locale): ShownTexts {
  const messages = readLiveMessages(root, locale);
  return {
    policy: readFileSync(livePolicyPath(root, locale), 'utf8'),
    cookieTable: cookieTableRows(locale, messages),
    consent: messages.Consent,
  };
}
