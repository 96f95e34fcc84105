import { consentModeSignals } from '../analytics/consent-mode';
import { deleteCookies } from '../analytics/browser-cookies';
import { startGtag, type GtagWindow as GtagGlobals } from '../analytics/gtag';
import type { Preferences } from './categories';
import { disallowedCookies } from './cookie-cleanup';

type GtagWindow = GtagGlobals & { [key: `ga-disable-${string}`]: boolean | undefined };

/** Removes what a choice (or its absence) does not allow: Google's cookies without tracking, the language cookie without usability. */
export function removeDisallowedCookies(preferences: Preferences | null, doc: Document = document): void {
  for (const pattern of disallowedCookies(preferences)) deleteCookies(pattern, doc);
}

/**
 * Applies a change of choice in the browser. Granting tracking starts Google Analytics (when the
 * site has a measurement ID); withdrawing it while Google Analytics runs denies it in gtag,
 * disables the property, deletes its cookies and reloads once the choice is stored, so no tag
 * stays in memory. Returns true when a reload was scheduled.
 */
export function applyChoice(next: Preferences, options: { measurementId?: string; settled: Promise<unknown>; reload: () => void; win?: GtagWindow }): boolean {
  const win = options.win ?? (window as unknown as GtagWindow);
  const gtag = win.gtag;
  if (gtag) gtag('consent', 'update', consentModeSignals(next));
  else if (next.tracking && options.measurementId) startGtag(options.measurementId, next, win);
  removeDisallowedCookies(next, win.document);
  if (next.tracking || !gtag) return false;
  if (options.measurementId) win[`ga-disable-${options.measurementId}`] = true;
  // Reload whether the server stored the choice or not: the page already applied it.
  void options.settled.then(options.reload, options.reload);
  return true;
}
