/** `material`: a new revision, everyone is asked again; `editorial`: same revision, nobody is. */
export type EditionKind = 'material' | 'editorial';

/** One published text (all languages together) as listed in the archive index. */
export interface Edition {
  /** URL segment and archive folder: `r<revision>-e<edition>`, e.g. `r1-e2`. */
  id: string;
  revision: number;
  edition: number;
  /** Publication date, YYYY-MM-DD (UTC). */
  date: string;
  kind: EditionKind;
}

/** The archive id of a revision and edition, e.g. `r1-e2` (no dots: it is a URL path segment). */
export function editionId(revision: number, edition: number): string {
  return `r${revision}-e${edition}`;
}
