// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { cookieNames } from '@/lib/analytics/browser-cookies';
import { consentModeSignals } from '@/lib/analytics/consent-mode';
import { ALL_GRANTED, NOTHING_GRANTED, type Preferences } from '@/lib/consent/categories';
import { applyChoice, removeDisallowedCookies } from '@/lib/consent/side-effects';

type ApplyOptions = Parameters<typeof applyChoice>[1];
type FakeWindow = { document: Document; gtag?: Mock<(...args: unknown[]) => void>; [key: string]: unknown };

const ID = 'G-TEST1';
const only = (granted: Partial<Preferences>): Preferences => ({ ...NOTHING_GRANTED, ...granted });

function visibleCookies(): string[] {
  return cookieNames(document.cookie, /./).sort();
}

function setCookies(): void {
  for (const cookie of ['_ga=GA1.1.123.456', '_ga_ABC123=GS1.1.789', 'NEXT_LOCALE=en', 'almajet_consent=%7B%7D']) document.cookie = `${cookie}; Path=/`;
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** Lets every pending promise callback run. */
const flush = () => new Promise<void>((done) => setTimeout(done, 0));

function fakeWindow(withGtag: boolean): FakeWindow {
  return withGtag ? { document, gtag: vi.fn<(...args: unknown[]) => void>() } : { document };
}

const asWin = (win: FakeWindow) => win as unknown as NonNullable<ApplyOptions['win']>;

beforeEach(() => {
  setCookies();
});

afterEach(() => {
  for (const name of visibleCookies()) document.cookie = `${name}=; Max-Age=0; Path=/`;
});

describe('removeDisallowedCookies', () => {
  it('deletes Google and language cookies when there is no choice', () => {
    removeDisallowedCookies(null);
    expect(visibleCookies()).toEqual(['almajet_consent']);
  });

  it('deletes Google and language cookies when nothing is granted', () => {
    removeDisallowedCookies(NOTHING_GRANTED);
    expect(visibleCookies()).toEqual(['almajet_consent']);
  });

  it('keeps the language cookie with usability consent but deletes Google cookies', () => {
    removeDisallowedCookies(only({ usability: true }));
    expect(visibleCookies()).toEqual(['NEXT_LOCALE', 'almajet_consent']);
  });

  it('keeps Google cookies with tracking consent but deletes the language cookie', () => {
    removeDisallowedCookies(only({ tracking: true }));
    expect(visibleCookies()).toEqual(['_ga', '_ga_ABC123', 'almajet_consent']);
  });

  it('keeps everything when everything is granted', () => {
    removeDisallowedCookies(ALL_GRANTED);
    expect(visibleCookies()).toEqual(['NEXT_LOCALE', '_ga', '_ga_ABC123', 'almajet_consent']);
  });

  it('never deletes the consent cookie itself', () => {
    removeDisallowedCookies(null, document);
    expect(visibleCookies()).toContain('almajet_consent');
  });
});

describe('applyChoice', () => {
  it('denies analytics in gtag, disables the property and deletes Google cookies when tracking is withdrawn', () => {
    const win = fakeWindow(true);
    const next = only({ usability: true });
    applyChoice(next, { measurementId: ID, settled: deferred().promise, reload: vi.fn(), win: asWin(win) });
    expect(win.gtag).toHaveBeenCalledWith('consent', 'update', expect.objectContaining({ analytics_storage: 'denied' }));
    expect(win.gtag).toHaveBeenCalledWith('consent', 'update', consentModeSignals(next));
    expect(win['ga-disable-G-TEST1']).toBe(true);
    expect(visibleCookies()).toEqual(['NEXT_LOCALE', 'almajet_consent']);
  });

  it('reloads the page once, and only after the choice has settled, when tracking is withdrawn', async () => {
    const win = fakeWindow(true);
    const settled = deferred();
    const reload = vi.fn();
    expect(applyChoice(NOTHING_GRANTED, { measurementId: ID, settled: settled.promise, reload, win: asWin(win) })).toBe(true);
    await flush();
    expect(reload).not.toHaveBeenCalled();
    settled.resolve();
    await flush();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('still reloads without a measurement ID, but disables no property', async () => {
    const win = fakeWindow(true);
    const reload = vi.fn();
    expect(applyChoice(NOTHING_GRANTED, { settled: Promise.resolve(), reload, win: asWin(win) })).toBe(true);
    await flush();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(Object.keys(win).filter((key) => key.startsWith('ga-disable-'))).toEqual([]);
  });

  it('updates gtag and does not reload when tracking stays granted', async () => {
    const win = fakeWindow(true);
    const reload = vi.fn();
    const next = only({ tracking: true, marketing: true });
    expect(applyChoice(next, { measurementId: ID, settled: Promise.resolve(), reload, win: asWin(win) })).toBe(false);
    await flush();
    expect(win.gtag).toHaveBeenCalledTimes(1);
    expect(win.gtag).toHaveBeenCalledWith('consent', 'update', consentModeSignals(next));
    expect(win['ga-disable-G-TEST1']).toBeUndefined();
    expect(reload).not.toHaveBeenCalled();
    expect(visibleCookies()).toEqual(['_ga', '_ga_ABC123', 'almajet_consent']);
  });

  it('starts Google Analytics, defaults denied before config, with one page view, when tracking is granted on the page', () => {
    const win = { document, location: { href: 'http://localhost/en/privacy', pathname: '/en/privacy' } } as FakeWindow & { dataLayer?: IArguments[] };
    expect(applyChoice(only({ tracking: true }), { measurementId: ID, settled: Promise.resolve(), reload: vi.fn(), win: asWin(win) })).toBe(false);
    const calls = (win.dataLayer ?? []).map((args) => Array.from(args));
    expect(calls.map((args) => args.slice(0, 2))).toEqual([['consent', 'default'], ['consent', 'update'], ['js', expect.any(Date)], ['config', ID], ['event', 'page_view']]);
    expect(calls[4]?.[2]).toEqual({ page_location: 'http://localhost/en/privacy', page_path: '/en/privacy' });
    const script = document.head.querySelector(`script[src*="${ID}"]`);
    expect(script).not.toBeNull();
    script?.remove();
  });

  it('starts nothing without a measurement ID or without tracking', () => {
    for (const [next, measurementId] of [[only({ tracking: true }), undefined], [only({ usability: true, marketing: true }), ID]] as const) {
      const win = fakeWindow(false);
      applyChoice(next, { measurementId, settled: Promise.resolve(), reload: vi.fn(), win: asWin(win) });
      expect(win).not.toHaveProperty('gtag');
    }
  });

  it('does not reload when Google Analytics was never loaded, but still deletes its cookies', async () => {
    const win = fakeWindow(false);
    const reload = vi.fn();
    expect(applyChoice(NOTHING_GRANTED, { measurementId: ID, settled: Promise.resolve(), reload, win: asWin(win) })).toBe(false);
    await flush();
    expect(reload).not.toHaveBeenCalled();
    expect(win['ga-disable-G-TEST1']).toBeUndefined();
    expect(visibleCookies()).toEqual(['almajet_consent']);
  });
});
