import { describe, expect, it } from 'vitest';
import { ALL_DENIED, consentModeSignals, GA_COOKIE_EXPIRES_SECONDS, gtagBootstrapCommands, gtagBootstrapScript, gtagScriptUrl } from '@/lib/analytics/consent-mode';
import { ALL_GRANTED, NOTHING_GRANTED, type Preferences } from '@/lib/consent/categories';

const ID = 'G-TEST1';
const DAY_SECONDS = 24 * 60 * 60;

const only = (granted: Partial<Preferences>): Preferences => ({ ...NOTHING_GRANTED, ...granted });

/** Runs the inline script against a fake window and gives the dataLayer entries as plain arrays. */
function runBootstrap(source: string): { entries: unknown[][]; win: { dataLayer: unknown[]; gtag?: unknown } } {
  const dataLayer: unknown[] = [];
  const win: { dataLayer: unknown[]; gtag?: unknown; location: { href: string; pathname: string } } = { dataLayer, location: { href: 'https://almajet.aero/en/privacy#cookies', pathname: '/en/privacy' } };
  const run = new Function('window', 'dataLayer', source) as (window: unknown, dataLayer: unknown[]) => void;
  run(win, dataLayer);
  return { entries: win.dataLayer.map((entry) => Array.from(entry as ArrayLike<unknown>)), win };
}

describe('consentModeSignals', () => {
  it('maps tracking to analytics_storage alone', () => {
    expect(consentModeSignals(only({ tracking: true }))).toEqual({ ...ALL_DENIED, analytics_storage: 'granted', security_storage: 'granted' });
  });

  it('maps marketing to the three advertising signals', () => {
    expect(consentModeSignals(only({ marketing: true }))).toEqual({
      ...ALL_DENIED,
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
      security_storage: 'granted',
    });
  });

  it('maps usability to functionality and personalisation storage', () => {
    expect(consentModeSignals(only({ usability: true }))).toEqual({
      ...ALL_DENIED,
      functionality_storage: 'granted',
      personalization_storage: 'granted',
      security_storage: 'granted',
    });
  });

  it('always grants security storage, which stands for the technical category', () => {
    expect(consentModeSignals(NOTHING_GRANTED).security_storage).toBe('granted');
    expect(consentModeSignals(ALL_GRANTED).security_storage).toBe('granted');
  });

  it('denies every optional signal when nothing is granted', () => {
    expect(consentModeSignals(NOTHING_GRANTED)).toEqual({ ...ALL_DENIED, security_storage: 'granted' });
  });

  it('grants all seven signals when everything is granted', () => {
    const signals = consentModeSignals(ALL_GRANTED);
    expect(Object.keys(signals).sort()).toEqual(Object.keys(ALL_DENIED).sort());
    expect(Object.values(signals).every((value) => value === 'granted')).toBe(true);
  });
});

describe('ALL_DENIED', () => {
  it('denies all seven Consent Mode v2 signals', () => {
    expect(ALL_DENIED).toEqual({
      analytics_storage: 'denied',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'denied',
    });
  });
});

describe('gtagBootstrapCommands', () => {
  it('denies everything by default first, then applies the choice, then starts and configures GA', () => {
    const choice = only({ tracking: true });
    expect(gtagBootstrapCommands(ID, choice)).toEqual([
      ['consent', 'default', ALL_DENIED],
      ['consent', 'update', consentModeSignals(choice)],
      ['js', { now: true }],
      ['config', ID, { cookie_expires: 393 * DAY_SECONDS, cookie_update: false, send_page_view: false }],
    ]);
  });

  it('keeps Google cookies for 393 days, given in seconds', () => {
    expect(GA_COOKIE_EXPIRES_SECONDS).toBe(33_955_200);
    const config = gtagBootstrapCommands(ID, ALL_GRANTED).find((command) => command[0] === 'config');
    expect(config?.[2]).toMatchObject({ cookie_expires: 33_955_200 });
  });

  it('never extends the cookie lifetime on later visits and leaves page views to the site', () => {
    const config = gtagBootstrapCommands(ID, ALL_GRANTED).find((command) => command[0] === 'config');
    expect(config?.[2]).toMatchObject({ cookie_update: false, send_page_view: false });
  });
});

describe('gtagScriptUrl', () => {
  it('loads gtag.js from Google Tag Manager for the measurement ID', () => {
    expect(gtagScriptUrl(ID)).toBe('https://www.googletagmanager.com/gtag/js?id=G-TEST1');
  });

  it('encodes the ID so it cannot add parameters or break out of the URL', () => {
    const url = new URL(gtagScriptUrl('G-A&l=evil#x y'));
    expect(url.searchParams.get('id')).toBe('G-A&l=evil#x y');
    expect([...url.searchParams.keys()]).toEqual(['id']);
    expect(url.hash).toBe('');
  });
});

describe('gtagBootstrapScript', () => {
  it('pushes the default denial, the choice, js, config and the page view to the dataLayer in that order', () => {
    const choice = only({ tracking: true, usability: true });
    const { entries } = runBootstrap(gtagBootstrapScript(ID, choice));
    expect(entries.map((entry) => entry.slice(0, 2))).toEqual([
      ['consent', 'default'],
      ['consent', 'update'],
      ['js', expect.any(Date)],
      ['config', ID],
      ['event', 'page_view'],
    ]);
    expect(entries[0]).toEqual(['consent', 'default', ALL_DENIED]);
    expect(entries[1]).toEqual(['consent', 'update', consentModeSignals(choice)]);
    expect(entries[3]).toEqual(['config', ID, { cookie_expires: 393 * DAY_SECONDS, cookie_update: false, send_page_view: false }]);
    // The address bar's path, not the internal variant's the proxy served.
    expect(entries[4]).toEqual(['event', 'page_view', { page_location: 'https://almajet.aero/en/privacy#cookies', page_path: '/en/privacy' }]);
  });

  it('starts gtag with the current time', () => {
    const before = Date.now();
    const { entries } = runBootstrap(gtagBootstrapScript(ID, ALL_GRANTED));
    const started = entries[2]?.[1];
    expect(started).toBeInstanceOf(Date);
    expect((started as Date).getTime()).toBeGreaterThanOrEqual(before);
    expect((started as Date).getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('defines window.gtag so later calls reach the same dataLayer', () => {
    const { win } = runBootstrap(gtagBootstrapScript(ID, ALL_GRANTED));
    expect(typeof win.gtag).toBe('function');
    (win.gtag as (...args: unknown[]) => void)('event', 'page_view');
    expect(Array.from(win.dataLayer.at(-1) as ArrayLike<unknown>)).toEqual(['event', 'page_view']);
  });

  it('denies analytics in the update when the visitor did not grant tracking', () => {
    const { entries } = runBootstrap(gtagBootstrapScript(ID, only({ marketing: true })));
    expect(entries[1]).toEqual(['consent', 'update', expect.objectContaining({ analytics_storage: 'denied', ad_storage: 'granted' })]);
  });

  it('cannot be closed early by a measurement ID containing </script>', () => {
    const id = 'G-X</script><script>alert(1)</script><!--';
    const source = gtagBootstrapScript(id, ALL_GRANTED);
    expect(source).not.toContain('<');
    expect(source.toLowerCase()).not.toContain('</script');
    const { entries } = runBootstrap(source);
    expect(entries[3]?.[1]).toBe(id);
  });

  it('keeps a measurement ID with quotes as data, not code', () => {
    const id = "G-X');window.pwned=true;//\"";
    const { entries, win } = runBootstrap(gtagBootstrapScript(id, ALL_GRANTED));
    expect(entries[3]?.[1]).toBe(id);
    expect(win).not.toHaveProperty('pwned');
  });
});
