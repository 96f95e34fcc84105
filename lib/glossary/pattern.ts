/*
 * The glossary's way of writing a rendering, kept simple for editors: words separated by spaces,
 * `*` for any letters (the ending of an inflected word: «персональн* данн*», «дербес дерект*»),
 * everything else literal, upper and lower case alike, ё as е, ’ as '.
 */

const LETTER = String.raw`[\p{L}\p{M}\p{N}]`;

/** Folds the differences the glossary ignores, one character for one, so offsets stay valid. */
export function foldText(text: string): string {
  return text.replace(/[ёЁ]/g, (c) => (c === 'ё' ? 'е' : 'Е')).replace(/[’‘ʼ]/g, "'");
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function wordSource(word: string): string {
  return word
    .split('*')
    .map(escape)
    .join(`${LETTER}*`);
}

/** The regular expression a rendering stands for; it matches whole words only. */
export function compilePattern(pattern: string): RegExp {
  const words = foldText(pattern).trim().split(/\s+/);
  const body = words.map(wordSource).join(String.raw`\s+`);
  const first = words[0]?.[0] ?? '';
  const last = words[words.length - 1]?.slice(-1) ?? '';
  const wordy = (c: string) => c === '*' || new RegExp(LETTER, 'u').test(c);
  const before = wordy(first) ? `(?<!${LETTER})` : '';
  const after = wordy(last) ? `(?!${LETTER})` : '';
  return new RegExp(`${before}${body}${after}`, 'giu');
}

/** Whether a rendering is usable: it must contain a letter. */
export function isValidPattern(pattern: string): boolean {
  return new RegExp(LETTER, 'u').test(pattern);
}

/** Every place `pattern` occurs in `text` (already folded), as offset and the words found. */
export function findAll(pattern: string, text: string, from = 0, to = text.length): { index: number; found: string }[] {
  const re = compilePattern(pattern);
  re.lastIndex = from;
  const out: { index: number; found: string }[] = [];
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (m.index + m[0].length <= to) out.push({ index: m.index, found: m[0].replace(/\s+/g, ' ') });
    if (m[0].length === 0) re.lastIndex += 1;
  }
  return out;
}

/** A rendering as an editor reads it in a message: `*` shown as "…". */
export function showPattern(pattern: string): string {
  return pattern.trim().replace(/\*/g, '…');
}

/**
 * The spelling to write instead of a forbidden one, keeping what `*` matched and a leading
 * capital: "Customize" with customiz* → customis* gives "Customise".
 */
export function respell(found: string, forbidden: string, write: string): string {
  const literal = (p: string) => p.replace(/\*/g, '');
  const from = literal(forbidden);
  const at = found.toLowerCase().indexOf(from.toLowerCase());
  if (at < 0) return showPattern(write);
  const out = found.slice(0, at) + literal(write) + found.slice(at + from.length);
  const capital = found[0] !== undefined && found[0] !== found[0].toLowerCase();
  return capital ? out[0]!.toUpperCase() + out.slice(1) : out;
}
