import { outline } from '../policy/outline';
import { foldText } from './pattern';

/** A stretch of a file the terminology check reads as one unit: a policy section or one UI text. */
export interface TextUnit {
  /** The section id or the dotted message key; the same in every language. */
  key: string;
  /** How the unit is named to an editor, e.g. `section "cookies-what" ("What is a cookie?")`. */
  label: string;
  /** The line the unit starts on (its heading, or its key in the JSON file). */
  line: number;
  start: number;
  end: number;
}

/** A file prepared for matching: folded text, markup blanked out, and its units. */
export interface PreparedText {
  file: string;
  kind: 'policy' | 'messages';
  text: string;
  units: TextUnit[];
}

// Tag names, ids and link addresses are not text a visitor reads: an id such as
// "cookies-technical" must not count as the word "technical". Blanking keeps offsets and lines.
const blank = (match: string) => match.replace(/[^\n]/g, ' ');

function maskMdx(source: string): string {
  return source
    .replace(/<\/?[A-Za-z][^<>]*>/g, blank)
    .replace(/\]\([^)\s]*\)/g, (m) => `]${blank(m.slice(1))}`)
    .replace(/https?:\/\/[^\s)\]]+/g, blank);
}

function maskMessage(text: string): string {
  return text.replace(/<\/?[A-Za-z]\w*\/?>/g, blank).replace(/\{[^{}]*\}/g, blank);
}

/** The 1-based line of an offset. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** A policy file split into its sections (heading to the next heading); before the first, the title and metadata. */
export function preparePolicy(file: string, source: string): PreparedText {
  const text = foldText(maskMdx(source));
  const starts = lineStarts(text);
  let sections: { id: string; title: string; line: number }[] = [];
  try {
    sections = outline(source).sections;
  } catch {
    // Broken MDX is reported by the structure check; the whole file is still read for wrong renderings.
  }
  const offset = (line: number) => starts[line - 1] ?? text.length;
  const units: TextUnit[] = [];
  const first = sections[0];
  units.push({ key: '#top', label: 'the title and description (before the first section)', line: 1, start: 0, end: first ? offset(first.line) : text.length });
  sections.forEach((s, i) => {
    const next = sections[i + 1];
    units.push({ key: s.id, label: `section "${s.id}" ("${s.title}")`, line: s.line, start: offset(s.line), end: next ? offset(next.line) : text.length });
  });
  return { file, kind: 'policy', text, units };
}

/** The line of every leaf key of a pretty-printed messages file (one key per line, as the repository keeps them). */
export function jsonKeyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const stack: string[] = [];
  text.split('\n').forEach((row, i) => {
    const key = /^\s*"((?:[^"\\]|\\.)*)"\s*:\s*(\{)?/.exec(row);
    if (key) {
      if (key[2] && !/\}\s*,?\s*$/.test(row)) stack.push(key[1]!);
      else lines.set([...stack, key[1]].join('.'), i + 1);
    } else if (/^\s*\}/.test(row)) stack.pop();
  });
  return lines;
}

/** A messages file as units, one per UI text; each unit is the text alone, so the key's own name never counts. */
export function prepareMessages(file: string, flat: Map<string, string>, source: string | undefined): PreparedText {
  const keyLines = source ? jsonKeyLines(source) : new Map<string, number>();
  let text = '';
  const units: TextUnit[] = [];
  for (const [key, value] of flat) {
    const start = text.length;
    // A NUL between texts: no rendering (whose spaces match \s+) can run from one text into the next.
    text += `${foldText(maskMessage(value))}\u0000`;
    units.push({ key, label: `the text "${key}"`, line: keyLines.get(key) ?? 0, start, end: text.length });
  }
  return { file, kind: 'messages', text, units };
}

/** The unit an offset falls in. */
export function unitAt(prepared: PreparedText, index: number): TextUnit | undefined {
  return prepared.units.find((u) => index >= u.start && index < u.end);
}

/** The line an editor looks at for an offset: the line itself in a policy, the key's line in a messages file. */
export function lineOf(prepared: PreparedText, index: number): number {
  return prepared.kind === 'policy' ? lineAt(prepared.text, index) : (unitAt(prepared, index)?.line ?? 0);
}
