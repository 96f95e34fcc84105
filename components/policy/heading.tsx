import type { ReactNode } from 'react';
import styles from './policy.module.css';

interface HeadingProps {
  id: string;
  children: ReactNode;
}

// Each heading links to itself so a visitor can copy the address of a section.
function heading(Tag: 'h2' | 'h3' | 'h4') {
  return function Heading({ id, children }: HeadingProps) {
    return (
      <Tag id={id} className={styles.heading}>
        <a href={`#${id}`} className={styles.headingLink}>
          {children}
        </a>
      </Tag>
    );
  };
}

/** A policy section heading with an explicit id, identical in every locale. */
export const H2 = heading('h2');
/** A policy subsection heading. */
export const H3 = heading('h3');
/** A policy sub-subsection heading. */
export const H4 = heading('h4');
