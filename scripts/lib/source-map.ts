/*
 * Just enough of the source map format (v3, no index maps: Turbopack writes one flat map per
 * chunk) to turn a position in a minified chunk back into a module and a name, for
 * `npm run profile`. Written here rather than importing a source-map library because none is a
 * declared dependency of the site, and a lookup is all the profile needs.
 */

export interface SourceMapJson {
  sources: string[];
  sourcesContent?: (string | null)[];
  names?: string[];
  mappings: string;
}

export interface OriginalPosition {
  source: string;
  /** 0-based, as in the map. */
  line: number;
  column: number;
  name?: string;
}

/** One segment: generated column, source index, source line, source column, name index (-1: none). */
type Segment = [number, number, number, number, number];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

function decodeVlq(text: string, start: number, out: number[]): number {
  let i = start;
  while (i < text.length && text[i] !== ',' && text[i] !== ';') {
    let value = 0;
    let shift = 0;
    let digit: number;
    do {
      digit = DIGIT.get(text[i++] ?? '') ?? 0;
      value += (digit & 31) << shift;
      shift += 5;
    } while (digit & 32);
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
  }
  return i;
}

export class SourceMap {
  private readonly lines: Segment[][] = [];
  private readonly sourceLines = new Map<number, string[]>();

  constructor(readonly json: SourceMapJson) {
    const state = [0, 0, 0, 0, 0];
    let line: Segment[] = [];
    let i = 0;
    const text = json.mappings;
    while (i <= text.length) {
      const c = text[i];
      if (c === ';' || c === undefined) {
        this.lines.push(line);
        line = [];
        state[0] = 0;
        i += 1;
        continue;
      }
      if (c === ',') {
        i += 1;
        continue;
      }
      const fields: number[] = [];
      i = decodeVlq(text, i, fields);
      for (let f = 0; f < fields.length; f += 1) state[f] = (state[f] ?? 0) + (fields[f] ?? 0);
      // A segment without a source maps generated code (a chunk's glue) to nothing.
      if (fields.length >= 4) line.push([state[0]!, state[1]!, state[2]!, state[3]!, fields.length >= 5 ? state[4]! : -1]);
    }
  }

  /** The original position of the last mapped segment at or before (line, column), both 0-based. */
  lookup(line: number, column: number): OriginalPosition | undefined {
    const segments = this.lines[line];
    if (!segments?.length) return undefined;
    let low = 0;
    let high = segments.length - 1;
    if (segments[0]![0] > column) return undefined;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (segments[mid]![0] <= column) low = mid;
      else high = mid - 1;
    }
    const [, source, srcLine, srcColumn, name] = segments[low]!;
    return { source: this.json.sources[source] ?? '?', line: srcLine, column: srcColumn, name: name >= 0 ? this.json.names?.[name] : undefined };
  }

  /** The original text of line `line` (0-based) of `source`, when the map carries it. */
  sourceLine(source: string, line: number): string | undefined {
    const index = this.json.sources.indexOf(source);
    if (!this.sourceLines.has(index)) this.sourceLines.set(index, this.json.sourcesContent?.[index]?.split('\n') ?? []);
    return this.sourceLines.get(index)?.[line];
  }
}
