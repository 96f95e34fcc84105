import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { healthResponse, type HealthProbe } from '@/lib/ops/health';
import { ReceiptLogNotMigratedError } from '@/lib/receipts/migrations';

const probe = (patch: Partial<HealthProbe> = {}): HealthProbe => ({
  log: 'sqlite',
  draining: false,
  ping: () => Promise.resolve(),
  revision: () => Promise.resolve(3),
  ...patch,
});

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('GET /api/health', () => {
  it('answers 200 with the log kind and the policy revision when the log answers, never cached', async () => {
    const response = await healthResponse(probe({ log: 'postgres' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok', log: 'postgres', revision: 3 });
  });

  it('answers 503 with a plain reason when the log is down, without the driver message', async () => {
    const down = probe({ ping: () => Promise.reject(new Error('connect ECONNREFUSED 10.1.2.3:5432 password=hunter2 /srv/data/receipts.sqlite')) });
    const response = await healthResponse(down);
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ status: 'unavailable', log: 'sqlite', reason: 'the consent log is unavailable' });
    expect(text).not.toMatch(/10\.1\.2\.3|hunter2|\/srv|ECONNREFUSED/);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('ECONNREFUSED'));
  });

  it('answers 503 when the log takes more than 1 s, and does not wait for it', async () => {
    vi.useFakeTimers();
    try {
      const slow = probe({ ping: () => new Promise((resolve) => setTimeout(resolve, 5000)) });
      const answer = healthResponse(slow);
      await vi.advanceTimersByTimeAsync(1001);
      const response = await answer;
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', log: 'sqlite', reason: 'the consent log did not answer within 1 s' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('still answers 200 to a log that takes 0.9 s', async () => {
    vi.useFakeTimers();
    try {
      const answer = healthResponse(probe({ ping: () => new Promise((resolve) => setTimeout(resolve, 900)) }));
      await vi.advanceTimersByTimeAsync(900);
      expect((await answer).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it('names the command when the schema is behind', async () => {
    const response = await healthResponse(probe({ ping: () => Promise.reject(new ReceiptLogNotMigratedError(['0002_consent_rate_limit'])) }));
    expect(response.status).toBe(503);
    expect((await response.json()) as { reason: string }).toMatchObject({ reason: expect.stringContaining('npm run db:migrate') });
  });

  it('answers 503 while the server shuts down, so a load balancer stops sending', async () => {
    const ping = vi.fn(() => Promise.resolve());
    const response = await healthResponse(probe({ draining: true, ping }));
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ reason: 'the server is shutting down' });
    expect(ping).not.toHaveBeenCalled();
  });

  it('answers HEAD with the same status and no body', async () => {
    const up = await healthResponse(probe(), 'HEAD');
    expect(up.status).toBe(200);
    expect(await up.text()).toBe('');
    const down = await healthResponse(probe({ ping: () => Promise.reject(new Error('x')) }), 'HEAD');
    expect(down.status).toBe(503);
    expect(await down.text()).toBe('');
  });
});
