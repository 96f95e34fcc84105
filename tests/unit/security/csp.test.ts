import { describe, expect, it } from 'vitest';
import { buildCsp, createNonce, LOCKED_DOWN_CSP } from '@/lib/security/csp';
import { SECURITY_HEADERS } from '@/lib/security/headers';

const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));

describe('createNonce', () => {
  it('gives 128 random bits, base64, different every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('buildCsp', () => {
  it('lets scripts run only with the nonce and what they load', () => {
    expect(directive(buildCsp('abc'), 'script-src')).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic' 'unsafe-inline' https:");
  });

  it('allows inline styles only for the development server, whose overlay injects them', () => {
    expect(directive(buildCsp('abc'), 'style-src')).toBe("style-src 'self' 'nonce-abc'");
    expect(directive(buildCsp('abc', { dev: true }), 'style-src')).toBe("style-src 'self' 'unsafe-inline'");
  });

  it('allows eval only for the development server', () => {
    expect(buildCsp('abc')).not.toContain('unsafe-eval');
    expect(directive(buildCsp('abc', { dev: true }), 'script-src')).toContain("'unsafe-eval'");
  });

  it('forbids plugins, base changes, framing and foreign form targets', () => {
    const csp = buildCsp('abc');
    expect(directive(csp, 'object-src')).toBe("object-src 'none'");
    expect(directive(csp, 'base-uri')).toBe("base-uri 'none'");
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(csp, 'form-action')).toBe("form-action 'self'");
  });

  it('allows Google Analytics 4 collection, regional hosts included, and nothing else abroad', () => {
    expect(directive(buildCsp('abc'), 'connect-src')).toBe("connect-src 'self' https://*.google-analytics.com https://*.analytics.google.com https://*.googletagmanager.com");
    expect(directive(buildCsp('abc'), 'img-src')).toBe("img-src 'self' data: https://*.google-analytics.com https://*.googletagmanager.com");
  });

  it('locks down responses that are not pages', () => {
    expect(LOCKED_DOWN_CSP).toContain("default-src 'none'");
  });
});

describe('SECURITY_HEADERS', () => {
  it('keeps HSTS for at least a year with subdomains', () => {
    const hsts = SECURITY_HEADERS.find((h) => h.key === 'Strict-Transport-Security')?.value ?? '';
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(hsts).toContain('includeSubDomains');
  });
});
