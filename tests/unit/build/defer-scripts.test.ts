import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DEFERRED_SCRIPTS_ID, DEFERRED_SCRIPTS_LOADER, deferScripts, deferredScripts } from '@/lib/build/defer-scripts';
import { inlineScripts, pagePolicies } from '@/lib/security/inline-hashes';

// The shape of a page as `next build` writes it (Next 16, Turbopack), shortened.
const PAGE = [
  '<!DOCTYPE html><html lang="ru"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/entry.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/turbopack-b.js" async=""></script>',
  '<script async="" src="https://example.com/other.js"></script>',
  '<link rel="preload" href="/_next/static/media/font.woff2" as="font" crossorigin="" type="font/woff2"/>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head><body><main><p>Политика</p></main>',
  '<script>document.addEventListener("click",function(){})</script>',
  '<script>window.dataLayer=window.dataLayer||[];</script><script async="" src="https://www.googletagmanager.com/gtag/js?id=G-TEST12345"></script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>',
  '<script src="/_next/static/chunks/entry.js" async=""></script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"<script src=\\"/_next/static/chunks/x.js\\" async=\\"\\"></script>"])</script>',
  '</body></html>',
].join('');

describe('the page’s scripts requested after the first paint', () => {
  const { html, scripts } = deferScripts(PAGE);

  it('takes Next’s async chunks and Google’s tag out of the HTML, in document order, with the preload of the body’s entry', () => {
    expect(scripts).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/turbopack-b.js', 'https://www.googletagmanager.com/gtag/js?id=G-TEST12345', '/_next/static/chunks/entry.js']);
    expect(html).not.toMatch(/<script src="\/_next\/static\/chunks\/(a|turbopack-b|entry)\.js"|<script[^>]*googletagmanager/);
    expect(html).not.toContain('rel="preload" as="script"');
    expect(deferredScripts(html)).toEqual(scripts);
  });

  it('leaves everything else as it was: styles, fonts, the noModule polyfill, other scripts, inline scripts and the RSC payload', () => {
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
      '<script async="" src="https://example.com/other.js"></script>',
      'as="font"',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script>window.dataLayer=window.dataLayer||[];</script>',
      '<script id="_R_">',
      'self.__next_f.push([1,"<script src=\\"/_next/static/chunks/x.js\\" async=\\"\\"></script>"])',
    ]) {
      expect(html).toContain(kept);
    }
    expect(html.replace(`<script type="application/json" id="${DEFERRED_SCRIPTS_ID}">${JSON.stringify(scripts)}</script><script>${DEFERRED_SCRIPTS_LOADER}</script>`, '')).toBe(
      PAGE.replace(/<link rel="preload" as="script"[^>]*>|<script src="\/_next\/static\/chunks\/(a|turbopack-b|entry)\.js" async=""><\/script>|<script async="" src="https:\/\/www\.googletagmanager[^"]*"><\/script>/g, ''),
    );
  });

  it('puts the URLs in a data block and the loader at the end of the body, where the hash CSP covers the loader', () => {
    expect(html.endsWith(`<script>${DEFERRED_SCRIPTS_LOADER}</script></body></html>`)).toBe(true);
    expect(inlineScripts(html)).toContain(DEFERRED_SCRIPTS_LOADER);
    expect(inlineScripts(html).some((text) => text.includes('/_next/static/chunks/a.js'))).toBe(false);
    expect(() => pagePolicies([{ route: '/ru', html }], false)).not.toThrow();
  });

  it('is done once: a rewritten page, or a page without Next’s scripts, comes back unchanged', () => {
    expect(deferScripts(html)).toEqual({ html, scripts: [] });
    const plain = '<html><body><p>x</p></body></html>';
    expect(deferScripts(plain)).toEqual({ html: plain, scripts: [] });
  });

  it('leaves a script with attributes it would not reproduce (integrity, crossorigin, type), or not async, where it was', () => {
    for (const tag of [
      '<script src="/_next/static/chunks/a.js" async="" integrity="sha384-x" crossorigin=""></script>',
      '<script type="module" src="/_next/static/chunks/a.js" async=""></script>',
      '<script src="/_next/static/chunks/a.js"></script>',
      '<script async="" src="https://www.googletagmanager.com/gtag/js?id=G-1&amp;l=x"></script>',
    ]) {
      expect(deferScripts(`<html><body>${tag}</body></html>`).scripts).toEqual([]);
    }
  });

  it('says what is wrong with a page it cannot rewrite', () => {
    expect(() => deferScripts('<script src="/_next/static/chunks/a.js" async=""></script><p>cut off')).toThrow(/no <\/body>/);
  });

  it('reads no URLs from a page without the data block', () => {
    expect(deferredScripts(PAGE)).toEqual([]);
  });
});

/** Runs the loader in a fake browser; returns the scripts it appended, and the callbacks it left waiting. */
function runLoader(options: { visibility?: string; paint?: boolean; paintedAlready?: boolean; observerThrows?: boolean }) {
  const appended: { src: string; async: boolean }[] = [];
  const timers: (() => void)[] = [];
  const frames: (() => void)[] = [];
  let observer: ((list: { getEntriesByName(name: string): unknown[] }) => void) | undefined;
  const entries = (names: string[]) => ({ getEntriesByName: (name: string) => names.filter((n) => n === name) });
  class FakeObserver {
    static supportedEntryTypes = options.paint === false ? ['navigation'] : ['paint', 'navigation'];
    constructor(callback: typeof observer) {
      if (options.observerThrows) throw new Error('not allowed');
      observer = callback;
    }
    observe(init: { type: string; buffered: boolean }) {
      expect(init).toEqual({ type: 'paint', buffered: true });
      if (options.paintedAlready) observer!(entries(['first-paint', 'first-contentful-paint']));
    }
  }
  const document = {
    visibilityState: options.visibility ?? 'visible',
    getElementById: (id: string) => (id === DEFERRED_SCRIPTS_ID ? { textContent: '["/_next/static/chunks/a.js","/_next/static/chunks/b.js"]' } : null),
    createElement: () => ({ src: '', async: false }),
    head: { appendChild: (element: { src: string; async: boolean }) => appended.push(element) },
  };
  runInNewContext(DEFERRED_SCRIPTS_LOADER, {
    document,
    PerformanceObserver: FakeObserver,
    setTimeout: (callback: () => void) => timers.push(callback),
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
  });
  return { appended, timers, frames, paint: (names: string[]) => observer?.(entries(names)) };
}

describe('the loader in the browser', () => {
  it('requests nothing before the first contentful paint, then every script once, async, in order', () => {
    const run = runLoader({});
    expect(run.appended).toEqual([]);
    run.paint(['first-paint']);
    expect(run.appended).toEqual([]);
    run.paint(['first-contentful-paint']);
    expect(run.appended).toEqual([
      { src: '/_next/static/chunks/a.js', async: true },
      { src: '/_next/static/chunks/b.js', async: true },
    ]);
    run.timers.forEach((timer) => timer());
    run.paint(['first-contentful-paint']);
    expect(run.appended).toHaveLength(2);
  });

  it('loads at once when the page painted before the loader ran (buffered entries)', () => {
    expect(runLoader({ paintedAlready: true }).appended).toHaveLength(2);
  });

  it('loads after 3 s when no paint is reported', () => {
    const run = runLoader({});
    expect(run.appended).toEqual([]);
    run.timers.forEach((timer) => timer());
    expect(run.appended).toHaveLength(2);
  });

  it('loads at once in a hidden page (a background tab or a prerender), which never paints', () => {
    const run = runLoader({ visibility: 'hidden' });
    expect(run.appended).toHaveLength(2);
    expect(run.timers).toEqual([]);
  });

  it('loads after a frame where the browser has no paint timing, or refuses the observer', () => {
    for (const options of [{ paint: false }, { observerThrows: true }]) {
      const run = runLoader(options);
      expect(run.appended).toEqual([]);
      run.frames.forEach((frame) => frame());
      expect(run.appended).toEqual([]);
      run.timers.forEach((timer) => timer());
      expect(run.appended).toHaveLength(2);
    }
  });
});
