import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashesIn, hashesOf, hashSource, inlineScripts, pagePolicies, policyMismatch, scriptHashesIn, uncovered, unhashable } from '@/lib/security/inline-hashes';

const PAGE = [
  '<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body>',
  '<script type="application/ld+json">{"@type":"Organization"}</script>',
  '<script>self.__next_f.push([1,"Привет"])</script>',
  '<script>document.addEventListener("click",function(){})</script>',
  '<script>self.__next_f.push([1,"Привет"])</script>',
  '</body></html>',
].join('');

describe('the hashes of a page’s inline scripts', () => {
  it('hashes the exact UTF-8 text of a script the way browsers do', () => {
    const text = 'self.__next_f.push([1,"Привет"])';
    expect(hashSource(text)).toBe(`sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}`);
  });

  it('finds every executable inline script, not external ones nor JSON data blocks', () => {
    expect(inlineScripts(PAGE)).toEqual(['self.__next_f.push([1,"Привет"])', 'document.addEventListener("click",function(){})', 'self.__next_f.push([1,"Привет"])']);
  });

  it('lists each distinct hash once', () => {
    expect(hashesOf(PAGE).scripts).toHaveLength(2);
  });

  it('reports an inline script whose hash the entry lacks', () => {
    const entry = hashesOf(PAGE);
    expect(uncovered(PAGE, entry)).toEqual([]);
    const changed = PAGE.replace('Привет', 'Привет!');
    expect(uncovered(changed, entry)).toEqual(['self.__next_f.push([1,"Привет!"])']);
    expect(uncovered(PAGE, undefined)).toHaveLength(3);
  });

  it('refuses what no hash can allow: event handler attributes, javascript: URLs, style attributes', () => {
    expect(unhashable('<button onclick="go()">Go</button>')).toEqual(['an inline event handler (onclick=)']);
    expect(unhashable('<a href="javascript:void(0)">x</a>')).toHaveLength(1);
    expect(unhashable('<p style="color:red">x</p>')).toEqual(['a style attribute on <p>']);
    expect(unhashable('<p data-onclick="x" class="style">one</p>')).toEqual([]);
  });

});

describe('each prerendered page’s policy', () => {
  it('allows exactly the page’s own inline scripts, and Google’s hosts only when the build has analytics', () => {
    const { policies } = pagePolicies([{ route: '/ru/_v-first', html: PAGE }, { route: '/ru/_v-q111', html: '<script>b()</script>' }], false);
    expect(scriptHashesIn(policies.get('/ru/_v-first')!).sort()).toEqual(hashesOf(PAGE).scripts);
    expect(scriptHashesIn(policies.get('/ru/_v-q111')!)).toEqual([hashSource('b()')]);
    expect(policies.get('/ru/_v-first')).not.toContain('googletagmanager');
    expect(pagePolicies([{ route: '/ru/_v-first', html: PAGE }], true).policies.get('/ru/_v-first')).toContain('https://*.googletagmanager.com');
  });

  it('fails the build naming the page with an unhashable handler or a missing HTML file', () => {
    expect(() => pagePolicies([{ route: '/ru/_v-first', html: '<button onclick="x()">x</button>' }], false)).toThrow(/\/ru\/_v-first: an inline event handler/);
    expect(() => pagePolicies([{ route: '/en/_v-q111/privacy', html: null }], false)).toThrow(/\/en\/_v-q111\/privacy: prerendered, but its HTML file is missing/);
  });

  it("keeps Next's own fallback pages with style attributes as warnings, still hashing their scripts", () => {
    const built = pagePolicies([{ route: '/_global-error', html: '<div style="x"></div><script>a()</script>' }], true);
    expect(built.warnings).toEqual(['/_global-error: a style attribute on <div>']);
    expect(scriptHashesIn(built.policies.get('/_global-error')!)).toEqual([hashSource('a()')]);
  });

  it('reads the script hashes of script-src only, not of other directives', () => {
    expect(scriptHashesIn("default-src 'self'; style-src 'sha256-s'; script-src 'self' 'sha256-a' 'sha256-b'; img-src 'self'")).toEqual(['sha256-a', 'sha256-b']);
    expect(scriptHashesIn("default-src 'self'")).toEqual([]);
  });

  it('reads both directives of a policy, and names what a page and its policy disagree on', () => {
    const html = '<style>.a{}</style><script>a()</script><script>b()</script>';
    const exact = pagePolicies([{ route: '/ru/_v-first', html }], false).policies.get('/ru/_v-first')!;
    expect(hashesIn(exact)).toEqual(hashesOf(html));
    expect(policyMismatch(exact, html)).toEqual([]);
    // A page whose inlined CSS changed after its policy was written: the browser would drop the styles.
    expect(policyMismatch(exact, html.replace('.a{}', '.b{}'))).toEqual(['1 inline style(s) without their hash', '1 hash(es) of styles the page does not hold']);
    expect(policyMismatch(exact, '<style>.a{}</style><script>a()</script>')).toEqual(['1 hash(es) of scripts the page does not hold']);
  });
});
