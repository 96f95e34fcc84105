import { describe, expect, it } from 'vitest';
import { CONSENT_COOKIE } from '@/lib/consent/format';
import type { CspManifest } from '@/lib/security/csp-manifest';
import { fillFirstVisitCsp, FIRST_VISIT_CSP_STANDIN, type ManifestHeaderRule } from '@/lib/security/first-visit-csp';

const missing = [
  { type: 'cookie', key: CONSENT_COOKIE },
  { type: 'header', key: 'sec-gpc' },
];
const firstVisitRule = (source: string): ManifestHeaderRule => ({
  source,
  missing,
  regex: `^${source}(?:/)?$`,
  headers: [
    { key: 'Content-Security-Policy', value: FIRST_VISIT_CSP_STANDIN },
    { key: 'Cache-Control', value: 'private, no-cache' },
  ],
});
const everyResponse: ManifestHeaderRule = { source: '/:path*', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] };
const pages = [
  { source: '/ru/privacy', route: '/ru/_v-first/privacy' },
  { source: '/en', route: '/en/_v-first' },
];
const manifest: CspManifest = {
  version: 1,
  analytics: false,
  pages: {
    '/ru/_v-first/privacy': { scripts: ['sha256-AAA=', 'sha256-BBB='], styles: [] },
    '/en/_v-first': { scripts: ['sha256-CCC='], styles: [] },
    '/ru/_v-q111/privacy': { scripts: ['sha256-DDD='], styles: [] },
  },
};
const cspOf = (rules: ManifestHeaderRule[], source: string) =>
  rules.find((rule) => rule.source === source && rule.missing)?.headers.find(({ key }) => key === 'Content-Security-Policy')?.value;

describe('fillFirstVisitCsp', () => {
  it("puts each first-visit page's exact script hashes in place of the stand-in, and nothing else", () => {
    const rules = [everyResponse, firstVisitRule('/ru/privacy'), firstVisitRule('/en')];
    const filled = fillFirstVisitCsp(rules, pages, manifest);
    expect(cspOf(filled, '/ru/privacy')).toMatch(/script-src 'self' 'sha256-AAA=' 'sha256-BBB=';/);
    expect(cspOf(filled, '/en')).toMatch(/script-src 'self' 'sha256-CCC=';/);
    // Another variant's hashes are never lent to a first visit.
    expect(filled.map((rule) => JSON.stringify(rule)).join()).not.toContain('DDD');
    expect(filled[0]).toEqual(everyResponse);
    expect(filled[1]?.headers[1]).toEqual({ key: 'Cache-Control', value: 'private, no-cache' });
    expect(filled[1]?.regex).toBe('^/ru/privacy(?:/)?$');
    // The rules read are left as they were (the script writes the result, not the input).
    expect(cspOf(rules, '/ru/privacy')).toBe(FIRST_VISIT_CSP_STANDIN);
  });

  it('allows no inline script in the stand-in, so a build that skipped the step fails closed', () => {
    expect(FIRST_VISIT_CSP_STANDIN).toMatch(/script-src 'self';/);
    expect(FIRST_VISIT_CSP_STANDIN).not.toMatch(/sha256|unsafe/);
  });

  it('fails, naming the page, when a first-visit page has no headers rule', () => {
    expect(() => fillFirstVisitCsp([everyResponse, firstVisitRule('/ru/privacy')], pages, manifest)).toThrow(/\/en: no first-visit headers rule/);
  });

  it('does not take a rule that applies to returning visitors as well for the first-visit one', () => {
    const withoutMissing = { ...firstVisitRule('/en'), missing: undefined };
    expect(() => fillFirstVisitCsp([firstVisitRule('/ru/privacy'), withoutMissing], pages, manifest)).toThrow(/\/en: no first-visit headers rule/);
  });

  it('fails, naming the page, when its prerendered route is not in the CSP manifest', () => {
    const rest = Object.fromEntries(Object.entries(manifest.pages).filter(([route]) => route !== '/en/_v-first'));
    expect(() => fillFirstVisitCsp([firstVisitRule('/ru/privacy'), firstVisitRule('/en')], pages, { ...manifest, pages: rest })).toThrow(/\/en: its page \/en\/_v-first is not in the CSP manifest/);
  });
});
