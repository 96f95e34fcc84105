'use client';

import { useEffect, useRef, useState } from 'react';
import { NOTHING_GRANTED, type ConsentAction, type OptionalCategory, type Preferences } from '@/lib/consent/categories';
import { useConsent } from './consent-provider';
import { focusMain, trapTab } from './focus';
import styles from './consent.module.css';

export interface DialogStrings {
  title: string;
  intro: string;
  save: string;
  acceptAll: string;
  rejectAll: string;
  close: string;
  alwaysOn: string;
}

export interface CategoryView {
  key: 'technical' | OptionalCategory;
  label: string;
  description: string;
  /** e.g. "Cookies: almajet_consent" or a note that the category sets none today. */
  cookies: string;
}

interface DialogProps {
  strings: DialogStrings;
  categories: CategoryView[];
}

/** The second layer: a modal dialog with one checkbox per category. */
export function PreferencesDialog({ strings, categories }: DialogProps) {
  const { record, preferencesOpen, choose, closePreferences } = useConsent();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (preferencesOpen && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!preferencesOpen && dialog.open) {
      dialog.close();
    }
  }, [preferencesOpen]);

  const onClose = () => {
    closePreferences();
    const back = opener.current;
    opener.current = null;
    if (back?.isConnected) back.focus();
    else focusMain();
  };

  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby="consent-dialog-title" aria-describedby="consent-dialog-intro" onClose={onClose} onKeyDown={(event) => ref.current && trapTab(event, ref.current)}>
      {preferencesOpen && (
        <PreferencesForm strings={strings} categories={categories} initial={record ?? NOTHING_GRANTED} hadGrant={Boolean(record && (record.usability || record.tracking || record.marketing))} onChoose={(action, prefs) => void choose(action, prefs)} onDismiss={() => ref.current?.close()} />
      )}
    </dialog>
  );
}

interface FormProps extends DialogProps {
  initial: Preferences;
  hadGrant: boolean;
  onChoose(action: ConsentAction, preferences?: Preferences): void;
  onDismiss(): void;
}

function PreferencesForm({ strings, categories, initial, hadGrant, onChoose, onDismiss }: FormProps) {
  const [draft, setDraft] = useState<Preferences>({ usability: initial.usability, tracking: initial.tracking, marketing: initial.marketing });
  return (
    <form
      method="dialog"
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        onChoose('custom', draft);
      }}
    >
      <div className={styles.dialogHead}>
        <h2 id="consent-dialog-title" className={styles.dialogTitle}>
          {strings.title}
        </h2>
        <button type="button" className={styles.close} aria-label={strings.close} onClick={onDismiss}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p id="consent-dialog-intro">{strings.intro}</p>
      <ul className={styles.categories}>
        {categories.map(({ key, label, description, cookies }) => {
          const id = `consent-${key}`;
          const fixed = key === 'technical';
          return (
            <li key={key} className={styles.category}>
              <div className={styles.categoryHead}>
                <input
                  type="checkbox"
                  id={id}
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
        <button type="submit" className={styles.button}>
          {strings.save}
        </button>
        <button type="button" className={styles.button} onClick={() => onChoose('accept_all')}>
          {strings.acceptAll}
        </button>
        <button type="button" className={styles.button} onClick={() => onChoose(hadGrant ? 'withdraw' : 'reject_all')}>
          {strings.rejectAll}
        </button>
      </div>
    </form>
  );
}
