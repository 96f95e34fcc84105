import { OPTIONAL_CATEGORIES, type Preferences } from './categories';
import { evaluateConsent, type ConsentStatus } from './state';

/**
 * Every page is prerendered once per consent variant; proxy.ts picks the variant for a request
 * from the consent cookie (judged by the server's clock) and Sec-GPC, and names it in a request
 * header on which next.config.ts rewrites to the prerendered copy.
 *
 * - `_v-first`, `_v-first-gpc`: no valid choice (none, garbage, too long, future-dated, expired): the banner.
 * - `_v-renew`, `_v-renew-gpc`: a choice for an earlier revision: the banner with "the policy was updated".
 * - `_v-q000` … `_v-q111`: a valid choice, one variant per combination of usability, tracking and
 *   marketing (in that order), so a page never grants more than the cookie does: GA's bootstrap in
 *   the first HTML carries exactly the visitor's Consent Mode signals, and the preferences form shows
 *   the choice without JavaScript.
 */
export const VARIANT_PREFIX = '_v-';

/** The request header proxy.ts sets to the chosen variant; next.config.ts rewrites on it. */
export const VARIANT_HEADER = 'x-almajet-variant';
/** Set by proxy.ts for an address that is no page: next.config.ts rewrites it to the 404 page. */
export const MISSING_HEADER = 'x-almajet-missing';

const QUIET = ['000', '001', '010', '011', '100', '101', '110', '111'] as const;
const BANNER = ['first', 'first-gpc', 'renew', 'renew-gpc'] as const;

/** Every variant's path segment, in a stable order (the build prerenders each). */
export const VARIANTS = [...BANNER, ...QUIET.map((bits) => `q${bits}` as const)].map((name) => `${VARIANT_PREFIX}${name}` as const);

export type Variant = (typeof VARIANTS)[number];

/** What a variant stands for: the banner state or the granted categories. */
export interface VariantState {
  /** `none` covers every "no valid choice" case the page treats alike (no cookie, garbage, expired). */
  status: Extract<ConsentStatus, 'none' | 'outdated' | 'valid'>;
  /** The categories in force; null while the banner asks. */
  choice: Preferences | null;
  /** The request carried Sec-GPC: 1 (only told where the banner shows). */
  gpc: boolean;
}

/** True when a path segment names a variant (such paths are internal: the proxy answers 404 to them). */
export function isVariant(segment: unknown): segment is Variant {
  return typeof segment === 'string' && (VARIANTS as readonly string[]).includes(segment);
}

/** The variant for one request: the consent cookie's raw value, the current revision, Sec-GPC, the server's clock. */
export function chooseVariant(rawCookie: string | null | undefined, revision: number, gpc: boolean, now: Date = new Date()): Variant {
  const { status, record } = evaluateConsent(rawCookie, revision, now);
  if (status === 'valid' && record) {
    const bits = OPTIONAL_CATEGORIES.map((category) => (record[category] ? '1' : '0')).join('');
    return `${VARIANT_PREFIX}q${bits}` as Variant;
  }
  const base = status === 'outdated' ? 'renew' : 'first';
  return `${VARIANT_PREFIX}${base}${gpc ? '-gpc' : ''}` as Variant;
}

/** The state a variant is rendered with. */
export function variantState(variant: Variant): VariantState {
  const name = variant.slice(VARIANT_PREFIX.length);
  const quiet = /^q([01])([01])([01])$/.exec(name);
  if (quiet) {
    return { status: 'valid', choice: { usability: quiet[1] === '1', tracking: quiet[2] === '1', marketing: quiet[3] === '1' }, gpc: false };
  }
  return { status: name.startsWith('renew') ? 'outdated' : 'none', choice: null, gpc: name.endsWith('-gpc') };
}
