import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsentRecord, randomId, serializeConsent, type ConsentRecord } from '@/lib/consent/format';
import { MAX_CONSENT_COOKIE_LENGTH, parseConsent } from '@/lib/consent/record';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const valid: ConsentRecord = {
  v: 1,
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  at: '2026-11-28T11:00:00.000Z',
  rev: 1,
  usability: true,
  tracking: false,
  marketing: false,
};

/** The decoded cookie value of `valid` with `patch` applied (undefined removes a key). */
function json(patch: Record<string, unknown> = {}): string {
  const value: Record<string, unknown> = { ...valid, ...patch };
  for (const [key, entry] of Object.entries(patch)) if (entry === undefined) delete value[key];
  return JSON.stringify(value);
}

/** The same, URL-encoded as the cookie stores it. */
function encoded(patch: Record<string, unknown> = {}): string {
  return encodeURIComponent(json(patch));
}

describe('parseConsent', () => {
  it('reads the URL-encoded cookie value', () => {
    expect(parseConsent(encoded(), NOW)).toEqual(valid);
  });

  it('reads the value already decoded by a cookie library', () => {
    expect(parseConsent(json(), NOW)).toEqual(valid);
  });

  it('reads what serializeConsent wrote', () => {
    expect(parseConsent(serializeConsent(valid), NOW)).toEqual(valid);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an empty string', ''],
    ['a word', 'yes'],
    ['a number', '1'],
    ['JSON null', 'null'],
    ['a JSON array', '[]'],
    ['a JSON string', '"accepted"'],
    ['an empty object', '{}'],
    ['a malformed percent escape', '%E0%A4%A'],
    ['a lone percent sign', '%'],
    ['an encoded lone surrogate', '%ED%A0%80'],
    ['an opening brace only', '{'],
    ['the old "true" flag of a former banner', 'true'],
  ])('gives null for %s', (_label, raw) => {
    expect(() => parseConsent(raw, NOW)).not.toThrow();
    expect(parseConsent(raw, NOW)).toBeNull();
  });

  it('gives null for a truncated value, whatever the point of truncation', () => {
    for (const whole of [json(), encoded()]) {
      for (let length = 1; length < whole.length; length++) {
        expect(parseConsent(whole.slice(0, length), NOW)).toBeNull();
      }
    }
  });

  it(`gives null for a value longer than ${MAX_CONSENT_COOKIE_LENGTH} characters, even a well-formed one`, () => {
    const padded = `${json()}${' '.repeat(MAX_CONSENT_COOKIE_LENGTH)}`;
    expect(JSON.parse(padded)).toEqual(valid);
    expect(parseConsent(padded, NOW)).toBeNull();
    expect(parseConsent('x'.repeat(MAX_CONSENT_COOKIE_LENGTH + 1), NOW)).toBeNull();
    expect(parseConsent('{'.repeat(100_000), NOW)).toBeNull();
  });

  it(`still reads a well-formed value of exactly ${MAX_CONSENT_COOKIE_LENGTH} characters`, () => {
    const padded = json().padEnd(MAX_CONSENT_COOKIE_LENGTH, ' ');
    expect(padded).toHaveLength(MAX_CONSENT_COOKIE_LENGTH);
    expect(parseConsent(padded, NOW)).toEqual(valid);
  });

  it.each([
    ['version 0', { v: 0 }],
    ['version 2', { v: 2 }],
    ['the version as a string', { v: '1' }],
    ['no version', { v: undefined }],
  ])('gives null for %s of the format', (_label, patch) => {
    expect(parseConsent(encoded(patch), NOW)).toBeNull();
  });

  it('gives null for a record with an extra key', () => {
    expect(parseConsent(encoded({ analytics: true }), NOW)).toBeNull();
    expect(parseConsent(encoded({ technical: true }), NOW)).toBeNull();
  });

  it.each([
    ['a missing id', { id: undefined }],
    ['a short id', { id: '3b241101' }],
    ['an id without dashes', { id: '3b241101e2bb42558caf4136c566a962' }],
    ['an id with a non-hex digit', { id: '3b241101-e2bb-4255-8caf-4136c566a96g' }],
    ['an id with surrounding braces', { id: '{3b241101-e2bb-4255-8caf-4136c566a962}' }],
    ['a numeric id', { id: 42 }],
  ])('gives null for %s', (_label, patch) => {
    expect(parseConsent(encoded(patch), NOW)).toBeNull();
  });

  it.each([
    ['a time with an offset', '2026-11-28T13:00:00+02:00'],
    ['a local time without Z', '2026-11-28T11:00:00'],
    ['a date without a time', '2026-11-28'],
    ['a space instead of T', '2026-11-28 11:00:00Z'],
    ['30 February', '2026-02-30T11:00:00Z'],
    ['29 February of a common year', '2025-02-29T11:00:00Z'],
    ['month 13', '2026-13-01T11:00:00Z'],
    ['hour 24', '2026-11-27T24:00:00Z'],
    ['a human-readable date', 'Sat, 28 Nov 2026 11:00:00 GMT'],
    ['a Unix timestamp', 1_795_000_000_000],
    ['an empty string', ''],
  ])('gives null for %s as the time of the choice', (_label, at) => {
    expect(parseConsent(encoded({ at }), NOW)).toBeNull();
  });

  it('accepts a time made a little in the future by a fast browser clock, up to 5 minutes', () => {
    expect(parseConsent(encoded({ at: '2026-11-28T12:04:59.999Z' }), NOW)).not.toBeNull();
    expect(parseConsent(encoded({ at: '2026-11-28T12:05:00.000Z' }), NOW)).not.toBeNull();
  });

  it('gives null for a choice dated more than 5 minutes after now', () => {
    expect(parseConsent(encoded({ at: '2026-11-28T12:05:00.001Z' }), NOW)).toBeNull();
    expect(parseConsent(encoded({ at: '2027-01-01T00:00:00.000Z' }), NOW)).toBeNull();
  });

  it('reads an old choice: expiry is judged elsewhere', () => {
    expect(parseConsent(encoded({ at: '2020-01-01T00:00:00.000Z' }), NOW)).not.toBeNull();
  });

  it.each([
    ['revision 0', 0],
    ['a negative revision', -1],
    ['a fractional revision', 1.5],
    ['the revision as a string', '1'],
    ['a null revision', null],
  ])('gives null for %s', (_label, rev) => {
    expect(parseConsent(encoded({ rev }), NOW)).toBeNull();
  });

  it.each(['usability', 'tracking', 'marketing'])('gives null when %s is not a boolean', (category) => {
    for (const value of ['true', 1, 0, null, 'false', undefined]) {
      expect(parseConsent(encoded({ [category]: value }), NOW)).toBeNull();
    }
  });
  // Property tests over hundreds of generated values: tests/integration/consent/record-properties.test.ts.
});

describe('serializeConsent', () => {
  it('writes URL-encoded JSON with the keys in the documented order', () => {
    expect(serializeConsent(valid)).toBe(
      encodeURIComponent('{"v":1,"id":"3b241101-e2bb-4255-8caf-4136c566a962","at":"2026-11-28T11:00:00.000Z","rev":1,"usability":true,"tracking":false,"marketing":false}'),
    );
  });

  it('keeps the documented key order whatever order the record was built in, and drops stray keys', () => {
    const shuffled = { marketing: true, tracking: true, usability: false, rev: 3, at: valid.at, id: valid.id, v: 1 as const, extra: 'dropped' };
    expect(decodeURIComponent(serializeConsent(shuffled))).toBe(
      `{"v":1,"id":"${valid.id}","at":"${valid.at}","rev":3,"usability":false,"tracking":true,"marketing":true}`,
    );
  });

  it('writes exactly encodeURIComponent(JSON.stringify(...)) for any record', () => {
    fc.assert(
      fc.property(
        fc.uuid(),
        fc.date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2099-12-31T23:59:59.999Z'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (id, date, rev, usability, tracking, marketing) => {
          const at = date.toISOString();
          const record: ConsentRecord = { marketing, tracking, usability, rev, at, id, v: 1 };
          expect(serializeConsent(record)).toBe(encodeURIComponent(JSON.stringify({ v: 1, id, at, rev, usability, tracking, marketing })));
        },
      ),
    );
  });

  it('produces a value that needs no further escaping in a Set-Cookie header', () => {
    expect(serializeConsent(valid)).toMatch(/^[A-Za-z0-9%._~!*'()-]+$/);
    expect(serializeConsent(valid).length).toBeLessThan(MAX_CONSENT_COOKIE_LENGTH);
  });
});

describe('createConsentRecord', () => {
  it('records the preferences, the revision and the time of the choice in format v1', () => {
    const record = createConsentRecord({ usability: false, tracking: true, marketing: false }, 4, NOW, valid.id);
    expect(record).toEqual({ v: 1, id: valid.id, at: '2026-11-28T12:00:00.000Z', rev: 4, usability: false, tracking: true, marketing: false });
    expect(parseConsent(serializeConsent(record), NOW)).toEqual(record);
  });

  it('gives every choice a fresh v4 UUID', () => {
    const a = createConsentRecord({ usability: true, tracking: true, marketing: true }, 1, NOW);
    const b = createConsentRecord({ usability: true, tracking: true, marketing: true }, 1, NOW);
    expect(a.id).toMatch(UUID_V4);
    expect(b.id).toMatch(UUID_V4);
    expect(a.id).not.toBe(b.id);
  });
});

describe('randomId', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('returns a v4 UUID', () => {
    for (let i = 0; i < 100; i++) expect(randomId()).toMatch(UUID_V4);
  });

  it('returns a v4 UUID also where crypto.randomUUID is missing (a page over plain http)', () => {
    const getRandomValues = crypto.getRandomValues.bind(crypto);
    vi.stubGlobal('crypto', { getRandomValues } satisfies Pick<Crypto, 'getRandomValues'>);
    expect(crypto.randomUUID).toBeUndefined();
    const ids = Array.from({ length: 200 }, () => randomId());
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sets the version and variant bits of the fallback whatever the random bytes are', () => {
    for (const fill of [0x00, 0xff]) {
      vi.stubGlobal('crypto', {
        getRandomValues: <T extends ArrayBufferView | null>(array: T): T => {
          if (array instanceof Uint8Array) array.fill(fill);
          return array;
        },
      } satisfies Pick<Crypto, 'getRandomValues'>);
      expect(randomId()).toBe(fill === 0 ? '00000000-0000-4000-8000-000000000000' : 'ffffffff-ffff-4fff-bfff-ffffffffffff');
      expect(parseConsent(serializeConsent({ ...valid, id: randomId() }), NOW)).not.toBeNull();
    }
  });
});
