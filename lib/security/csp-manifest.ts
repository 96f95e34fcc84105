import { createHash } from 'node:crypto';

/** The build's record of what each prerendered page may run, read by proxy.ts. */
export interface CspManifest {
  version: 1;
  /** Google Analytics was configured when the pages were built (its hosts are then allowed). */
  analytics: boolean;
  /** Route (e.g. `/ru/_v-first/privacy`) → the hashes of its inline scripts and styles. */
  pages: Record<string, CspEntry>;
}

export interface CspEntry {
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

/** The manifest entry of one page's HTML: every inline script and style, hashed, without duplicates. */
export function entryFor(html: string): CspEntry {
  const unique = (texts: string[]) => [...new Set(texts.map(hashSource))].sort();
  return { scripts: unique(inlineScripts(html)), styles: unique(inlineStyles(html)) };
}

/** The inline scripts of `html` that `entry` does not allow (empty when the page is covered). */
export function uncovered(html: string, entry: CspEntry | undefined): string[] {
  const allowed = new Set(entry?.scripts ?? []);
  return inlineScripts(html).filter((text) => !allowed.has(hashSource(text)));
}

/** Next's own fallback pages (`/_not-found`, `/_global-error`): their style attributes are Next's, not ours. */
const isFrameworkPage = (route: string) => /^\/_[a-z-]+$/.test(route);

/**
 * Builds the manifest from each prerendered route's HTML; throws one message listing every page it
 * cannot cover. Next's own fallback pages may keep style attributes (they then render unstyled,
 * never with a wider policy): those come back as warnings.
 */
export function buildManifest(pages: { route: string; html: string | null }[], analytics: boolean): CspManifest & { warnings: string[] } {
  const manifest: CspManifest = { version: 1, analytics, pages: {} };
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
    const entry = entryFor(html);
    const missing = uncovered(html, entry);
    if (missing.length > 0) problems.push(`${route}: ${missing.length} inline script(s) not covered`);
    manifest.pages[route] = entry;
  }
  if (problems.length > 0) throw new Error(`The CSP hash manifest cannot cover every prerendered page:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return { ...manifest, warnings };
}
