/** The history list below a locale. */
export const HISTORY_PATH = '/privacy/history';

/** An archived text's page below a locale, e.g. `/privacy/history/r1-e2`. */
export function archivedPath(id: string): string {
  return `${HISTORY_PATH}/${id}`;
}

/** The what-changed page of an edition (compared with the one before it). */
export function changesPath(id: string): string {
  return `${HISTORY_PATH}/${id}/changes`;
}
