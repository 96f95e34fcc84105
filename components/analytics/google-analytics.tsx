'use client';

import { useEffect, useRef } from 'react';
import { gtagBootstrapCommands, gtagScriptUrl } from '@/lib/analytics/consent-mode';
import type { Preferences } from '@/lib/consent/categories';
import { useConsent } from '../consent/consent-provider';

type GtagWindow = Window & { dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void };

/** Starts gtag.js when tracking is granted on this page (the server starts it for returning visitors). */
function startGtag(measurementId: string, preferences: Preferences): void {
  const win = window as GtagWindow;
  win.dataLayer = win.dataLayer ?? [];
  const gtag = function gtag() {
    // gtag.js reads the `arguments` object itself, not an array.
    // eslint-disable-next-line prefer-rest-params
    win.dataLayer!.push(arguments);
  } as (...args: unknown[]) => void;
  win.gtag = gtag;
  for (const command of gtagBootstrapCommands(measurementId, preferences)) {
    if (command[0] === 'js') gtag('js', new Date());
    else gtag(...command);
  }
  const script = document.createElement('script');
  script.async = true;
  script.src = gtagScriptUrl(measurementId);
  document.head.appendChild(script);
}

/** Google Analytics 4 in Consent Mode v2 basic mode: nothing loads until tracking is granted. */
export function GoogleAnalytics({ measurementId }: { measurementId: string }) {
  const { choice } = useConsent();
  const granted = choice?.tracking === true;
  const viewed = useRef(false);

  useEffect(() => {
    if (!granted || !choice) return;
    if (!(window as GtagWindow).gtag) startGtag(measurementId, choice);
    // One page view per page: every navigation loads a document; StrictMode's second run is a no-op.
    if (viewed.current) return;
    viewed.current = true;
    // The address bar's path, not the prerendered variant's the proxy served.
    (window as GtagWindow).gtag?.('event', 'page_view', { page_location: window.location.href, page_path: window.location.pathname });
  }, [granted, choice, measurementId]);

  return null;
}
