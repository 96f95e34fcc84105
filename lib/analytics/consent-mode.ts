import type { Preferences } from '../consent/categories';

export type ConsentSignal = 'granted' | 'denied';

/** Google Consent Mode v2 signals, all of them. */
export interface ConsentModeSignals {
  analytics_storage: ConsentSignal;
  ad_storage: ConsentSignal;
  ad_user_data: ConsentSignal;
  ad_personalization: ConsentSignal;
  functionality_storage: ConsentSignal;
  personalization_storage: ConsentSignal;
  security_storage: ConsentSignal;
}

/** The default before any choice is known: everything denied. */
export const ALL_DENIED: ConsentModeSignals = {
  analytics_storage: 'denied',
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'denied',
};

const signal = (granted: boolean): ConsentSignal => (granted ? 'granted' : 'denied');

/** Our categories as Consent Mode signals: tracking → analytics; marketing → ads; usability → functionality; technical → security. */
export function consentModeSignals(preferences: Preferences): ConsentModeSignals {
  return {
    analytics_storage: signal(preferences.tracking),
    ad_storage: signal(preferences.marketing),
    ad_user_data: signal(preferences.marketing),
    ad_personalization: signal(preferences.marketing),
    functionality_storage: signal(preferences.usability),
    personalization_storage: signal(preferences.usability),
    security_storage: 'granted',
  };
}

/**
 * Lifetime of the `_ga` cookies in seconds: 393 days, the shortest span 13 calendar months can
 * have, so Google's cookies never outlive the policy's 13 months.
 */
export const GA_COOKIE_EXPIRES_SECONDS = 393 * 24 * 60 * 60;

/** The gtag.js URL for a measurement ID. */
export function gtagScriptUrl(measurementId: string): string {
  return `https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(measurementId)}`;
}

/** A gtag() call: its arguments. `{ now: true }` stands for `new Date()` in the 'js' command. */
export type GtagCommand = [string, ...unknown[]];

/**
 * The commands that start GA in Consent Mode v2 basic mode: all denied by default, then what the
 * visitor granted, then config with page views sent by us (one per document).
 */
export function gtagBootstrapCommands(measurementId: string, preferences: Preferences): GtagCommand[] {
  return [
    ['consent', 'default', ALL_DENIED],
    ['consent', 'update', consentModeSignals(preferences)],
    ['js', { now: true }],
    ['config', measurementId, { cookie_expires: GA_COOKIE_EXPIRES_SECONDS, cookie_update: false, send_page_view: false }],
  ];
}

/**
 * The same commands as inline JavaScript for the first HTML (safe inside a <script> element), then
 * the page's one page view with the address bar's path (every navigation loads a document), sent
 * as the page is parsed rather than by a component once it is hydrated.
 */
export function gtagBootstrapScript(measurementId: string, preferences: Preferences): string {
  const calls = gtagBootstrapCommands(measurementId, preferences).map((command) =>
    command[0] === 'js' ? "gtag('js',new Date());" : `gtag(${command.map((arg) => JSON.stringify(arg)).join(',')});`,
  );
  const pageView = "gtag('event','page_view',{page_location:window.location.href,page_path:window.location.pathname});";
  const source = `window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}window.gtag=gtag;${calls.join('')}${pageView}`;
  return source.replace(/</g, '\\u003c');
}
