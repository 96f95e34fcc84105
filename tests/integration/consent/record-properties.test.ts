import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeConsent, type ConsentRecord } from '@/lib/consent/format';
import { parseConsent } from '@/lib/consent/record';

/*
 * parseConsent against hundreds of generated cookie values: whatever a browser, an old version of
 * the site or an attacker puts in the cookie, reading it never throws and never accepts what is not
 * a valid record. (The hand-picked cases are in tests/unit/consent/record.test.ts.)
 */

const NOW = new Date('2026-11-28T12:00:00.000Z');
const valid: ConsentRecord = { v: 1, id: '3b241101-e2bb-4255-8caf-4136c566a962', at: '2026-11-28T11:00:00.000Z', rev: 1, usability: true, tracking: false, marketing: false };

describe('parseConsent on generated values', () => {
  it('never throws for any string, however odd', () => {
    const anyString = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary', maxLength: 2000 }));
    fc.assert(
      fc.property(anyString, (raw) => {
        expect(() => parseConsent(raw, NOW)).not.toThrow();
        const encodedRaw = encodeURIComponent(raw.replace(/[\uD800-\uDFFF]/g, ''));
        expect(() => parseConsent(encodedRaw, NOW)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and never accepts a value built from record-like fragments unless it is a valid record', () => {
    const fragment = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"',
      '%',
      '%7B',
      '%22',
      '\\',
      '\\u0000',
      '"v"',
      '"id"',
      '"at"',
      '"rev"',
      '"usability"',
      '"tracking"',
      '"marketing"',
      '"__proto__"',
      '1',
      '0',
      '-1',
      '1e400',
      'true',
      'false',
      'null',
      `"${valid.id}"`,
      `"${valid.at}"`,
      ' ',
    );
    const raws = fc.oneof(
      fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join('')),
      fc.array(fragment, { maxLength: 40 }).map((parts) => encodeURIComponent(parts.join(''))),
    );
    fc.assert(
      fc.property(raws, (raw) => {
        const parse = () => parseConsent(raw, NOW);
        expect(parse).not.toThrow();
        const result = parse();
        if (result !== null) expect(parseConsent(serializeConsent(result), NOW)).toEqual(result);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives back any valid record it was given through serializeConsent', () => {
    const records: fc.Arbitrary<ConsentRecord> = fc.record({
      v: fc.constant(1 as const),
      id: fc.uuid(),
      at: fc.date({ min: new Date('2000-01-01T00:00:00.000Z'), max: NOW, noInvalidDate: true }).map((date) => date.toISOString()),
      rev: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      usability: fc.boolean(),
      tracking: fc.boolean(),
      marketing: fc.boolean(),
    });
    fc.assert(
      fc.property(records, (record) => {
        expect(parseConsent(serializeConsent(record), NOW)).toEqual(record);
        expect(parseConsent(decodeURIComponent(serializeConsent(record)), NOW)).toEqual(record);
      }),
      { numRuns: 500 },
    );
  });
});
