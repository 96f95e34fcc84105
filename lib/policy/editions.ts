/*
 * The editions timeline, safe for the browser: no zod, no fs, no node: imports. The data is the
 * archive index that `npm run policy:release` writes (and `npm run content:check` validates).
 */
import index from '../../content/policy/archive/index.json' with { type: 'json' };
import type { Edition } from './edition-id';

export { editionId, type Edition, type EditionKind } from './edition-id';

/** Every published edition, oldest first. */
export const EDITIONS: readonly Edition[] = index as readonly Edition[];

/** The edition with this id, or undefined. */
export function findEdition(id: string, editions: readonly Edition[] = EDITIONS): Edition | undefined {
  return editions.find((e) => e.id === id);
}

/** The edition published just before `id` (across revisions), or undefined for the first one. */
export function previousEdition(id: string, editions: readonly Edition[] = EDITIONS): Edition | undefined {
  const i = editions.findIndex((e) => e.id === id);
  return i > 0 ? editions[i - 1] : undefined;
}

/** The newest edition: the one the site publishes now. */
export function latestEdition(editions: readonly Edition[] = EDITIONS): Edition | undefined {
  return editions[editions.length - 1];
}

/**
 * The edition a choice given for `revision` at `at` (ISO time, as in the consent cookie) was
 * given under: the newest edition of that revision published on or before that day. Dates are
 * whole days, so a choice made on a release day counts under that day's edition. Null when the
 * revision has no edition, `at` is not a time, or the choice predates the revision.
 */
export function editionAt(revision: number, at: string, editions: readonly Edition[] = EDITIONS): { revision: number; edition: number; id: string; date: string } | null {
  const time = Date.parse(at);
  if (!Number.isInteger(revision) || Number.isNaN(time)) return null;
  const day = new Date(time).toISOString().slice(0, 10);
  let found: Edition | undefined;
  for (const e of editions) {
    if (e.revision === revision && e.date <= day) found = e;
  }
  return found ? { revision: found.revision, edition: found.edition, id: found.id, date: found.date } : null;
}
