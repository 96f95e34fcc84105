import type { Preferences } from '../consent/categories';
import { gtagBootstrapCommands, gtagScriptUrl } from './consent-mode';

/** The globals gtag.js and its bootstrap define. */
export type GtagWindow = Window & { dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void };

/**
 * Starts Google Analytics in a page whose visitor has just granted tracking (a returning visitor's
 * page starts it from its HTML, gtagBootstrapScript): the same commands, defaults denied before
 * config, then gtag.js and the page's one page view.
 */
export function startGtag(measurementId: string, preferences: Preferences, win: GtagWindow = window): void {
  win.dataLayer = win.dataLayer ?? [];
  const dataLayer = win.dataLayer;
  const gtag = function gtag() {
    // gtag.js reads the `arguments` object itself, not an array.
    // eslint-disable-next-line prefer-rest-params
    dataLayer.push(arguments);
  } as (...args: unknown[]) => void;
  win.gtag = gtag;
  for (const command of gtagBootstrapCommands(measurementId, preferences)) {
    if (command[0] === 'js') gtag('js', new Date());
    else gtag(...command);
  }
  const script = win.document.createElement('script');
  script.async = true;
  script.src = gtagScriptUrl(measurementId);
  win.document.head.appendChild(script);
  // The address bar's path, not the prerendered variant's the proxy served.
  gtag('event', 'page_view', { page_location: win.location.href, page_path: win.location.pathname });
}
