import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleConsentPost, MAX_CONSENT_BODY_BYTES, RECEIPT_UNAVAILABLE_MESSAGE, type ConsentPostContext } from '@/lib/consent/api';
import type { ConsentChoice, ConsentLog } from '@/lib/receipts/consent-log';
import type { RequestLimiter } from '@/lib/receipts/rate-limit';

/*
 * Every way POST /api/consent refuses a choice, for the enhanced page (JSON) and for a plain HTML
 * form, in one table. Whatever the reason, a refusal stores no receipt, sets no cookie, says what
 * went wrong in words (JSON `{error}`, or a small page in the visitor's language) and never shows a
 * stack trace or a source path.
 */

const URL_ = 'https://almajet.aero/api/consent';
const SAME_SITE = { Host: 'almajet.aero', Origin: 'https://almajet.aero', 'Sec-Fetch-Site': 'same-origin' };

const choice = (patch: Record<string, unknown> = {}) => JSON.stringify({ usability: true, tracking: false, marketing: true, action: 'custom', locale: 'en', ...patch });
const without = (field: string) => {
  const value = JSON.parse(choice()) as Record<string, unknown>;
  delete value[field];
  return JSON.stringify(value);
};

function json(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(URL_, { method: 'POST', headers: { ...SAME_SITE, 'Content-Type': 'application/json', ...headers }, body, duplex: 'half' } as RequestInit);
}

function form(fields: [string, string][] | string, headers: Record<string, string> = {}): Request {
  const body = typeof fields === 'string' ? fields : new URLSearchParams(fields).toString();
  return new Request(URL_, { method: 'POST', headers: { ...SAME_SITE, 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body });
}

/** A body that arrives in chunks, with no Content-Length header. */
function stream(totalBytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const size = Math.min(512, totalBytes - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
}

const limited: RequestLimiter = { check: async () => ({ allowed: false, retryAfterSeconds: 42 }) };
const failing = (reason: unknown): ConsentLog => ({ record: () => Promise.reject(reason) });
const FOREIGN = { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' };
const TOO_BIG = `The request body must not exceed ${MAX_CONSENT_BODY_BYTES} bytes.`;

interface Refusal {
  name: string;
  request: () => Request;
  status: number;
  /** What the answer says (a fragment of the JSON error, or of the page). */
  says: string | RegExp;
  context?: Partial<ConsentPostContext>;
  /** The form answer's language. */
  lang?: 'ru' | 'en' | 'kk';
}

const JSON_REFUSALS: Refusal[] = [
  ...['', '{', 'usability=true', choice().slice(0, -1)].map((body) => ({ name: `a body that is not JSON: ${JSON.stringify(body)}`, request: () => json(body), status: 400, says: 'not valid JSON' })),
  ...['usability', 'tracking', 'marketing', 'action', 'locale'].map((field) => ({ name: `no ${field}`, request: () => json(without(field)), status: 400, says: field })),
  { name: 'an extra field', request: () => json(choice({ technical: false })), status: 400, says: 'technical' },
  ...[{ tracking: 'true' }, { usability: 1 }, { marketing: null }, { action: 1 }, { locale: ['en'] }].map((patch) => ({ name: `a field of the wrong type: ${JSON.stringify(patch)}`, request: () => json(choice(patch)), status: 400, says: Object.keys(patch)[0]! })),
  ...['null', '[]', '"accept_all"', '{}'].map((body) => ({ name: `JSON that is no choice: ${body}`, request: () => json(body), status: 400, says: 'Invalid consent request' })),
  { name: 'an unknown action', request: () => json(choice({ action: 'accept_some' })), status: 400, says: 'action' },
  ...['de', 'EN', '', 'en-GB'].map((locale) => ({ name: `a locale the site does not have: ${JSON.stringify(locale)}`, request: () => json(choice({ locale })), status: 400, says: 'locale' })),
  ...['{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}', '\u0000', JSON.stringify({ a: 'x'.repeat(3000) })].map((body) => ({ name: `a hostile body: ${body.slice(0, 30)}`, request: () => json(body), status: 400, says: /JSON|Invalid consent request/ })),
  ...['text/plain', 'multipart/form-data; boundary=x', 'application/jsonp', 'application/json-seq'].map((type) => ({ name: `a body sent as ${type}`, request: () => json(choice(), { 'Content-Type': type }), status: 415, says: 'application/json' })),
  { name: 'no Content-Type at all', request: () => new Request(URL_, { method: 'POST', headers: SAME_SITE, body: new TextEncoder().encode(choice()) }), status: 415, says: 'application/json' },
  { name: `a declared Content-Length over ${MAX_CONSENT_BODY_BYTES} bytes`, request: () => json(choice(), { 'Content-Length': String(MAX_CONSENT_BODY_BYTES + 1) }), status: 413, says: TOO_BIG },
  { name: 'a streamed body over the limit, without Content-Length', request: () => json(stream(MAX_CONSENT_BODY_BYTES + 1)), status: 413, says: TOO_BIG },
  { name: 'a body over the limit that claims to be shorter', request: () => json(choice().padEnd(MAX_CONSENT_BODY_BYTES + 1, ' '), { 'Content-Length': '100' }), status: 413, says: TOO_BIG },
  // 2,100 Cyrillic letters are fewer characters than the limit but 4,200 bytes in UTF-8.
  { name: 'a body over the limit in bytes, not in characters', request: () => json(choice({ note: 'ж'.repeat(2100) })), status: 413, says: TOO_BIG },
  ...['https://evil.example', 'https://almajet.aero.evil.example', 'https://sub.almajet.aero', 'null', 'not a url'].map((origin) => ({ name: `a page of another site: ${origin}`, request: () => json(choice(), { Origin: origin, 'Sec-Fetch-Site': 'same-origin' }), status: 403, says: 'only be given on this site' })),
  { name: 'a request the browser calls cross-site', request: () => json(choice(), { 'Sec-Fetch-Site': 'cross-site' }), status: 403, says: 'only be given on this site' },
  { name: 'another site, before its size or type is looked at', request: () => json(choice(), { ...FOREIGN, 'Content-Type': 'text/plain', 'Content-Length': '999999' }), status: 403, says: 'only be given on this site' },
  { name: 'a client over the rate limit', request: () => json(choice()), context: { rateLimiter: limited }, status: 429, says: 'try again in 42 seconds' },
  { name: 'a consent log that fails', request: () => json(choice()), context: { receipts: failing(new Error('SQLITE_BUSY: database is locked')) }, status: 503, says: RECEIPT_UNAVAILABLE_MESSAGE },
  { name: 'a consent log that rejects with something that is not an Error', request: () => json(choice()), context: { receipts: failing('connection refused') }, status: 503, says: RECEIPT_UNAVAILABLE_MESSAGE },
];

const FORM_REFUSALS: Refusal[] = [
  { name: 'another site’s form, answered in the posted language', request: () => form([['action', 'accept_all'], ['locale', 'ru'], ['return', '/ru/privacy']], FOREIGN), status: 403, lang: 'ru', says: 'Выбор cookie можно сделать только на этом сайте.' },
  { name: 'a form the browser calls cross-site, with no Origin', request: () => form([['action', 'accept_all'], ['locale', 'en']], { Origin: '', 'Sec-Fetch-Site': 'cross-site' }), status: 403, lang: 'en', says: 'A cookie choice can only be made on this site.' },
  { name: 'a field sent twice, naming the problem', request: () => form([['action', 'accept_all'], ['action', 'reject_all'], ['locale', 'kk'], ['return', '//evil.example']]), status: 400, lang: 'kk', says: 'the field &#34;action&#34; is sent more than once' },
  { name: 'no locale, answered in the default language', request: () => form([['action', 'accept_all']]), status: 400, lang: 'ru', says: 'locale: Invalid option' },
  { name: 'markup in a field, never echoed as markup', request: () => form([['action', '<img src=x onerror=alert(1)>'], ['locale', 'en']]), status: 400, lang: 'en', says: 'The form was not filled in as expected.' },
  { name: `a form over ${MAX_CONSENT_BODY_BYTES} bytes, in the default language as it is never read`, request: () => form(`action=accept_all&locale=en&return=${'a'.repeat(MAX_CONSENT_BODY_BYTES)}`), status: 413, lang: 'ru', says: 'Форма отправила слишком много данных.' },
  { name: 'a client over the rate limit, told the wait in its language', request: () => form([['action', 'reject_all'], ['locale', 'ru']]), context: { rateLimiter: limited }, status: 429, lang: 'ru', says: 'Попробуйте снова через 42 с.' },
  { name: 'a consent log that fails', request: () => form([['action', 'accept_all'], ['locale', 'en']]), context: { receipts: failing(new Error('disk full')) }, status: 503, lang: 'en', says: 'Your choice could not be recorded right now.' },
];

let recorded: ConsentChoice[];
const context = (patch: Partial<ConsentPostContext> = {}): ConsentPostContext => ({
  revision: 3,
  now: new Date('2026-11-28T12:00:00.000Z'),
  secure: true,
  receipts: { record: async (choice) => void recorded.push(choice) },
  ...patch,
});

beforeEach(() => {
  recorded = [];
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

/** What every refusal shares: no receipt, no cookie, a wait where retrying helps, no internals. */
async function expectRefused(response: Response, refusal: Refusal): Promise<string> {
  expect(response.status).toBe(refusal.status);
  expect(response.headers.getSetCookie()).toEqual([]);
  expect(recorded).toEqual([]);
  const wait = { 429: '42', 503: '30' }[refusal.status as 429 | 503];
  expect(response.headers.get('retry-after')).toBe(wait ?? null);
  const text = await response.text();
  expect(text).not.toMatch(/\n\s+at |at Object\.|node_modules|\/lib\/consent\/|ZodError|\.ts:\d+/);
  return text;
}

describe('POST /api/consent refuses a JSON choice', () => {
  it.each(JSON_REFUSALS)('$status: $name', async (refusal) => {
    const text = await expectRefused(await handleConsentPost(refusal.request(), context(refusal.context)), refusal);
    const body = JSON.parse(text) as { error: string };
    expect(Object.keys(body)).toEqual(['error']);
    if (typeof refusal.says === 'string') expect(body.error).toContain(refusal.says);
    else expect(body.error).toMatch(refusal.says);
  });

  it('stops reading an endless body', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024).fill(0x20));
      },
    });
    expect((await handleConsentPost(json(endless), context())).status).toBe(413);
    expect(pulled).toBeLessThan(20);
  });
});

describe('POST /api/consent refuses a form choice (no JavaScript)', () => {
  it.each(FORM_REFUSALS)('$status: $name', async (refusal) => {
    const response = await handleConsentPost(refusal.request(), context(refusal.context));
    const html = await expectRefused(response, refusal);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html).toMatch(new RegExp(`^<!DOCTYPE html>\\n<html lang="${refusal.lang}">`));
    expect(html).not.toMatch(/<script|<style|style=|<img/i);
    if (typeof refusal.says === 'string') expect(html).toContain(refusal.says);
    else expect(html).toMatch(refusal.says);
    // A way back: the posted page when it is one of the site's, else the home page of the language.
    expect(html).toMatch(/<a href="\/(ru|en|kk)(\/[a-z/-]*)?">/);
  });
});
