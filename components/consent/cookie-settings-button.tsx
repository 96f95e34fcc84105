import { PreferencesButton } from './preferences-button';
import { PreferencesNavigation } from './preferences-navigation';

/** "Cookie settings": opens the preferences (the dialog, or the cookies page's form without JavaScript). */
export function CookieSettingsButton({ label, locale, className }: { label: string; locale: string; className?: string }) {
  return (
    <PreferencesNavigation locale={locale}>
      <PreferencesButton className={className}>{label}</PreferencesButton>
    </PreferencesNavigation>
  );
}
