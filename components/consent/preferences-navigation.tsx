import type { ReactNode } from 'react';
import styles from './consent.module.css';

/** The id of the GET form "Customize" submits without JavaScript (ConsentRoot renders it beside the banner). */
export const CUSTOMIZE_FORM = 'consent-customize';

/**
 * The GET form a PreferencesButton submits when no script runs: a plain navigation to the
 * preferences form on the cookies page. Around the button, or (inside another form, since forms
 * cannot nest) empty with an `id` the button names. A server component: it adds no JavaScript.
 */
export function PreferencesNavigation({ locale, id, children }: { locale: string; id?: string; children?: ReactNode }) {
  return (
    <form id={id} method="get" action={`/${locale}/cookies#preferences`} className={styles.navigation} hidden={!children}>
      {children}
    </form>
  );
}
