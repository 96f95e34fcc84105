import type { Node, Parent, Root } from 'mdast';
import type { Expression } from 'estree';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface Section {
  id: string;
  level: 2 | 3 | 4;
  title: string;
  line: number;
  /** False when the heading is followed directly by a heading of the same or a higher level. */
  hasContent: boolean;
}

export interface Outline {
  metadata: unknown;
  sections: Section[];
  /** In-page links (`#id`) with their line numbers. */
  anchors: { href: string; line: number }[];
  /** Markdown headings (`## …`) below the title: they have no stable id across languages. */
  untaggedHeadings: { title: string; line: number }[];
  /** Headings written as <H2>… without an `id="…"`. */
  headingsWithoutId: { title: string; line: number }[];
}

export class OutlineError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

export const HEADING_LEVELS: Record<string, 2 | 3 | 4> = { H2: 2, H3: 3, H4: 4 };

export interface JsxNode extends Parent {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

interface EsmNode {
  type: 'mdxjsEsm';
  data?: { estree?: { body: { type: string; declaration?: { declarations?: { id: { name?: string }; init?: Expression }[] } }[] } };
}

/** Turns a literal-only JavaScript expression (the metadata object) into a plain value. */
function literalValue(node: Expression | null | undefined): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis.map((q) => q.value.cooked).join('') : undefined;
    case 'UnaryExpression':
      return node.operator === '-' ? -Number(literalValue(node.argument as Expression)) : undefined;
    case 'ArrayExpression':
      return node.elements.map((el) => (el && el.type !== 'SpreadElement' ? literalValue(el) : undefined));
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const prop of node.properties) {
        if (prop.type !== 'Property') continue;
        const key = prop.key.type === 'Identifier' ? prop.key.name : String(literalValue(prop.key as Expression));
        out[key] = literalValue(prop.value as Expression);
      }
      return out;
    }
    default:
      return undefined;
  }
}

function metadataOf(node: EsmNode): unknown {
  for (const statement of node.data?.estree?.body ?? []) {
    if (statement.type !== 'ExportNamedDeclaration') continue;
    for (const decl of statement.declaration?.declarations ?? []) {
      if (decl.id.name === 'metadata') return literalValue(decl.init);
    }
  }
  return undefined;
}

/** `<H2 id>…</H2>` on one line is a paragraph holding a single JSX element; on several lines, a flow element. */
export function headingElement(node: Node): JsxNode | undefined {
  if (node.type === 'mdxJsxFlowElement') return node as JsxNode;
  if (node.type !== 'paragraph') return undefined;
  const children = (node as Parent).children.filter((c) => !(c.type === 'text' && !(c as Node & { value: string }).value.trim()));
  const [only] = children;
  return children.length === 1 && only?.type === 'mdxJsxTextElement' ? (only as unknown as JsxNode) : undefined;
}

function visitLinks(node: Node, into: Outline['anchors']): void {
  if (node.type === 'link') {
    const url = (node as Node & { url: string }).url;
    if (url.startsWith('#')) into.push({ href: url, line: node.position?.start.line ?? 0 });
  }
  if ('children' in node) for (const child of (node as Parent).children) visitLinks(child, into);
}

/** Reads an MDX policy file's metadata, section headings and in-page links. Throws OutlineError on broken MDX. */
export function outline(source: string): Outline {
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(source);
  } catch (error) {
    const place = (error as { line?: number }).line;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    throw new OutlineError(reason, place);
  }
  const result: Outline = { metadata: undefined, sections: [], anchors: [], untaggedHeadings: [], headingsWithoutId: [] };
  let open: Section[] = [];
  for (const node of tree.children) {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'mdxjsEsm') {
      result.metadata ??= metadataOf(node as unknown as EsmNode);
      continue;
    }
    const jsx = headingElement(node);
    const level = jsx?.name ? HEADING_LEVELS[jsx.name] : undefined;
    if (level) {
      const idAttr = jsx!.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      const title = toString(node).trim();
      if (typeof idAttr?.value !== 'string') {
        result.headingsWithoutId.push({ title, line });
        continue;
      }
      open = open.filter((s) => s.level < level);
      const section: Section = { id: idAttr.value, level, title, line, hasContent: false };
      result.sections.push(section);
      open.push(section);
      continue;
    }
    // An expression such as {/* TODO: translate */} is not text a visitor reads.
    if (node.type === 'mdxFlowExpression') continue;
    if (node.type === 'heading' && node.depth > 1) result.untaggedHeadings.push({ title: toString(node), line });
    for (const section of open) section.hasContent = true;
    visitLinks(node, result.anchors);
  }
  return result;
}
