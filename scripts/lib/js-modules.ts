/*
 * Which module a sampled JavaScript frame belongs to, for `npm run profile`: the chunk's URL is
 * read back from the build it was served from (`<dist>/static/chunks/…`), and the chunk's source
 * map (PROFILE_SOURCE_MAPS=1 builds) gives the original file and function. Without a map the
 * chunk itself is all that can be named.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SourceMap, type SourceMapJson } from './source-map';
import type { CallFrame } from './cpu-samples';

export interface ResolvedFrame {
  /** The chunk (file name) or `inline` for the page's own scripts. */
  script: string;
  /** The original file (`components/…`, `node_modules/next/…`) or, unmapped, the chunk. */
  module: string;
  /** The package group the profile reports: react-dom, next, next-intl, …, or the site's own file. */
  group: string;
  /** The original function name, or `anonymous at :<line> «<its first line>»` in the original file. */
  fn: string;
  own: boolean;
}

const PROJECT = /^turbopack:\/\/\/\[project\]\//;

/** The group of an original source path: a package (react-dom, next, next-intl…) or the site's own file. */
export function groupOf(module: string): { group: string; own: boolean } {
  if (module.startsWith('turbopack:///[turbopack]')) return { group: 'turbopack runtime', own: false };
  const file = module.replace(PROJECT, '');
  const compiled = /node_modules\/next\/dist\/compiled\/([^/]+)/.exec(file)?.[1];
  if (compiled) return { group: compiled.startsWith('react-server-dom') ? 'next: RSC client (react-server-dom)' : compiled === 'react-dom' || compiled === 'scheduler' || compiled === 'react' ? compiled : `next: ${compiled}`, own: false };
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1];
  if (pkg === 'next') return { group: 'next (router, runtime)', own: false };
  if (pkg === 'use-intl') return { group: 'next-intl', own: false };
  if (pkg) return { group: pkg, own: false };
  // Everything else under the project is the site's (or the text reference's) own code.
  return { group: `site: ${file}`, own: true };
}

/** The function name at an original position: the map's name, else read from the source line. */
function functionName(map: SourceMap, line: number, column: number): string | undefined {
  const named = map.lookup(line, column)?.name ?? map.lookup(line, Math.max(0, column - 1))?.name;
  if (named) return named;
  const at = map.lookup(line, column);
  const text = at ? map.sourceLine(at.source, at.line) : undefined;
  return text ? /(?:function\*?\s+|(?:const|let|var)\s+|^\s*(?:async\s+)?)([A-Za-z_$][\w$]*)\s*(?:=|\()/.exec(text.slice(at!.column))?.[1] : undefined;
}

export class ModuleResolver {
  private readonly maps = new Map<string, SourceMap | null>();
  private readonly chunks = new Map<string, string[]>();
  private readonly cache = new Map<string, ResolvedFrame>();

  /** `builds`: a server's origin → the dist dir its chunks were built into. */
  constructor(private readonly builds: Map<string, string>) {}

  /** True when at least one chunk that ran had a source map. */
  mapped = false;

  private mapFor(url: URL): SourceMap | null {
    const key = url.href;
    if (!this.maps.has(key)) {
      const dist = this.builds.get(url.origin);
      const file = dist && url.pathname.startsWith('/_next/') ? path.join(dist, url.pathname.slice('/_next/'.length)) : undefined;
      const source = file && existsSync(file) ? readFileSync(file, 'utf8') : '';
      this.chunks.set(key, source.split('\n'));
      const mapName = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(source)?.[1];
      const mapFile = mapName && file ? path.join(path.dirname(file), mapName) : undefined;
      this.maps.set(key, mapFile && existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMapJson) : null);
    }
    return this.maps.get(key) ?? null;
  }

  /** The script, module, group and function of a JavaScript frame (one with a URL). */
  resolve(frame: CallFrame & { url: string }): ResolvedFrame {
    const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}`;
    const known = this.cache.get(key);
    if (known) return known;
    const url = new URL(frame.url);
    const chunk = url.pathname.startsWith('/_next/') ? path.basename(url.pathname) : 'inline';
    const map = chunk === 'inline' ? null : this.mapFor(url);
    const at = map?.lookup(frame.lineNumber ?? 0, frame.columnNumber ?? 0);
    // Turbopack wraps each module in a factory listed after its numeric id: `,52042,e=>{` or `,5550,(e,t,r)=>{`.
    const before = this.chunks.get(url.href)?.[frame.lineNumber ?? 0]?.slice(Math.max(0, (frame.columnNumber ?? 0) - 12), frame.columnNumber ?? 0) ?? '';
    const factory = /[,[]\d+,$/.test(before);
    let resolved: ResolvedFrame;
    // A chunk's top level only registers its modules with the Turbopack runtime.
    if (chunk !== 'inline' && !frame.functionName && !frame.lineNumber && !frame.columnNumber) resolved = { script: chunk, module: chunk, group: 'turbopack runtime', fn: '(chunk top level)', own: false };
    else if (chunk === 'inline') resolved = { script: 'inline', module: 'inline scripts (page HTML)', group: 'inline scripts (page HTML)', fn: frame.functionName || '(top level)', own: false };
    else if (!map || !at) resolved = { script: chunk, module: chunk, group: `unmapped: ${chunk}`, fn: frame.functionName || '(anonymous)', own: false };
    else {
      this.mapped = true;
      const file = at.source.replace(PROJECT, '');
      const name = functionName(map, frame.lineNumber ?? 0, frame.columnNumber ?? 0);
      // An anonymous function (an effect's arrow, say) is named by its place and first line.
      const text = map.sourceLine(at.source, at.line)?.trim().slice(0, 48);
      resolved = { script: chunk, module: file, ...groupOf(at.source), fn: factory ? '(module init)' : (name ?? `anonymous at :${at.line + 1}${text ? ` «${text}»` : ''}`) };
    }
    this.cache.set(key, resolved);
    return resolved;
  }
}
