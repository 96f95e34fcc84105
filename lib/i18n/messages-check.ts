import type { Problem } from '../policy/check';

export interface MessagesSource {
  locale: string;
  file: string;
  /** The parsed JSON, or null when the file is missing; a string when it is not valid JSON (the parser's message). */
  messages: unknown;
  /** The file's text, for line numbers in messages (the terminology check's). */
  text?: string;
}

/** Every leaf key as a dotted path with its text: `Consent.acceptAll` → "Accept all". */
export function flatten(messages: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (messages && typeof messages === 'object') {
    for (const [key, value] of Object.entries(messages as Record<string, unknown>)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (value && typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
      else out.set(path, String(value));
    }
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');

/** Every locale's UI strings must have the same keys and the same {placeholders}; empty texts are reported. */
export function checkMessages(sources: MessagesSource[]): Problem[] {
  const problems: Problem[] = [];
  const flat = new Map<MessagesSource, Map<string, string>>();
  for (const source of sources) {
    if (source.messages === null) {
      problems.push({ file: source.file, message: `the ${source.locale} interface texts file does not exist`, fix: `Create ${source.file} as a translated copy of ${sources[0]?.file}.` });
    } else if (typeof source.messages === 'string') {
      problems.push({ file: source.file, message: `the file is not valid JSON: ${source.messages}`, fix: 'Look for a missing comma or quote near the place named.' });
    } else {
      flat.set(source, flatten(source.messages));
    }
  }
  const allKeys = new Set([...flat.values()].flatMap((keys) => [...keys.keys()]));
  for (const [source, keys] of flat) {
    for (const key of allKeys) {
      const text = keys.get(key);
      const owner = [...flat].find(([, other]) => other.has(key))?.[0];
      if (text === undefined) {
        problems.push({ file: source.file, message: `the key "${key}" is missing (it is in ${owner?.file})`, fix: `Add "${key}" with its ${source.locale} translation.` });
      } else if (!text.trim()) {
        problems.push({ file: source.file, message: `the key "${key}" has an empty text`, fix: 'Write the translation.' });
      } else if (owner && owner !== source && placeholders(text) !== placeholders(flat.get(owner)?.get(key) ?? '')) {
        problems.push({ file: source.file, message: `the key "${key}" uses placeholders {${placeholders(text)}} but ${owner.file} uses {${placeholders(flat.get(owner)?.get(key) ?? '')}}`, fix: 'Keep the words in curly braces exactly as in the other languages; only translate the text around them.' });
      }
    }
  }
  return problems;
}
