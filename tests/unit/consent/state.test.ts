import { describe, expect, it } from 'vitest';
import { CATEGORIES, OPTIONAL_CATEGORIES } from '@/lib/consent/categories';
import { serializeConsent, type ConsentRecord } from '@/lib/consent/format';
import { evaluateConsent, isGranted } from '@/lib/consent/state';

const REVISION = 3;
const DAY = 24 * 3600 * 1000;
const AT = '2026-03-15T10:00:00.000Z';
/** 13 calendar months after AT. */
const EXPIRY = '2027-04-15T10:00:00.000Z';

function record(patch: Partial<ConsentRecord> = {}): ConsentRecord {
  return { v: 1, id: '0f8fad5b-d9cb-469f-a165-70867728950e', at: AT, rev: REVISION, usability: true, tracking: false, marketing: true, ...patch };
}

function cookie(patch: Partial<ConsentRecord> = {}): string {
  return serializeConsent(record(patch));
}

describe('evaluateConsent', () => {
  const soon = new Date('2026-03-20T00:00:00.000Z');

  it('reports no choice when there is no cookie', () => {
    expect(evaluateConsent(undefined, REVISION, soon)).toEqual({ status: 'none', record: null });
    expect(evaluateConsent(null, REVISION, soon)).toEqual({ status: 'none', record: null });
    expect(evaluateConsent('', REVISION, soon)).toEqual({ status: 'none', record: null });
  });

  it('reports no choice when the cookie is unreadable', () => {
    expect(evaluateConsent('garbage', REVISION, soon)).toEqual({ status: 'none', record: null });
    expect(evaluateConsent(cookie().slice(0, 40), REVISION, soon)).toEqual({ status: 'none', record: null });
    expect(evaluateConsent(encodeURIComponent(JSON.stringify({ ...record(), v: 2 })), REVISION, soon)).toEqual({ status: 'none', record: null });
  });

  it('reports no choice for a choice dated in the future', () => {
    expect(evaluateConsent(cookie({ at: '2026-03-21T00:00:00.000Z' }), REVISION, soon)).toEqual({ status: 'none', record: null });
  });

  it('gives the record of a valid choice for the current revision', () => {
    expect(evaluateConsent(cookie(), REVISION, soon)).toEqual({ status: 'valid', record: record() });
  });

  it('reads the already-decoded value as well', () => {
    expect(evaluateConsent(decodeURIComponent(cookie()), REVISION, soon)).toEqual({ status: 'valid', record: record() });
  });

  it('asks again when the choice was given for an earlier revision of the policy', () => {
    expect(evaluateConsent(cookie({ rev: REVISION - 1 }), REVISION, soon)).toEqual({ status: 'outdated', record: null });
  });

  it('asks again when the choice names a revision newer than the current one', () => {
    expect(evaluateConsent(cookie({ rev: REVISION + 1 }), REVISION, soon)).toEqual({ status: 'outdated', record: null });
  });

  it('reports an outdated revision before an expiry', () => {
    expect(evaluateConsent(cookie({ rev: 1 }), REVISION, new Date('2030-01-01T00:00:00.000Z'))).toEqual({ status: 'outdated', record: null });
  });

  it('still counts a choice made 12 months and 28 days ago', () => {
    const now = new Date(Date.parse('2027-03-15T10:00:00.000Z') + 28 * DAY);
    expect(evaluateConsent(cookie(), REVISION, now)).toEqual({ status: 'valid', record: record() });
  });

  it('still counts a choice one millisecond before 13 months have passed', () => {
    const now = new Date(Date.parse(EXPIRY) - 1);
    expect(evaluateConsent(cookie(), REVISION, now).status).toBe('valid');
  });

  it('asks again exactly 13 calendar months after the choice', () => {
    expect(evaluateConsent(cookie(), REVISION, new Date(EXPIRY))).toEqual({ status: 'expired', record: null });
  });

  it('asks again 13 months and a day after the choice', () => {
    expect(evaluateConsent(cookie(), REVISION, new Date(Date.parse(EXPIRY) + DAY))).toEqual({ status: 'expired', record: null });
  });

  it('asks again years later', () => {
    expect(evaluateConsent(cookie(), REVISION, new Date('2035-01-01T00:00:00.000Z')).status).toBe('expired');
  });

  it('counts calendar months: a choice of 31 January expires at the end of February a year later', () => {
    const at = '2025-01-31T09:00:00.000Z';
    expect(evaluateConsent(cookie({ at }), REVISION, new Date('2026-02-28T08:59:59.999Z')).status).toBe('valid');
    expect(evaluateConsent(cookie({ at }), REVISION, new Date('2026-02-28T09:00:00.000Z')).status).toBe('expired');
  });

  it('gives the record only when the choice is valid', () => {
    const nows = ['2026-03-15T10:00:00.000Z', '2026-09-01T00:00:00.000Z', EXPIRY, '2040-01-01T00:00:00.000Z'];
    for (const now of nows) {
      const state = evaluateConsent(cookie(), REVISION, new Date(now));
      expect(state.record === null).toBe(state.status !== 'valid');
    }
  });
});

describe('isGranted', () => {
  it('always lets technical cookies run, with or without a choice', () => {
    expect(isGranted(null, 'technical')).toBe(true);
    expect(isGranted({ usability: false, tracking: false, marketing: false }, 'technical')).toBe(true);
  });

  it.each(OPTIONAL_CATEGORIES)('lets no %s cookie run before a choice', (category) => {
    expect(isGranted(null, category)).toBe(false);
  });

  it('follows the choice for each optional category', () => {
    const choice = { usability: true, tracking: false, marketing: true };
    expect(CATEGORIES.map((category) => isGranted(choice, category))).toEqual([true, true, false, true]);
  });

  it('accepts a whole record as the choice', () => {
    expect(isGranted(record({ tracking: true, marketing: false }), 'tracking')).toBe(true);
    expect(isGranted(record({ tracking: true, marketing: false }), 'marketing')).toBe(false);
  });
});
