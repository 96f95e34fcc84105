import { readFileSync } from 'node:fs';
import path from 'node:path';

// The policy's Russian text as plain headings and paragraphs, read from the MDX at build time
// (`next build benchmarks/floor-text` runs from the repository root): no components, no markup
// beyond what reading needs.
function blocks() {
  const source = readFileSync(path.join(process.cwd(), 'content/policy/ru.mdx'), 'utf8');
  return source
    .replace(/^export const metadata[\s\S]*?^};?$/m, '')
    .split(/\n{2,}/)
    .map((block) => block.replace(/<CookieTable\s*\/>/g, '').replace(/<\/?[A-Za-z][^>]*>/g, '').replace(/\*\*|__|\[([^\]]*)\]\([^)]*\)/g, (m, text) => text ?? '').replace(/^(#+|[-*]) /gm, '').trim())
    .filter(Boolean);
}

export default function Page() {
  return (
    <main>
      {blocks().map((text, i) => (
        <p key={i}>{text}</p>
      ))}
    </main>
  );
}
