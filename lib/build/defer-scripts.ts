/**
 * The page's scripts, requested once the page has painted. Part of `npm run build`
 * (scripts/page-csp.ts rewrites every prerendered page with it before hashing its inline scripts).
 *
 * Next writes its chunks as `<script src async>` in the head (and preloads the runtime's entry), so
 * they download beside the HTML and, on a fast connection, run before the first frame; a returning
 * visitor's page loads Google's gtag.js the same way. The first paint then shares the network and
 * the main thread with them, and Lighthouse counts every one of them into Largest Contentful Paint.
 * Here they leave the HTML; their URLs go into a JSON data block and one small inline loader, the
 * same on every page, inserts them (still async, in the same order) as soon as the page has
 * painted its first content — at once when the page is hidden (a background tab, a prerender),
 * after a frame where a browser lacks paint timing, and after 3 s whatever happens. The page works
 * before they run: every control is a link or a form (docs/architecture.md, "Main thread"), and
 * gtag.js reads the commands the inline bootstrap queued whenever it arrives. Measured in
 * docs/measurements.md: the first paint comes earlier, hydration later.
 */

import { gtagScriptUrl } from '../analytics/consent-mode';

/** The id of the data block holding the deferred scripts' URLs, in document order. */
export const DEFERRED_SCRIPTS_ID = 'deferred-scripts';

/** The data block's start tag, as the build writes it and `deferredScripts` reads it back. */
const DATA_BLOCK = `<script type="application/json" id="${DEFERRED_SCRIPTS_ID}">`;

/** The loader, ES5 so it runs (and does nothing harmful) in any browser. Identical on every page: one CSP hash. */
export const DEFERRED_SCRIPTS_LOADER = [
  '(function(){',
  'var done=0,urls=JSON.parse(document.getElementById(' + JSON.stringify(DEFERRED_SCRIPTS_ID) + ').textContent);',
  'function load(){if(done)return;done=1;for(var i=0;i<urls.length;i++){var s=document.createElement("script");s.src=urls[i];s.async=true;document.head.appendChild(s)}}',
  'if(document.visibilityState!=="visible")return load();',
  'setTimeout(load,3000);',
  'try{if(PerformanceObserver.supportedEntryTypes.indexOf("paint")>=0){',
  'new PerformanceObserver(function(list){if(list.getEntriesByName("first-contentful-paint").length)load()}).observe({type:"paint",buffered:true});return}}catch(e){}',
  'requestAnimationFrame(function(){setTimeout(load)})',
  '})()',
].join('');

const TAG = /<(script|link)\b([^>]*?)\/?>(?:<\/script>)?/gi;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/**
 * What the loader may insert: Next's chunks, and Google's tag for a measurement ID, as
 * gtagScriptUrl() writes it (its CSP allows it where it renders).
 */
const DEFERRABLE = new RegExp(`^(?:/_next/static/[\\w./-]+\\.js|${escape(gtagScriptUrl(''))}[\\w-]+)$`);

/** A start tag's attributes, names lower-cased; boolean attributes map to ''. */
function attributes(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, , quoted, bare] of source.matchAll(/([^\s"'=/>]+)(\s*=\s*(?:"([^"]*)"|([^\s"'>]+)))?/g)) found.set(name!.toLowerCase(), quoted ?? bare ?? '');
  return found;
}

/** A deferrable script loaded as `<script src async>` and nothing else (a tag with more attributes is left alone). */
function deferrable(tag: string, attrs: Map<string, string>): string | undefined {
  if (!/^<script/i.test(tag) || !/<\/script>$/i.test(tag)) return undefined;
  const src = attrs.get('src');
  return attrs.size === 2 && attrs.has('async') && src && DEFERRABLE.test(src) ? src : undefined;
}

/**
 * The page's HTML with its async scripts (Next's chunks, their preloads, gtag.js) replaced by the
 * loader. `noModule` polyfills, any other script and inline scripts stay as they are. A page
 * without such scripts — or one already rewritten — comes back unchanged.
 */
export function deferScripts(html: string): { html: string; scripts: string[] } {
  const scripts: string[] = [];
  for (const [tag, , attrSource] of html.matchAll(TAG)) {
    const src = deferrable(tag, attributes(attrSource!));
    if (src && !scripts.includes(src)) scripts.push(src);
  }
  if (scripts.length === 0) return { html, scripts };
  if (!html.includes('</body>')) throw new Error('the page has no </body> to put the script loader before');
  const rewritten = html.replace(TAG, (tag: string, kind: string, attrSource: string) => {
    const attrs = attributes(attrSource);
    if (deferrable(tag, attrs)) return '';
    const preload = kind.toLowerCase() === 'link' && attrs.get('rel') === 'preload' && attrs.get('as') === 'script' && scripts.includes(attrs.get('href') ?? '');
    return preload ? '' : tag;
  });
  // JSON in a data block: "<" and "&" cannot occur in the URLs (DEFERRABLE), so the text is the
  // attribute's value exactly and the block cannot end early.
  const tail = `${DATA_BLOCK}${JSON.stringify(scripts)}</script><script>${DEFERRED_SCRIPTS_LOADER}</script>`;
  const end = rewritten.lastIndexOf('</body>');
  return { html: rewritten.slice(0, end) + tail + rewritten.slice(end), scripts };
}

/** The scripts a page loads through the loader, in order (empty for a page without it). */
export function deferredScripts(html: string): string[] {
  const block = new RegExp(`${escape(DATA_BLOCK)}([^<]*)</script>`).exec(html);
  if (!block) return [];
  const urls: unknown = JSON.parse(block[1]!);
  return Array.isArray(urls) ? urls.filter((url): url is string => typeof url === 'string') : [];
}
