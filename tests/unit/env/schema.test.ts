import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env/schema';

function errorOf(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected parseEnv to reject the environment');
}

describe('parseEnv: SITE_URL', () => {
  it('defaults to https://almajet.aero when unset', () => {
    expect(parseEnv({}).SITE_URL).toBe('https://almajet.aero');
    expect(parseEnv({ SITE_URL: undefined }).SITE_URL).toBe('https://almajet.aero');
  });

  it('keeps a valid https address', () => {
    expect(parseEnv({ SITE_URL: 'https://preview.almajet.aero' }).SITE_URL).toBe('https://preview.almajet.aero');
  });

  it('accepts plain http for local development', () => {
    expect(parseEnv({ SITE_URL: 'http://localhost:3000' }).SITE_URL).toBe('http://localhost:3000');
  });

  it.each([
    ['https://almajet.aero/', 'https://almajet.aero'],
    ['https://almajet.aero///', 'https://almajet.aero'],
    ['https://example.com/base/', 'https://example.com/base'],
  ])('removes the trailing slash from %j', (value, expected) => {
    expect(parseEnv({ SITE_URL: value }).SITE_URL).toBe(expected);
  });

  it.each(['almajet.aero', 'not a url', '/privacy'])('rejects %j with a message naming SITE_URL', (value) => {
    const message = errorOf({ SITE_URL: value });
    expect(message).toContain('SITE_URL');
    expect(message).toContain('absolute http(s) URL');
  });

  it.each(['ftp://almajet.aero', 'mailto:info@almajet.aero', 'javascript:alert(1)'])(
    'rejects the non-http address %j with a message naming SITE_URL',
    (value) => {
      expect(errorOf({ SITE_URL: value })).toMatch(/SITE_URL: SITE_URL must be an absolute http\(s\) URL/);
    },
  );
});

describe('parseEnv: NEXT_PUBLIC_GA_ID', () => {
  it('is undefined when unset', () => {
    expect(parseEnv({}).NEXT_PUBLIC_GA_ID).toBeUndefined();
  });

  it.each(['G-ABCD', 'G-ABC123XYZ9', 'G-1234567890'])('accepts the GA4 measurement ID %j', (value) => {
    expect(parseEnv({ NEXT_PUBLIC_GA_ID: value }).NEXT_PUBLIC_GA_ID).toBe(value);
  });

  it.each(['UA-12345-1', 'g-abcd1234', 'G-AB', 'G-ABC 123', 'garbage'])(
    'rejects %j with a message naming the variable and the expected format',
    (value) => {
      const message = errorOf({ NEXT_PUBLIC_GA_ID: value });
      expect(message).toContain('NEXT_PUBLIC_GA_ID');
      expect(message).toContain('G-XXXXXXXXXX');
      expect(message).not.toContain('SITE_URL');
    },
  );

  it('treats an empty string as unset', () => {
    const env = parseEnv({ NEXT_PUBLIC_GA_ID: '' });
    expect(env.NEXT_PUBLIC_GA_ID).toBeUndefined();
  });
});

describe('parseEnv: the whole environment', () => {
  it('lists every bad variable in one message', () => {
    const message = errorOf({ SITE_URL: 'ftp://almajet.aero', NEXT_PUBLIC_GA_ID: 'nope' });
    expect(message).toMatch(/^Invalid environment configuration:/);
    expect(message).toMatch(/^ {2}- SITE_URL: /m);
    expect(message).toMatch(/^ {2}- NEXT_PUBLIC_GA_ID: /m);
  });

  it('passes VERCEL through and ignores unrelated variables', () => {
    const env = parseEnv({ VERCEL: '1', PATH: '/usr/bin', SITE_URL: 'https://almajet.aero' });
    expect(env).toEqual({ SITE_URL: 'https://almajet.aero', TRUSTED_PROXY_HOPS: 0, VERCEL: '1' });
  });
});

describe('parseEnv: TRUSTED_PROXY_HOPS', () => {
  it('defaults to 0: X-Forwarded-For is ignored unless proxies are configured', () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: '' }).TRUSTED_PROXY_HOPS).toBe(0);
  });

  it('reads a whole number of proxies', () => {
    expect(parseEnv({ TRUSTED_PROXY_HOPS: '1' }).TRUSTED_PROXY_HOPS).toBe(1);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: '2' }).TRUSTED_PROXY_HOPS).toBe(2);
  });

  it.each(['-1', '1.5', 'one', 'true', ' 1'])('refuses %j with a message naming the variable', (value) => {
    expect(errorOf({ TRUSTED_PROXY_HOPS: value })).toMatch(/TRUSTED_PROXY_HOPS: TRUSTED_PROXY_HOPS must be a whole number of trusted proxies/);
  });
});
