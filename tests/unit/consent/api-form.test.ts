import { describe, expect, it } from 'vitest';
import { handleConsentPost, type ConsentPostContext } from '@/lib/consent/api';
import { CONSENT_COOKIE } from '@/lib/consent/format';
import { parseConsent } from '@/lib/consent/record';
import type { ConsentChoice, ConsentLog } from '@/lib/receipts/consent-log';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const THIRTEEN_MONTHS_S = Math.floor((Date.parse('2027-12-28T12:00:00.000Z') - NOW.getTime()) / 1000);

function context(patch: Partial<ConsentPostContext> = {}): ConsentPostContext & { recorded: ConsentChoice[] } {
  const recorded: ConsentChoice[] = [];
  const receipts: ConsentLog = { record: async (choice) => void recorded.push(choice) };
  return { revision: 3, now: NOW, secure: true, receipts, recorded, ...patch };
}

/** A form post as a browser sends it from a page of almajet.aero. */
function formPost(fields: [string, string][] | string, headers: Record<string, string> = {}): Request {
  const body = typeof fields === 'string' ? fields : new URLSearchParams(fields).toString();
  return new Request('https://almajet.aero/api/consent', {
    method: 'POST',
    headers: { Host: 'almajet.aero', Origin: 'https://almajet.aero', 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body,
  });
}

const cookiesOf = (response: Response) => response.headers.getSetCookie();
const consentCookie = (response: Response) => cookiesOf(response).find((c) => c.startsWith(`${CONSENT_COOKIE}=`)) ?? '';

describe('a consent form post that succeeds', () => {
  it.each([
    ['accept_all', [], { usability: true, tracking: true, marketing: true }],
    ['reject_all', [['tracking', 'on']], { usability: false, tracking: false, marketing: false }],
    ['custom', [['usability', 'on']], { usability: true, tracking: false, marketing: false }],
    ['withdraw', [['usability', 'on']], { usability: false, tracking: false, marketing: false }],
  ] as [string, [string, string][], Record<string, boolean>][])('%s answers 303 back to the page with the consent cookie and a receipt', async (action, boxes, granted) => {
    const ctx = context();
    const response = await handleConsentPost(formPost([['action', action], ['locale', 'en'], ['return', '/en/cookies#preferences'], ...boxes]), ctx);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/en/cookies#preferences');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toBe('');
    const cookie = consentCookie(response);
    const record = parseConsent(cookie.slice(CONSENT_COOKIE.length + 1).split(';')[0], NOW);
    expect(record).toMatchObject({ v: 1, rev: 3, at: NOW.toISOString(), ...granted });
    expect(cookie).toContain(`Max-Age=${THIRTEEN_MONTHS_S}`);
    expect(cookie).toMatch(/; Path=\/; SameSite=Lax; Secure$/);
    expect(ctx.recorded).toEqual([expect.objectContaining({ record, action, locale: 'en', gpc: false })]);
  });

  it('writes the same cookie as the JSON API for the same choice', async () => {
    const json = await handleConsentPost(
      new Request('https://almajet.aero/api/consent', { method: 'POST', headers: { Host: 'almajet.aero', 'Content-Type': 'application/json' }, body: JSON.stringify({ usability: true, tracking: false, marketing: false, action: 'custom', locale: 'ru' }) }),
      context(),
    );
    const form = await handleConsentPost(formPost([['action', 'custom'], ['locale', 'ru'], ['usability', 'on']]), context());
    const withoutValue = (cookie: string | null) => cookie?.split(';').slice(1).join(';');
    expect(withoutValue(consentCookie(form))).toBe(withoutValue(json.headers.get('set-cookie')));
  });

  it.each([
    ['//evil.example', '/ru'],
    ['https://evil.example', '/ru'],
    ['/\\evil.example', '/ru'],
    ['%2F%2Fevil.example', '/ru'],
    ['/ru/privacy', '/ru/privacy'],
  ])('sends return=%j to %s', async (returnTo, location) => {
    const response = await handleConsentPost(formPost([['action', 'reject_all'], ['locale', 'ru'], ['return', returnTo]]), context());
    expect(response.headers.get('location')).toBe(location);
  });

  it('records Global Privacy Control as the JSON path does', async () => {
    const ctx = context();
    await handleConsentPost(formPost([['action', 'reject_all'], ['locale', 'kk']], { 'Sec-GPC': '1' }), ctx);
    expect(ctx.recorded[0]).toMatchObject({ gpc: true, locale: 'kk' });
  });
});

describe('a form choice that takes back tracking or usability', () => {
  const carried = 'almajet_consent=x; _ga=GA1.1.1.1; _ga_ABC123=GS1.1.2; _gat=1; NEXT_LOCALE=en; other=1';

  it('expires _ga, every _ga_* and NEXT_LOCALE the browser carries, on the host and each parent domain', async () => {
    const response = await handleConsentPost(formPost([['action', 'withdraw'], ['locale', 'en']], { Host: 'www.almajet.aero', Origin: 'https://www.almajet.aero', Cookie: carried }), context());
    expect(cookiesOf(response).slice(1)).toEqual([
      '_ga=; Max-Age=0; Path=/',
      '_ga=; Max-Age=0; Path=/; Domain=.www.almajet.aero',
      '_ga=; Max-Age=0; Path=/; Domain=.almajet.aero',
      '_ga_ABC123=; Max-Age=0; Path=/',
      '_ga_ABC123=; Max-Age=0; Path=/; Domain=.www.almajet.aero',
      '_ga_ABC123=; Max-Age=0; Path=/; Domain=.almajet.aero',
      'NEXT_LOCALE=; Max-Age=0; Path=/',
      'NEXT_LOCALE=; Max-Age=0; Path=/; Domain=.www.almajet.aero',
      'NEXT_LOCALE=; Max-Age=0; Path=/; Domain=.almajet.aero',
    ]);
  });

  it('keeps NEXT_LOCALE when usability stays granted', async () => {
    const response = await handleConsentPost(formPost([['action', 'custom'], ['locale', 'en'], ['usability', 'on']], { Cookie: carried }), context());
    const names = cookiesOf(response).map((c) => c.split('=')[0]);
    expect(names).toContain('_ga_ABC123');
    expect(names).not.toContain('NEXT_LOCALE');
  });

  it('keeps every cookie when all is accepted', async () => {
    const response = await handleConsentPost(formPost([['action', 'accept_all'], ['locale', 'en']], { Cookie: carried }), context());
    expect(cookiesOf(response)).toHaveLength(1);
  });

  it('sends no expiry for cookies the browser does not have, and only the host on an IP address', async () => {
    const plain = await handleConsentPost(formPost([['action', 'reject_all'], ['locale', 'en']]), context());
    expect(cookiesOf(plain)).toHaveLength(1);
    const local = await handleConsentPost(formPost([['action', 'reject_all'], ['locale', 'en']], { Host: '127.0.0.1:3000', Origin: 'http://127.0.0.1:3000', Cookie: '_ga=1' }), context({ secure: false }));
    expect(cookiesOf(local).slice(1)).toEqual(['_ga=; Max-Age=0; Path=/']);
  });
});

// Every refused form post (403, 400, 413, 429, 503): ./api-refusals.test.ts.
