import { archivedPolicyFile, findByHash, readArchiveIndex } from '../policy/archive';
import type { ConsentReceipt } from './types';

/** What a receipt's texts hash proves, as the export and `receipts show` report it. */
export type ArchivedText =
  | { status: 'archived'; id: string; revision: number; edition: number; locale: string; path: string; url: string }
  | { status: 'legacy'; id: string; revision: number; edition: number; locale: string; path: string; url: string; note: string }
  | { status: 'not archived'; note: string };

/**
 * Resolves receipts' hashes against the archive under `root`, remembering each hash once.
 * `siteUrl` makes the URL of the archived page (`/<locale>/privacy/history/<id>`).
 */
export function createArchiveLookup(root: string, siteUrl: string): (receipt: Pick<ConsentReceipt, 'textsHash' | 'at'>) => ArchivedText {
  const index = readArchiveIndex(root);
  const seen = new Map<string, ReturnType<typeof findByHash>>();
  return ({ textsHash, at }) => {
    let match = seen.get(textsHash);
    if (!match) {
      match = findByHash(root, textsHash);
      seen.set(textsHash, match);
    }
    if (match.kind === 'none') return { status: 'not archived', note: 'this hash matches no archived text: the texts shown cannot be produced from the archive' };
    const { edition, locale } = match;
    const where = { id: edition.id, revision: edition.revision, edition: edition.edition, locale, path: archivedPolicyFile(edition.id, locale), url: `${siteUrl}/${locale}/privacy/history/${edition.id}` };
    if (match.kind === 'edition') return { status: 'archived', ...where };
    // Before the archive, receipts hashed the banner texts only; the policy text follows from the date.
    const next = index[index.findIndex((e) => e.id === edition.id) + 1];
    const before = !next || at.slice(0, 10) < next.date;
    const note = before
      ? `an early receipt: its hash covers the banner texts only (they match ${edition.id}); ${edition.id} was the only policy text published until ${next?.date ?? 'now'}`
      : `an early-format hash (banner texts of ${edition.id} only) on a receipt dated after ${next.date}: the policy text shown cannot be proven`;
    return before ? { status: 'legacy', ...where, note } : { status: 'not archived', note };
  };
}
