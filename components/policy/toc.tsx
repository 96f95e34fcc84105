import type { Section } from '@/lib/policy/outline';
import styles from './policy.module.css';

interface TocProps {
  title: string;
  sections: Section[];
}

/** The policy's table of contents: sections with their subsections. */
export function Toc({ title, sections }: TocProps) {
  const top = sections.filter((s) => s.level === 2);
  const childrenOf = (parent: Section) => {
    const start = sections.indexOf(parent);
    const next = sections.findIndex((s, i) => i > start && s.level === 2);
    return sections.slice(start + 1, next === -1 ? undefined : next).filter((s) => s.level === 3);
  };
  return (
    <nav className={styles.toc} aria-labelledby="toc-title">
      <h2 id="toc-title" className={styles.tocTitle}>
        {title}
      </h2>
      <ol>
        {top.map((section) => {
          const subs = childrenOf(section);
          return (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
              {subs.length > 0 && (
                <ol>
                  {subs.map((sub) => (
                    <li key={sub.id}>
                      <a href={`#${sub.id}`}>{sub.title}</a>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
