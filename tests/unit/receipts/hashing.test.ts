import { describe, expect, it, vi } from 'vitest';
import { csvField } from '@/lib/receipts/export';
import { routing } from '@/lib/i18n/routing';
import { readEditionRecord } from '@/lib/policy/archive';
import { latestEdition } from '@/lib/policy/editions';
import { resolveSalt, stableJson, userAgentHash } from '@/lib/receipts/hashing';
import { textsHash } from '@/lib/receipts/texts-hash';
import { clientKey } from '@/lib/receipts/rate-limit';
import { receiptSettings } from '@/lib/receipts/settings';

describe('receipt hashes', () => {
  it('writes stable JSON: the same content in any key order gives the same bytes', () => {
    expect(stableJson({ b: 1, a: { d: [2, { z: 1, y: 'é' }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":"é","z":1}]},"b":1}');
    expect(stableJson({ x: 1, y: 2 })).toBe(stableJson({ y: 2, x: 1 }));
  });

  it.each(routing.locales)('hashes what a %s visitor is shown to the latest archived edition of that language', async (locale) => {
    const record = readEditionRecord(process.cwd(), latestEdition()!.id);
    expect(await textsHash(locale)).toBe(record.hashes[locale]);
  });

  it('gives each locale its own texts hash', async () => {
    const hashes = await Promise.all(routing.locales.map(textsHash));
    expect(new Set(hashes).size).toBe(routing.locales.length);
  });

  it('hashes the user agent with the salt, so without the salt it cannot be matched', () => {
    const a = userAgentHash('Mozilla/5.0', 'salt-one-0123456789');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(userAgentHash('Mozilla/5.0', 'salt-one-0123456789')).toBe(a);
    expect(userAgentHash('Mozilla/5.0', 'salt-two-0123456789')).not.toBe(a);
    expect(userAgentHash(null, 'salt-one-0123456789')).toBeNull();
  });

  it('uses RECEIPT_SALT, or warns once and makes a random salt', () => {
    const warn = vi.fn();
    expect(resolveSalt('configured-salt-0123', warn)).toBe('configured-salt-0123');
    expect(warn).not.toHaveBeenCalled();
    const a = resolveSalt(undefined, warn);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(resolveSalt(undefined, warn)).not.toBe(a);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('RECEIPT_SALT is not set'));
    expect(warn.mock.calls[0]![0]).not.toContain('\n');
  });

  it('keys the rate limit on the client address with a secret, never in clear', () => {
    const key = clientKey('203.0.113.7', 'secret-one-0123456789');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(clientKey('203.0.113.7', 'secret-one-0123456789')).toBe(key);
    expect(clientKey('203.0.113.8', 'secret-one-0123456789')).not.toBe(key);
    expect(clientKey('203.0.113.7', 'secret-two-0123456789')).not.toBe(key);
    expect(clientKey(null, 'secret-one-0123456789')).not.toBe(key);
  });
});

describe('CSV fields', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [true, 'true'],
    [3, '3'],
    [null, ''],
  ] as const)('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('consent log settings', () => {
  it('defaults to SQLite in ./data, 36 months, 30 requests a minute, no PostgreSQL migration at start', () => {
    expect(receiptSettings({})).toEqual({ sqliteFile: expect.stringMatching(/\/data\/receipts\.sqlite$/), databaseUrl: undefined, salt: undefined, retentionMonths: 36, rateLimitPerMinute: 30, migrateOnStart: false });
  });

  it('reads MIGRATE_ON_START=1 and refuses other values by name', () => {
    expect(receiptSettings({ MIGRATE_ON_START: '1' }).migrateOnStart).toBe(true);
    expect(receiptSettings({ MIGRATE_ON_START: '0' }).migrateOnStart).toBe(false);
    expect(() => receiptSettings({ MIGRATE_ON_START: 'yes' })).toThrow(/MIGRATE_ON_START must be 1/);
  });

  it('names every bad variable', () => {
    const bad = { DATABASE_URL: 'mysql://x', RECEIPT_SALT: 'short', RECEIPT_RETENTION_MONTHS: 'ten' };
    expect(() => receiptSettings(bad)).toThrow(/DATABASE_URL[\s\S]*RECEIPT_SALT[\s\S]*RECEIPT_RETENTION_MONTHS/);
  });
});
