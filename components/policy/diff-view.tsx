import type { DiffPart, SectionDiff } from '@/lib/policy/text-diff';
import styles from './history.module.css';

/** Words a screen reader says around a change, so the marks are heard, not only seen. */
export interface DiffLabels {
  inserted: string;
  insertedEnd: string;
  deleted: string;
  deletedEnd: string;
  sectionAdded: string;
  sectionRemoved: string;
  titleSection: string;
}

function Part({ part, labels }: { part: DiffPart; labels: DiffLabels }) {
  if (part.kind === 'same') return <>{part.text}</>;
  const [Tag, start, end] = part.kind === 'ins' ? (['ins', labels.inserted, labels.insertedEnd] as const) : (['del', labels.deleted, labels.deletedEnd] as const);
  return (
    <Tag>
      <span className={styles.hidden}>[{start} </span>
      {part.text}
      <span className={styles.hidden}> ({end})]</span>
    </Tag>
  );
}

/** The changed sections of an edition, each with its heading and a word-level diff marked with <ins>/<del>. */
export function DiffView({ sections, labels, archivedHref }: { sections: SectionDiff[]; labels: DiffLabels; archivedHref: string }) {
  return (
    <>
      {sections.map((s) => (
        <section key={s.id || 'title'} aria-labelledby={`diff-${s.id || 'title'}`}>
          <h2 id={`diff-${s.id || 'title'}`}>
            {s.id ? <a href={`${archivedHref}#${s.id}`}>{s.title}</a> : labels.titleSection}
            {s.status === 'added' && <span className={styles.status}> — {labels.sectionAdded}</span>}
            {s.status === 'removed' && <span className={styles.status}> — {labels.sectionRemoved}</span>}
          </h2>
          <p className={styles.diff} data-diff="">
            {s.parts.map((part, i) => (
              <Part key={i} part={part} labels={labels} />
            ))}
          </p>
        </section>
      ))}
    </>
  );
}
