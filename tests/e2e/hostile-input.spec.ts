import type { APIResponse } from '@playwright/test';
import { expect, test } from './fixtures';
import { CONSENT_COOKIE } from './consent-helpers';

const BANNER = 'data-consent-banner';

async function expectSafe(response: APIResponse, what: string) {
  expect(response.status(), what).toBeLessThan(500);
  const body = await response.text();
  expect(body, what).not.toMatch(/\bat [\w.<>]+ \(|node_modules|Error: /);
}

const record = (extra: Record<string, unknown> = {}) =>
  encodeURIComponent(JSON.stringify({ v: 1, id: '7d7f7a2e-8f57-4d3e-9a4e-0f5b1f7d2c11', at: new Date().toISOString(), rev: 1, usability: true, tracking: true, marketing: true, ...extra }));

test.describe('hostile consent cookies give the banner and grant nothing', () => {
  for (const [what, value] of [
    ['garbage', '%%%garbage{{{'],
    ['10 KB', 'x'.repeat(10_000)],
    ['JSON with extra keys', record({ admin: true })],
    ['a revision from the future', record({ rev: 999 })],
    ['a date in the future', record({ at: '2999-01-01T00:00:00.000Z' })],
    ['another format version', record({ v: 2 })],
  ] as const) {
    test(what, async ({ request }) => {
      const response = await request.get('/en/privacy', { headers: { cookie: `${CONSENT_COOKIE}=${value}` } });
      await expectSafe(response, what);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).toContain(BANNER);
      expect(html).not.toContain('googletagmanager.com/gtag/js');
    });
  }
});

test.describe('hostile headers and paths', () => {
  for (const [what, value] of [
    ['garbage', ';;;q=xyz,*-*-*,en;q=abc'],
    ['8 KB', `en-US,${'x'.repeat(8_000)}`],
  ] as const) {
    test(`Accept-Language ${what}`, async ({ request }) => {
      const response = await request.get('/', { headers: { 'accept-language': value }, maxRedirects: 0 });
      await expectSafe(response, what);
      expect(response.status()).toBe(307);
    });
  }

  for (const path of ['/ru/%2e%2e/', '/ru/privacy%00', '/ru/%ff', `/ru/${'a'.repeat(4_000)}`, `/${'b'.repeat(4_000)}`, '/ru/privacy/../../etc/passwd', '/%E0%A4%A', '/api/%ff', '/_next/static/%ff', '/_next/%ff']) {
    test(`path ${path.slice(0, 40)}`, async ({ request }) => {
      await expectSafe(await request.get(path), path);
    });
  }
});

test.describe('hostile requests to POST /api/consent', () => {
  const valid = { usability: true, tracking: false, marketing: false, action: 'custom', locale: 'en' };
  const cases: [string, { headers?: Record<string, string>; data?: string | Buffer }, number][] = [
    ['a wrong content-type', { headers: { 'content-type': 'text/plain' }, data: JSON.stringify(valid) }, 415],
    ['invalid JSON', { headers: { 'content-type': 'application/json' }, data: '{"usability": tru' }, 400],
    ['extra fields', { headers: { 'content-type': 'application/json' }, data: JSON.stringify({ ...valid, admin: true }) }, 400],
    ['wrong types', { headers: { 'content-type': 'application/json' }, data: JSON.stringify({ ...valid, tracking: 'yes' }) }, 400],
    ['a huge body', { headers: { 'content-type': 'application/json' }, data: JSON.stringify({ ...valid, pad: 'x'.repeat(100_000) }) }, 413],
    ['a foreign Origin', { headers: { 'content-type': 'application/json', origin: 'https://evil.example' }, data: JSON.stringify(valid) }, 403],
  ];
  for (const [what, options, status] of cases) {
    test(what, async ({ request }) => {
      const response = await request.post('/api/consent', options);
      await expectSafe(response, what);
      expect(response.status()).toBe(status);
      expect((await response.json()) as { error: string }).toEqual({ error: expect.any(String) });
      expect(response.headers()['set-cookie']).toBeUndefined();
    });
  }

  for (const method of ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PATCH']) {
    test(`${method} is not allowed`, async ({ request }) => {
      const response = await request.fetch('/api/consent', { method });
      await expectSafe(response, method);
      expect(response.status()).toBe(405);
      expect(response.headers().allow).toBe('POST');
    });
  }

  test('a valid choice is never widened: custom keeps exactly what was sent', async ({ request }) => {
    const response = await request.post('/api/consent', { data: valid });
    expect(response.status()).toBe(200);
    const { record: stored } = (await response.json()) as { record: Record<string, unknown> };
    expect(stored).toMatchObject({ usability: true, tracking: false, marketing: false });
  });
});
