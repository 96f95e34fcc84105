import { createHash } from 'node:crypto';
import { buildCsp } from './csp';

/** The hashes of one page's inline scripts and styles. */
export interface PageHashes {
  scripts: string[];
  styles: string[];
}

/** `sha256-<base64>` of a script's or style's exact text, as CSP expects it. */
export function hashSource(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

// React writes well-formed HTML and escapes "</" inside inline scripts, so a scan is exact here.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const DATA_TYPE = /\btype\s*=\s*["']?application\/(?:ld\+)?json/i;
const HAS_SRC = /\bsrc\s*=/i;

/** The text of every inline script a browser would execute (JSON data blocks are not executed). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(SCRIPT)].filter(([, attributes]) => !HAS_SRC.test(attributes!) && !DATA_TYPE.test(attributes!)).map(([, , body]) => body!);
}

/** The text of every inline `<style>` element. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(STYLE)].map(([, body]) => body!);
}

/**
 * What a hash cannot allow without weakening the policy for every page: inline event handlers,
 * `javascript:` URLs and style attributes. Each is reported so the build fails with its place.
 */
export function unhashable(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<[a-z][^>]*?\s(on[a-z]+)\s*=/gi)) found.push(`an inline event handler (${match[1]}=)`);
  for (const match of html.matchAll(/\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/gi)) found.push(`a javascript: URL (${match[0].trim()})`);
  for (const match of html.matchAll(/<([a-z][a-z0-9-]*)\b[^>]*?\sstyle\s*=/gi)) found.push(`a style attribute on <${match[1]}>`);
  return found;
}

/** Every inline script and style of one page's HTML, hashed, without duplicates. */
export function hashesOf(html: string): PageHashes {
  const unique = (texts: string[]) => [...new Set(texts.map(hashSource))].sort();
  return { scripts: unique(inlineScripts(html)), styles: unique(inlineStyles(html)) };
}

/** The inline scripts of `html` that `hashes` do not allow (empty when the page is covered). */
export function uncovered(html: string, hashes: PageHashes | undefined): string[] {
  const allowed = new Set(hashes?.scripts ?? []);
  return inlineScripts(html).filter((text) => !allowed.has(hashSource(text)));
}

/** Next's own fallback pages (`/_not-found`, `/_global-error`): their style attributes are Next's, not ours. */
const isFrameworkPage = (route: string) => /^\/_[a-z-]+$/.test(route);

/** The `sha256-…` sources of one directive of a policy (what a browser checks an inline element against). */
function directiveHashes(policy: string, directive: 'script-src' | 'style-src'): string[] {
  return new RegExp(`(?:^|;)\\s*${directive} ([^;]*)`).exec(policy)?.[1]?.match(/'sha256-[^']+'/g)?.map((source) => source.slice(1, -1)) ?? [];
}

/** The `sha256-…` sources a policy's `script-src` allows. */
export function scriptHashesIn(policy: string): string[] {
  return directiveHashes(policy, 'script-src');
}

/** The hashes a policy allows, in the order of hashesOf(): sorted, without duplicates. */
export function hashesIn(policy: string): PageHashes {
  const unique = (hashes: string[]) => [...new Set(hashes)].sort();
  return { scripts: unique(directiveHashes(policy, 'script-src')), styles: unique(directiveHashes(policy, 'style-src')) };
}

/**
 * How a page's policy differs from what its HTML needs: inline scripts and styles without their
 * hash (the browser blocks them) and hashes of nothing on the page (a wider policy than needed).
 * Empty when the policy allows exactly the page's own inline elements.
 */
export function policyMismatch(policy: string, html: string): string[] {
  const needed = hashesOf(html);
  const allowed = hashesIn(policy);
  const problems: string[] = [];
  for (const kind of ['scripts', 'styles'] as const) {
    const missing = needed[kind].filter((hash) => !allowed[kind].includes(hash)).length;
    const extra = allowed[kind].filter((hash) => !needed[kind].includes(hash)).length;
    const noun = kind === 'scripts' ? 'script' : 'style';
    if (missing > 0) problems.push(`${missing} inline ${noun}(s) without their hash`);
    if (extra > 0) problems.push(`${extra} hash(es) of ${kind} the page does not hold`);
  }
  return problems;
}

/**
 * The Content-Security-Policy of every prerendered page, from its HTML: exactly the hashes of its
 * own inline scripts and styles (and Google's hosts when the build has a GA measurement ID).
 * Throws one message listing every page it cannot cover. Next's own fallback pages may keep style
 * attributes (they then render unstyled, never with a wider policy): those come back as warnings.
 */
export function pagePolicies(pages: { route: string; html: string | null }[], analytics: boolean): { policies: Map<string, string>; warnings: string[] } {
  const policies = new Map<string, string>();
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const { route, html } of pages) {
    if (html === null) {
      problems.push(`${route}: prerendered, but its HTML file is missing`);
      continue;
    }
    for (const problem of unhashable(html)) {
      const line = `${route}: ${problem}`;
      if (isFrameworkPage(route) && problem.startsWith('a style attribute')) warnings.push(line);
      else problems.push(line);
    }
    const hashes = hashesOf(html);
    const missing = uncovered(html, hashes);
    if (missing.length > 0) problems.push(`${route}: ${missing.length} inline script(s) not covered`);
    policies.set(route, buildCsp({ scriptHashes: hashes.scripts, styleHashes: hashes.styles, analytics }));
  }
  if (problems.length > 0) throw new Error(`No exact Content-Security-Policy for every prerendered page:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return { policies, warnings };
}
