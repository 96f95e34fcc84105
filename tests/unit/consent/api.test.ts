import { describe, expect, it } from 'vitest';
import { handleConsentPost, MAX_CONSENT_BODY_BYTES, methodNotAllowed, type ConsentPostContext } from '@/lib/consent/api';
import { CONSENT_COOKIE, type ConsentRecord } from '@/lib/consent/format';
import { parseConsent } from '@/lib/consent/record';
import type { ConsentLog } from '@/lib/receipts/consent-log';

const URL_ = 'https://almajet.aero/api/consent';
const HOST = 'almajet.aero';
const NOW = new Date('2026-11-28T12:00:00.000Z');
// The consent log is tested in tests/unit/receipts; here it accepts every receipt.
const receipts: ConsentLog = { record: async () => undefined };
const CONTEXT: ConsentPostContext = { revision: 7, now: NOW, secure: true, receipts };
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface PostOptions {
  body?: BodyInit | null;
  headers?: Record<string, string>;
}

/** A browser-like POST from a page of the site. */
function post({ body = null, headers = {} }: PostOptions = {}): Request {
  return new Request(URL_, {
    method: 'POST',
    headers: { Host: HOST, 'Content-Type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);
}

function choice(patch: Record<string, unknown> = {}): string {
  return JSON.stringify({ usability: true, tracking: false, marketing: true, action: 'custom', locale: 'en', ...patch });
}

async function errorOf(response: Response): Promise<string> {
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(response.headers.get('set-cookie')).toBeNull();
  const body: unknown = await response.json();
  expect(body).toEqual({ error: expect.any(String) });
  const { error } = body as { error: string };
  expect(error).not.toMatch(/\n\s+at |node_modules|ZodError|\.ts:\d+/);
  expect(error.length).toBeGreaterThan(0);
  return error;
}

async function recordOf(response: Response): Promise<ConsentRecord> {
  expect(response.status).toBe(200);
  const body: unknown = await response.json();
  expect(Object.keys(body as object)).toEqual(['record']);
  return (body as { record: ConsentRecord }).record;
}

describe('handleConsentPost: a valid choice', () => {
  it.each([
    ['accept_all grants every category even when the switches say no', 'accept_all', { usability: false, tracking: false, marketing: false }, { usability: true, tracking: true, marketing: true }],
    ['reject_all grants nothing even when the switches say yes', 'reject_all', { usability: true, tracking: true, marketing: true }, { usability: false, tracking: false, marketing: false }],
    ['withdraw grants nothing even when the switches say yes', 'withdraw', { usability: true, tracking: true, marketing: true }, { usability: false, tracking: false, marketing: false }],
    ['custom keeps the switches', 'custom', { usability: false, tracking: true, marketing: false }, { usability: false, tracking: true, marketing: false }],
  ])('%s', async (_label, action, switches, granted) => {
    const response = await handleConsentPost(post({ body: choice({ action, ...switches }) }), CONTEXT);
    const record = await recordOf(response);
    expect(record).toEqual({ v: 1, id: expect.stringMatching(UUID_V4), at: NOW.toISOString(), rev: CONTEXT.revision, ...granted });
  });

  it('answers 200 with JSON that no cache keeps', async () => {
    const response = await handleConsentPost(post({ body: choice() }), CONTEXT);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('sets the consent cookie to the record it answers with', async () => {
    const response = await handleConsentPost(post({ body: choice() }), CONTEXT);
    const cookie = response.headers.get('set-cookie') ?? '';
    const record = await recordOf(response);
    expect(cookie.startsWith(`${CONSENT_COOKIE}=`)).toBe(true);
    const value = cookie.slice(CONSENT_COOKIE.length + 1).split(';')[0];
    expect(parseConsent(value, NOW)).toEqual(record);
    expect(cookie).toMatch(/; Path=\/(;|$)/);
    expect(cookie).toMatch(/; SameSite=Lax(;|$)/);
    expect(cookie).toMatch(/; Secure(;|$)/);
    expect(cookie).not.toMatch(/HttpOnly/i);
  });

  it('leaves Secure off the cookie on a plain-http deployment', async () => {
    const response = await handleConsentPost(post({ body: choice() }), { ...CONTEXT, secure: false });
    expect(response.headers.get('set-cookie')).not.toMatch(/Secure/i);
  });

  it('records the revision and the server time it was given', async () => {
    const now = new Date('2027-05-01T08:30:00.000Z');
    const record = await recordOf(await handleConsentPost(post({ body: choice() }), { revision: 12, now, secure: true, receipts }));
    expect(record.rev).toBe(12);
    expect(record.at).toBe('2027-05-01T08:30:00.000Z');
  });

  it('uses the current time when the context gives none', async () => {
    const before = Date.now();
    const record = await recordOf(await handleConsentPost(post({ body: choice() }), { revision: 1, secure: true, receipts }));
    expect(Date.parse(record.at)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(record.at)).toBeLessThanOrEqual(Date.now());
  });

  it('gives every choice a new id', async () => {
    const a = await recordOf(await handleConsentPost(post({ body: choice() }), CONTEXT));
    const b = await recordOf(await handleConsentPost(post({ body: choice() }), CONTEXT));
    expect(a.id).not.toBe(b.id);
  });

  it.each(['ru', 'en'])('accepts the %s locale', async (locale) => {
    expect((await handleConsentPost(post({ body: choice({ locale }) }), CONTEXT)).status).toBe(200);
  });

  it('accepts a Content-Type with a charset', async () => {
    const response = await handleConsentPost(post({ body: choice(), headers: { 'Content-Type': 'application/json; charset=utf-8' } }), CONTEXT);
    expect(response.status).toBe(200);
  });

  it('accepts a same-origin Origin and Sec-Fetch-Site', async () => {
    const response = await handleConsentPost(post({ body: choice(), headers: { Origin: 'https://almajet.aero', 'Sec-Fetch-Site': 'same-origin' } }), CONTEXT);
    expect(response.status).toBe(200);
  });

  it('compares the Origin with X-Forwarded-Host behind a proxy', async () => {
    const headers = { Host: 'internal:3000', 'X-Forwarded-Host': HOST, Origin: 'https://almajet.aero' };
    expect((await handleConsentPost(post({ body: choice(), headers }), CONTEXT)).status).toBe(200);
  });

  it('accepts a request without Origin, as some browsers send for same-origin requests', async () => {
    expect((await handleConsentPost(post({ body: choice() }), CONTEXT)).status).toBe(200);
  });

  it(`accepts a body of exactly ${MAX_CONSENT_BODY_BYTES} bytes`, async () => {
    const body = choice().padEnd(MAX_CONSENT_BODY_BYTES, ' ');
    const response = await handleConsentPost(post({ body, headers: { 'Content-Length': String(MAX_CONSENT_BODY_BYTES) } }), CONTEXT);
    expect(response.status).toBe(200);
  });
});

// Every refusal (400, 403, 413, 415, 429, 503), JSON and form: ./api-refusals.test.ts.

describe('methodNotAllowed', () => {
  it('answers 405 naming POST as the only method', async () => {
    const response = methodNotAllowed();
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await errorOf(response)).toMatch(/POST/);
  });
});
