import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPTIONAL_CATEGORIES, type Preferences } from '@/lib/consent/categories';
import { createConsentRecord, serializeConsent } from '@/lib/consent/format';
import { evaluateConsent } from '@/lib/consent/state';
import { chooseVariant, isVariant, VARIANTS, variantState } from '@/lib/consent/variants';

const NOW = new Date('2026-11-30T12:00:00.000Z');
const REVISION = 3;
const cookie = (preferences: Preferences, at: Date = new Date('2026-10-01T00:00:00.000Z'), rev = REVISION) => serializeConsent(createConsentRecord(preferences, rev, at));
const combinations: Preferences[] = [0, 1, 2, 3, 4, 5, 6, 7].map((n) => ({ usability: Boolean(n & 4), tracking: Boolean(n & 2), marketing: Boolean(n & 1) }));

describe('chooseVariant', () => {
  it('shows the banner to a first visitor, with the GPC notice when the browser sends Sec-GPC', () => {
    expect(chooseVariant(undefined, REVISION, false, NOW)).toBe('_v-first');
    expect(chooseVariant(undefined, REVISION, true, NOW)).toBe('_v-first-gpc');
  });

  it.each([
    ['garbage', 'not-json'],
    ['empty', ''],
    ['too long', `${cookie({ usability: true, tracking: true, marketing: true })}${'x'.repeat(2000)}`],
    ['another format version', encodeURIComponent(JSON.stringify({ v: 2, id: 'x' }))],
    ['expired (13 months and a day)', cookie({ usability: true, tracking: true, marketing: true }, new Date('2025-10-29T12:00:00.000Z'))],
    ['future-dated', cookie({ usability: true, tracking: true, marketing: true }, new Date('2026-12-30T00:00:00.000Z'))],
  ])('treats a %s cookie as no choice: the banner, nothing granted', (_name, raw) => {
    expect(chooseVariant(raw, REVISION, false, NOW)).toBe('_v-first');
    expect(variantState(chooseVariant(raw, REVISION, false, NOW))).toEqual({ status: 'none', choice: null, gpc: false });
  });

  it('asks again, saying the policy was updated, when the choice was given for an earlier revision', () => {
    const old = cookie({ usability: true, tracking: true, marketing: true }, undefined, REVISION - 1);
    expect(chooseVariant(old, REVISION, false, NOW)).toBe('_v-renew');
    expect(chooseVariant(old, REVISION, true, NOW)).toBe('_v-renew-gpc');
    expect(variantState('_v-renew')).toEqual({ status: 'outdated', choice: null, gpc: false });
  });

  it('grants nothing to a choice for a revision that does not exist yet (judged like an outdated one)', () => {
    const ahead = cookie({ usability: true, tracking: true, marketing: true }, undefined, REVISION + 1);
    expect(variantState(chooseVariant(ahead, REVISION, false, NOW)).choice).toBeNull();
  });

  it.each(combinations)('serves a valid choice %o the quiet variant with exactly its categories, GPC or not', (preferences) => {
    for (const gpc of [false, true]) {
      const variant = chooseVariant(cookie(preferences), REVISION, gpc, NOW);
      expect(variantState(variant)).toEqual({ status: 'valid', choice: preferences, gpc: false });
    }
  });

  it('still counts a choice on its last day of 13 calendar months, not on the day after', () => {
    const at = new Date('2025-10-30T12:00:00.000Z');
    expect(chooseVariant(cookie({ usability: false, tracking: true, marketing: false }, at), REVISION, false, new Date('2026-11-30T11:59:59.000Z'))).toBe('_v-q010');
    expect(chooseVariant(cookie({ usability: false, tracking: true, marketing: false }, at), REVISION, false, new Date('2026-11-30T12:00:00.000Z'))).toBe('_v-first');
  });

  it('never serves a variant that grants a category the cookie does not (any input)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...combinations.map((p) => cookie(p)))), fc.boolean(), (raw, gpc) => {
        const { choice } = variantState(chooseVariant(raw, REVISION, gpc, NOW));
        const judged = evaluateConsent(raw, REVISION, NOW).record;
        for (const category of OPTIONAL_CATEGORIES) if (choice?.[category]) expect(judged?.[category]).toBe(true);
      }),
    );
  });
});

describe('the variant set', () => {
  it('has twelve variants, each recognised and none recognised by mistake', () => {
    expect(VARIANTS).toHaveLength(12);
    expect(new Set(VARIANTS).size).toBe(12);
    for (const variant of VARIANTS) expect(isVariant(variant)).toBe(true);
    for (const other of ['privacy', 'first', '_v-q2', '_v-', '', undefined, 1]) expect(isVariant(other)).toBe(false);
  });
});
