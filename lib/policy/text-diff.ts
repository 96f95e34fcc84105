import { diffWords } from 'diff';
import type { Node, Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { CookieRow } from '../cookies/table-rows';
import { HEADING_LEVELS, headingElement } from './outline';

/** One section of a policy as plain text: what a reader reads, without MDX markup. */
export interface SectionText {
  /** The heading's id; '' for the text before the first section (the title). */
  id: string;
  title: string;
  text: string;
}

/** A run of text the diff found unchanged, inserted or deleted. */
export interface DiffPart {
  kind: 'same' | 'ins' | 'del';
  text: string;
}

/** One section compared between two editions. */
export interface SectionDiff {
  id: string;
  title: string;
  status: 'same' | 'changed' | 'added' | 'removed';
  parts: DiffPart[];
}

function blockText(node: Node, cookieRows: readonly CookieRow[]): string | null {
  if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression') return null;
  if (node.type === 'mdxJsxFlowElement' && (node as Node & { name: string | null }).name === 'CookieTable') {
    // The table an edition showed is part of its text: one line per cookie.
    return cookieRows.map((r) => [r.note ? `${r.name} (${r.note})` : r.name, r.provider, r.category, r.purpose, r.lifetime].join(' — ')).join('\n');
  }
  if (node.type === 'list') return (node as Parent).children.map((item) => `• ${toString(item).replace(/\s*\n\s*/g, ' ')}`).join('\n');
  const text = toString(node).trim();
  return text.length > 0 ? text : null;
}

/** The sections of an MDX policy as plain text; `<CookieTable />` becomes the edition's cookie rows. */
export function policySections(source: string, cookieRows: readonly CookieRow[]): SectionText[] {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(source) as Root;
  const sections: (SectionText & { blocks: string[] })[] = [{ id: '', title: '', text: '', blocks: [] }];
  for (const node of tree.children) {
    const jsx = headingElement(node);
    const idAttr = jsx?.name && HEADING_LEVELS[jsx.name] ? jsx.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id') : undefined;
    if (typeof idAttr?.value === 'string') {
      sections.push({ id: idAttr.value, title: toString(node).trim(), text: '', blocks: [] });
      continue;
    }
    const text = blockText(node, cookieRows);
    if (text !== null) sections[sections.length - 1]!.blocks.push(text);
  }
  return sections.map(({ blocks, ...s }) => ({ ...s, text: blocks.join('\n\n') })).filter((s) => s.id !== '' || s.text !== '');
}

/** A word-level diff of two texts (the `diff` library), with words split by the locale's rules so Cyrillic and Kazakh letters stay whole. */
export function diffText(before: string, after: string, locale: string): DiffPart[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return diffWords(before, after, { intlSegmenter: segmenter }).map((change) => ({ kind: change.added ? 'ins' : change.removed ? 'del' : 'same', text: change.value }));
}

/** Every section of `after` compared with the same id in `before`, then sections `before` had and `after` lost. */
export function diffPolicies(before: SectionText[], after: SectionText[], locale: string): SectionDiff[] {
  const old = new Map(before.map((s) => [s.id, s]));
  const result: SectionDiff[] = after.map((s) => {
    const was = old.get(s.id);
    if (!was) return { id: s.id, title: s.title, status: 'added', parts: [{ kind: 'ins', text: s.text }] };
    const parts = diffText(`${was.title}\n\n${was.text}`, `${s.title}\n\n${s.text}`, locale);
    return { id: s.id, title: s.title, status: parts.some((p) => p.kind !== 'same') ? 'changed' : 'same', parts };
  });
  const kept = new Set(after.map((s) => s.id));
  for (const s of before) if (!kept.has(s.id)) result.push({ id: s.id, title: s.title, status: 'removed', parts: [{ kind: 'del', text: s.text }] });
  return result;
}
