'use client';

import { useEffect, useRef } from 'react';
import { NOTHING_GRANTED } from '@/lib/consent/categories';
import { useConsent } from './consent-provider';
import { focusMain, trapTab } from './focus';
import { PreferencesForm, type CategoryView, type FormStrings } from './preferences-form';
import { usePublicPath } from '../layout/public-path';
import styles from './consent.module.css';

export type { CategoryView } from './preferences-form';

export interface DialogStrings extends FormStrings {
  title: string;
  intro: string;
  close: string;
}

interface DialogProps {
  strings: DialogStrings;
  categories: CategoryView[];
  locale: string;
}

/** The second layer: a modal dialog holding the preferences form. */
export function PreferencesDialog({ strings, categories, locale }: DialogProps) {
  const { choice, preferencesOpen, choose, closePreferences } = useConsent();
  const returnPath = usePublicPath(locale);
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
        <PreferencesForm
          strings={strings}
          categories={categories}
          locale={locale}
          returnPath={returnPath}
          idPrefix="consent"
          initial={choice ?? NOTHING_GRANTED}
          hadGrant={Boolean(choice && (choice.usability || choice.tracking || choice.marketing))}
          onChoose={(action, prefs) => void choose(action, prefs)}
          head={
            <>
              <div className={styles.dialogHead}>
                <h2 id="consent-dialog-title" className={styles.dialogTitle}>
                  {strings.title}
                </h2>
                <button type="button" className={styles.close} aria-label={strings.close} onClick={() => ref.current?.close()}>
                  <span aria-hidden="true">×</span>
                </button>
              </div>
              <p id="consent-dialog-intro">{strings.intro}</p>
            </>
          }
        />
      )}
    </dialog>
  );
}
