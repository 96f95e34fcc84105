import { describe, expect, it } from 'vitest';
import { handleConsentPost } from '@/lib/consent/api';
import type { ConsentLog } from '@/lib/receipts/consent-log';

// The consent log is tested in tests/unit/receipts; here it accepts every receipt.
const receipts: ConsentLog = { record: async () => undefined };
const body = JSON.stringify({ usability: false, tracking: false, marketing: false, action: 'reject_all', locale: 'en' });
const post = (headers: Record<string, string>) =>
  handleConsentPost(new Request('https://almajet.aero/api/consent', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }), { revision: 1, secure: true, receipts });

describe('same-site check', () => {
  it('accepts an Origin matching a Host written in capitals', async () => {
    expect((await post({ host: 'ALMAJET.aero', origin: 'https://almajet.aero' })).status).toBe(200);
  });

  it('takes the first host of a proxy’s X-Forwarded-Host list', async () => {
    expect((await post({ host: 'internal:3000', 'x-forwarded-host': 'almajet.aero, proxy.internal', origin: 'https://almajet.aero' })).status).toBe(200);
  });

  it('still refuses another site', async () => {
    expect((await post({ host: 'almajet.aero', origin: 'https://evil.example' })).status).toBe(403);
  });
});

describe('unreadable bodies', () => {
  it('answers 400 with a JSON message when the body stream fails', async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('client went away'));
      },
    });
    const request = new Request('https://almajet.aero/api/consent', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    const response = await handleConsentPost(request, { revision: 1, secure: true, receipts });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'The request body could not be read.' });
  });
});
