// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cookieDomains, cookieNames, cookieValue, deleteCookies, GA_COOKIE_PATTERN } from '@/lib/analytics/browser-cookies';

/** The JSDOM instance vitest's jsdom environment exposes, typed just enough to move the page to another host. */
const dom = (globalThis as unknown as { jsdom: { reconfigure(options: { url: string }): void } }).jsdom;
const START_URL = window.location.href;

/** Every domain a test in this file may set a cookie on. */
const TEST_DOMAINS = [undefined, '.www.almajet.aero', '.almajet.aero'];

function visibleCookies(): string[] {
  return cookieNames(document.cookie, /./).sort();
}

function clearCookies(): void {
  for (const name of visibleCookies()) {
    for (const domain of TEST_DOMAINS) document.cookie = `${name}=; Max-Age=0; Path=/${domain ? `; Domain=${domain}` : ''}`;
  }
}

afterEach(() => {
  clearCookies();
});

describe('cookieDomains', () => {
  it('gives the host itself and every parent except the top-level domain', () => {
    expect(cookieDomains('www.almajet.aero')).toEqual([undefined, '.www.almajet.aero', '.almajet.aero']);
  });

  it('gives the bare domain and the host for a registrable domain', () => {
    expect(cookieDomains('almajet.aero')).toEqual([undefined, '.almajet.aero']);
  });

  it('walks up a deeper host one label at a time', () => {
    expect(cookieDomains('a.b.almajet.aero')).toEqual([undefined, '.a.b.almajet.aero', '.b.almajet.aero', '.almajet.aero']);
  });

  it('never names the top-level domain', () => {
    for (const host of ['www.almajet.aero', 'almajet.aero', 'preview.almajet.kz']) {
      const tld = `.${host.split('.').at(-1)}`;
      expect(cookieDomains(host)).not.toContain(tld);
    }
  });

  it.each(['localhost', '127.0.0.1', '192.168.1.20', '::1', '[::1]'])('gives only the host itself for %s', (host) => {
    expect(cookieDomains(host)).toEqual([undefined]);
  });
});

describe('cookieNames', () => {
  const header = '_ga=GA1.1.123.456; _ga_ABC123=GS1.1.789; _gat=1; x_ga=1; almajet_consent=%7B%22v%22%3A1%7D; NEXT_LOCALE=en';

  it('finds Google Analytics cookies: _ga and _ga_<container>', () => {
    expect(cookieNames(header, GA_COOKIE_PATTERN)).toEqual(['_ga', '_ga_ABC123']);
  });

  it.each(['_gat', 'x_ga', 'almajet_consent', '_ga_', '_gid', 'NEXT_LOCALE'])('does not take %s for a Google Analytics cookie', (name) => {
    expect(cookieNames(`${name}=1`, GA_COOKIE_PATTERN)).toEqual([]);
  });

  it('reads names whose values contain = signs', () => {
    expect(cookieNames('_ga=a=b=c; other=1', GA_COOKIE_PATTERN)).toEqual(['_ga']);
  });

  it('gives nothing for an empty cookie string', () => {
    expect(cookieNames('', GA_COOKIE_PATTERN)).toEqual([]);
  });
});

describe('deleteCookies on localhost', () => {
  it('removes the matching cookies from the page and returns their names', () => {
    document.cookie = '_ga=GA1.1.123.456; Path=/';
    document.cookie = '_ga_ABC123=GS1.1.789; Path=/';
    document.cookie = 'almajet_consent=%7B%7D; Path=/';
    document.cookie = 'NEXT_LOCALE=en; Path=/';
    expect(deleteCookies(GA_COOKIE_PATTERN).sort()).toEqual(['_ga', '_ga_ABC123']);
    expect(visibleCookies()).toEqual(['NEXT_LOCALE', 'almajet_consent']);
  });

  it('leaves the page alone and returns nothing when no cookie matches', () => {
    document.cookie = 'almajet_consent=%7B%7D; Path=/';
    expect(deleteCookies(GA_COOKIE_PATTERN)).toEqual([]);
    expect(visibleCookies()).toEqual(['almajet_consent']);
  });
});

describe('deleteCookies on www.almajet.aero', () => {
  beforeEach(() => {
    dom.reconfigure({ url: 'https://www.almajet.aero/en/privacy' });
  });

  afterEach(() => {
    clearCookies();
    dom.reconfigure({ url: START_URL });
  });

  it('also removes Google cookies set on the parent domain', () => {
    expect(window.location.hostname).toBe('www.almajet.aero');
    document.cookie = '_ga=GA1.1.1.1; Path=/; Domain=.almajet.aero';
    document.cookie = '_ga_ABC123=GS1.1.2; Path=/; Domain=.almajet.aero';
    document.cookie = 'almajet_consent=%7B%7D; Path=/';
    expect(visibleCookies()).toEqual(['_ga', '_ga_ABC123', 'almajet_consent']);
    deleteCookies(GA_COOKIE_PATTERN);
    expect(visibleCookies()).toEqual(['almajet_consent']);
  });

  it('removes a Google cookie set on the host itself', () => {
    document.cookie = '_ga=GA1.1.1.1; Path=/';
    document.cookie = '_ga_ABC123=GS1.1.2; Path=/; Domain=www.almajet.aero';
    expect(deleteCookies(GA_COOKIE_PATTERN).sort()).toEqual(['_ga', '_ga_ABC123']);
    expect(visibleCookies()).toEqual([]);
  });

  it('removes both copies when the same cookie exists on the host and on the parent domain', () => {
    document.cookie = '_ga=host; Path=/';
    document.cookie = '_ga=parent; Path=/; Domain=.almajet.aero';
    expect(document.cookie.split('; ')).toEqual(['_ga=host', '_ga=parent']);
    deleteCookies(GA_COOKIE_PATTERN);
    expect(document.cookie).toBe('');
  });
});

describe('cookieValue', () => {
  it('reads one cookie, %-decoded, among others', () => {
    expect(cookieValue('_ga=GA1.1.1; almajet_consent=%7B%22v%22%3A1%7D; NEXT_LOCALE=en', 'almajet_consent')).toBe('{"v":1}');
  });

  it('matches the whole name, not a prefix or suffix', () => {
    expect(cookieValue('x_almajet_consent=1; almajet_consent_pending=2', 'almajet_consent')).toBeUndefined();
  });

  it('gives undefined for no cookie at all and for a value that cannot be decoded', () => {
    expect(cookieValue('', 'almajet_consent')).toBeUndefined();
    expect(cookieValue('almajet_consent=%E0%A4%A', 'almajet_consent')).toBeUndefined();
  });
});
