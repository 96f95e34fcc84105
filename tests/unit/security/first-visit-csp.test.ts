import { describe, expect, it } from 'vitest';
import type { CspManifest } from '@/lib/security/csp-manifest';
import { fillStandIns, firstVisitStandIn, standInsIn } from '@/lib/security/first-visit-csp';

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
/** A routes manifest as `next build` writes it: the every-response rule, then the first-visit rules. */
const routesManifest = (sources: string[]) =>
  JSON.stringify(
    {
      version: 3,
      headers: [
        { source: '/:path*', headers: [{ key: 'X-Frame-Options', value: 'DENY' }], regex: '^(?:/(.*))?$' },
        ...sources.map((source) => ({
          source,
          missing: [{ type: 'cookie', key: 'almajet_consent' }],
          headers: [
            { key: 'Content-Security-Policy', value: firstVisitStandIn(pages.find((page) => page.source === source)!.route) },
            { key: 'Cache-Control', value: 'private, no-cache' },
          ],
          regex: `^${source}(?:/)?$`,
        })),
      ],
    },
    null,
    2,
  );
type Rule = { source: string; headers: { key: string; value: string }[]; regex: string };
const cspOf = (text: string, source: string) =>
  (JSON.parse(text) as { headers: Rule[] }).headers.find((rule) => rule.source === source)?.headers.find(({ key }) => key === 'Content-Security-Policy')?.value;

describe('first-visit CSP stand-ins', () => {
  it("replaces each page's stand-in with its exact script hashes, and changes nothing else", () => {
    const before = routesManifest(['/ru/privacy', '/en']);
    const after = fillStandIns(before, pages, manifest);
    expect(cspOf(after, '/ru/privacy')).toMatch(/script-src 'self' 'sha256-AAA=' 'sha256-BBB=';/);
    expect(cspOf(after, '/en')).toMatch(/script-src 'self' 'sha256-CCC=';/);
    // Another variant's hashes are never lent to a first visit.
    expect(after).not.toContain('DDD');
    const rules = (text: string) => (JSON.parse(text) as { headers: Rule[] }).headers.map(({ source, regex, headers }) => ({ source, regex, other: headers.filter(({ key }) => key !== 'Content-Security-Policy') }));
    expect(rules(after)).toEqual(rules(before));
    expect(standInsIn(after, pages)).toEqual([]);
  });

  it('finds the stand-ins by value, whatever the file (a deployment adapter writes its own format)', () => {
    const adapterOutput = JSON.stringify({ version: 3, routes: [{ src: '^/en$', headers: { 'Content-Security-Policy': firstVisitStandIn('/en/_v-first') } }] });
    expect(standInsIn(adapterOutput, pages)).toEqual([pages[1]]);
    expect(fillStandIns(adapterOutput, pages, manifest)).toContain("'sha256-CCC='");
  });

  it('gives each page its own stand-in, which allows no inline script: a build that skipped the step fails closed', () => {
    const standIn = firstVisitStandIn('/ru/_v-first/privacy');
    expect(standIn).not.toBe(firstVisitStandIn('/en/_v-first'));
    expect(standIn).not.toMatch(/unsafe/);
    // Its one hash is of a text no page holds, not of any script the page serves.
    expect(standIn).not.toMatch(/AAA|BBB/);
    expect(standIn).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]{43}=';/);
  });

  it("fails, naming the page, when a stand-in's page is not in the CSP manifest", () => {
    const withoutEn: CspManifest = { ...manifest, pages: Object.fromEntries(Object.entries(manifest.pages).filter(([route]) => route !== '/en/_v-first')) };
    expect(() => fillStandIns(routesManifest(['/ru/privacy', '/en']), pages, withoutEn)).toThrow(/\/en: its page \/en\/_v-first is not in the CSP manifest/);
  });
});
