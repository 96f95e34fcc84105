/** The optional cookie categories a visitor chooses; "technical" is always on. */
export const OPTIONAL_CATEGORIES = ['usability', 'tracking', 'marketing'] as const;

/** Every category in the order the policy lists them («Какие файлы cookie мы используем и почему?»). */
export const CATEGORIES = ['technical', ...OPTIONAL_CATEGORIES] as const;

export type Category = (typeof CATEGORIES)[number];
export type OptionalCategory = (typeof OPTIONAL_CATEGORIES)[number];

/** The visitor's answer for each optional category. */
export type Preferences = Record<OptionalCategory, boolean>;

/** Nothing optional granted. */
export const NOTHING_GRANTED: Preferences = { usability: false, tracking: false, marketing: false };

/** Every optional category granted. */
export const ALL_GRANTED: Preferences = { usability: true, tracking: true, marketing: true };

/** How a choice was made; recorded with it. */
export const CONSENT_ACTIONS = ['accept_all', 'reject_all', 'custom', 'withdraw'] as const;
export type ConsentAction = (typeof CONSENT_ACTIONS)[number];

/** The preferences an action stands for: "accept all" grants all whatever the switches said. */
export function preferencesFor(action: ConsentAction, custom: Preferences): Preferences {
  if (action === 'accept_all') return { ...ALL_GRANTED };
  if (action === 'reject_all' || action === 'withdraw') return { ...NOTHING_GRANTED };
  return { usability: custom.usability, tracking: custom.tracking, marketing: custom.marketing };
}
