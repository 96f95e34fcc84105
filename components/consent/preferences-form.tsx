'use client';

import { useState } from 'react';
import type { ConsentAction, OptionalCategory, Preferences } from '@/lib/consent/categories';
import styles from './consent.module.css';

export interface FormStrings {
  save: string;
  acceptAll: string;
  rejectAll: string;
  alwaysOn: string;
}

export interface CategoryView {
  key: 'technical' | OptionalCategory;
  label: string;
  description: string;
  /** e.g. "Cookies: almajet_consent" or a note that the category sets none today. */
  cookies: string;
}

interface PreferencesFormProps {
  strings: FormStrings;
  categories: CategoryView[];
  locale: string;
  /** Where the server sends the visitor back after a choice posted without JavaScript. */
  returnPath: string;
  /** Prefix of the checkbox ids: the dialog and the cookies page each have their own. */
  idPrefix: string;
  initial: Preferences;
  /** The choice in force grants something: refusing all is then a withdrawal. */
  hadGrant: boolean;
  onChoose(action: ConsentAction, preferences?: Preferences): void;
  /** Placed before the categories (the dialog's heading and close button). */
  head?: React.ReactNode;
}

/**
 * One checkbox per category and the three choices: a plain form that posts to the server when no
 * script runs (the dialog and the cookies page both render it); with JavaScript it chooses in place.
 */
export function PreferencesForm({ strings, categories, locale, returnPath, idPrefix, initial, hadGrant, onChoose, head }: PreferencesFormProps) {
  const [draft, setDraft] = useState<Preferences>({ usability: initial.usability, tracking: initial.tracking, marketing: initial.marketing });
  const choose = (event: { preventDefault(): void }, action: ConsentAction) => {
    event.preventDefault();
    onChoose(action, action === 'custom' ? draft : undefined);
  };
  return (
    <form method="post" action="/api/consent" className={styles.form} onSubmit={(event) => choose(event, 'custom')}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="return" value={returnPath} />
      {head}
      <ul className={styles.categories}>
        {categories.map(({ key, label, description, cookies }) => {
          const id = `${idPrefix}-${key}`;
          const fixed = key === 'technical';
          return (
            <li key={key} className={styles.category}>
              <div className={styles.categoryHead}>
                <input
                  type="checkbox"
                  id={id}
                  name={fixed ? undefined : key}
                  checked={fixed ? true : draft[key as OptionalCategory]}
                  disabled={fixed}
                  aria-describedby={`${id}-description`}
                  onChange={fixed ? undefined : (event) => setDraft({ ...draft, [key]: event.target.checked })}
                />
                <label htmlFor={id}>{label}</label>
              </div>
              <p id={`${id}-description`} className={styles.categoryText}>
                {fixed && <strong>{strings.alwaysOn} </strong>}
                {description}
                <br />
                <span className={styles.cookieNames}>{cookies}</span>
              </p>
            </li>
          );
        })}
      </ul>
      <div className={styles.actions}>
        <button type="submit" name="action" value="custom" className={styles.button}>
          {strings.save}
        </button>
        <button type="submit" name="action" value="accept_all" className={styles.button} onClick={(event) => choose(event, 'accept_all')}>
          {strings.acceptAll}
        </button>
        <button type="submit" name="action" value={hadGrant ? 'withdraw' : 'reject_all'} className={styles.button} onClick={(event) => choose(event, hadGrant ? 'withdraw' : 'reject_all')}>
          {strings.rejectAll}
        </button>
      </div>
    </form>
  );
}
