import { describe, expect, it } from 'vitest';
import { buildCsp, LOCKED_DOWN_CSP } from '@/lib/security/csp';
import { SECURITY_HEADERS } from '@/lib/security/headers';

const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));
const page = (options: Partial<Parameters<typeof buildCsp>[0]> = {}) => buildCsp({ scriptHashes: ['sha256-AAA=', 'sha256-BBB='], analytics: true, ...options });

describe('buildCsp', () => {
  it('lets scripts run only from this origin or by the hash of their exact text', () => {
    expect(directive(page({ analytics: false }), 'script-src')).toBe("script-src 'self' 'sha256-AAA=' 'sha256-BBB='");
  });

  it('sends neither a nonce, nor unsafe-inline, nor strict-dynamic for scripts in production', () => {
    const script = directive(page(), 'script-src')!;
    expect(script).not.toMatch(/nonce-|unsafe-inline|strict-dynamic|unsafe-eval/);
  });

  it("allows Google's tag host for scripts, and its collection hosts, only when analytics is configured", () => {
    expect(directive(page(), 'script-src')).toContain('https://*.googletagmanager.com');
    expect(directive(page(), 'connect-src')).toBe("connect-src 'self' https://*.google-analytics.com https://*.analytics.google.com https://*.googletagmanager.com");
    expect(directive(page(), 'img-src')).toBe("img-src 'self' data: https://*.google-analytics.com https://*.googletagmanager.com");
    const without = page({ analytics: false });
    expect(without).not.toContain('google');
  });

  it('allows inline styles only by hash in production, freely for the development server', () => {
    expect(directive(page(), 'style-src')).toBe("style-src 'self'");
    expect(directive(page({ styleHashes: ['sha256-CCC='] }), 'style-src')).toBe("style-src 'self' 'sha256-CCC='");
    expect(directive(page({ dev: true }), 'style-src')).toBe("style-src 'self' 'unsafe-inline'");
  });

  it('allows eval only for the development server', () => {
    expect(page()).not.toContain('unsafe-eval');
    expect(directive(page({ dev: true }), 'script-src')).toContain("'unsafe-eval'");
  });

  it('forbids plugins, base changes, framing and foreign form targets', () => {
    const csp = page();
    expect(directive(csp, 'object-src')).toBe("object-src 'none'");
    expect(directive(csp, 'base-uri')).toBe("base-uri 'none'");
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(csp, 'form-action')).toBe("form-action 'self'");
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
